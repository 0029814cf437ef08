/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.guideline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The guideline items requirements, reports and the compliance matrix refer to, read from
 * {@code library/guideline-items.tsv} in this bundle (cut from the guideline by the project).
 */
public final class GuidelineCatalogue {

    private static final String RESOURCE = "library/guideline-items.tsv";
    private static final String RESOURCE_JA = "library/guideline-items_ja.tsv";
    private static volatile GuidelineCatalogue instance;

    private final Map<String, GuidelineItem> items;

    private GuidelineCatalogue(Map<String, GuidelineItem> items) {
        this.items = Collections.unmodifiableMap(items);
    }

    /**
     * The catalogue shipped with Toride: data read once from this bundle and never changed, so it is a constant of
     * the product, not a service; the language's injector hands it to the services that need it.
     */
    public static GuidelineCatalogue shipped() {
        GuidelineCatalogue result = instance;
        if (result == null) {
            synchronized (GuidelineCatalogue.class) {
                if (instance == null) {
                    instance = load();
                }
                result = instance;
            }
        }
        return result;
    }

    /** Every item, in guideline order. */
    public Collection<GuidelineItem> items() {
        return items.values();
    }

    /** The item with {@code id}, or null. */
    public GuidelineItem item(String id) {
        return items.get(id);
    }

    /** Whether {@code id} names an item. */
    public boolean contains(String id) {
        return items.containsKey(id);
    }

    private static GuidelineCatalogue load() {
        Map<String, String> japanese = new LinkedHashMap<>();
        for (String[] cells : rows(RESOURCE_JA)) {
            japanese.put(cells[0], cells[1]);
        }
        Map<String, GuidelineItem> items = new LinkedHashMap<>();
        for (String[] cells : rows(RESOURCE)) {
            items.put(cells[0], new GuidelineItem(cells[0], cells[1], cells[2], cells[3], japanese.get(cells[0])));
        }
        return new GuidelineCatalogue(items);
    }

    private static java.util.List<String[]> rows(String resource) {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (InputStream in = GuidelineCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the bundle");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
