/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.inventory;

import java.util.List;

/**
 * One sheet of the asset inventory: a title, column headers and rows of text, already in the chosen language.
 *
 * @param key     stable name of the sheet (assets, information, services, suppliers, flows)
 * @param title   title shown to people
 * @param headers column headers
 * @param rows    one list of cells per row, as wide as the headers
 */
public record InventoryTable(String key, String title, List<String> headers, List<List<String>> rows) {
}
