/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

/**
 * Something an import says about one place of the source file: a problem that stops it, or a note on what was
 * derived, kept as text or left out.
 *
 * @param line    line in the file, from 1; 0 when not known
 * @param pointer JSON pointer of the value in the document (empty for the whole file)
 * @param message what happened, for a person
 */
public record SourceNote(int line, String pointer, Message message) {

    /** A note about {@code where}. */
    public static SourceNote at(Node where, String key, Object... arguments) {
        return new SourceNote(where == null ? 0 : where.line(), where == null ? "" : where.pointer(),
                new Message(key, arguments));
    }

    /** {@code FILE:LINE: message (at POINTER)}, the form every error of Toride takes. */
    public String describe(String file, java.util.Locale locale) {
        return file + (line > 0 ? ":" + line : "") + ": " + message.text(locale)
                + (pointer.isEmpty() ? "" : " (" + pointer + ")");
    }
}
