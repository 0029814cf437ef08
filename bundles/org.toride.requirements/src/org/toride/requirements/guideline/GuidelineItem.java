/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.guideline;

/**
 * One item of the guideline catalogue.
 *
 * @param id        stable id such as {@code NISC-4.1.3.2.ka.backup}
 * @param reference the guideline's own numbering and heading, in Japanese
 * @param summary   what the item asks, in English
 * @param check     what can be verified mechanically, or {@code —} when nothing can
 * @param summaryJa what the item asks, in the guideline's Japanese wording
 */
public record GuidelineItem(String id, String reference, String summary, String check, String summaryJa) {

    /** What the item asks, in Japanese when {@code japanese} (English when no Japanese summary exists). */
    public String summary(boolean japanese) {
        return japanese && summaryJa != null && !summaryJa.isBlank() ? summaryJa : summary;
    }

    /** Whether the catalogue names a mechanical check for this item. */
    public boolean checkable() {
        return !check.isBlank() && !check.equals("—");
    }
}
