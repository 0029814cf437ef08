/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.toride.requirements.ide.editor.LexicalHighlighting;
import org.toride.requirements.ide.highlighting.RequirementsHighlighting;

/** How each highlighting style of the language (lexical and semantic) looks in the editor. */
final class RequirementsColours {

    private record Look(Color colour, int fontStyle) {
    }

    private static final Map<String, Look> LOOKS = Map.of(
            LexicalHighlighting.KEYWORD, new Look(new Color(127, 0, 85), SWT.BOLD),
            LexicalHighlighting.COMMENT, new Look(new Color(63, 127, 95), SWT.ITALIC),
            LexicalHighlighting.STRING, new Look(new Color(42, 0, 255), SWT.NORMAL),
            LexicalHighlighting.NUMBER, new Look(new Color(150, 80, 0), SWT.NORMAL),
            RequirementsHighlighting.FEATURE, new Look(new Color(0, 0, 192), SWT.NORMAL),
            RequirementsHighlighting.LITERAL, new Look(new Color(0, 0, 192), SWT.BOLD | SWT.ITALIC),
            RequirementsHighlighting.TYPE, new Look(new Color(0, 110, 110), SWT.BOLD),
            RequirementsHighlighting.ID, new Look(new Color(140, 60, 0), SWT.NORMAL));

    private RequirementsColours() {
    }

    /** A style range of {@code style} over the given text, or null for a style the editor does not colour. */
    static StyleRange range(int offset, int length, String style) {
        Look look = LOOKS.get(style);
        return look == null ? null : new StyleRange(offset, length, look.colour(), null, look.fontStyle());
    }
}
