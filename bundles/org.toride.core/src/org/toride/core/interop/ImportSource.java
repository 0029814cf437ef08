/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.ArrayList;
import java.util.List;

/**
 * What a format's reader made of a file: the elements it asks for in Toride's terms, the problems that stop the
 * import, and notes on what was kept as text, derived or left out (every field of the source that has no place in
 * Toride is named in one, so nothing is dropped silently).
 */
public final class ImportSource {

    private final ThreatModelFormat format;
    private final String title;
    private final List<ElementSpec> elements = new ArrayList<>();
    private final List<SourceNote> problems = new ArrayList<>();
    private final List<SourceNote> notes = new ArrayList<>();
    private String description;

    public ImportSource(ThreatModelFormat format, String title) {
        this.format = format;
        this.title = title;
    }

    public ThreatModelFormat format() {
        return format;
    }

    /** The model's name in the source (OTM project name, Threagile title); null when it has none. */
    public String title() {
        return title;
    }

    /** The model's description in the source, for a model the import creates; null when it has none. */
    public String description() {
        return description;
    }

    void description(String text) {
        description = text;
    }

    public List<ElementSpec> elements() {
        return elements;
    }

    /** Problems found while reading (a missing id, a value out of range); each stops the element it is on. */
    public List<SourceNote> problems() {
        return problems;
    }

    public List<SourceNote> notes() {
        return notes;
    }

    ElementSpec add(ElementSpec spec) {
        elements.add(spec);
        return spec;
    }

    void problem(Node where, String key, Object... arguments) {
        problems.add(SourceNote.at(where, key, arguments));
    }

    void note(Node where, String key, Object... arguments) {
        notes.add(SourceNote.at(where, key, arguments));
    }
}
