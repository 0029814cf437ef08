/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.toride.model.edit.EditLabels;

/**
 * Values in a finding's message as a reader of that language reads them. An empty list is "none" / 「なし」, never
 * nothing between two words. In Japanese, enumeration literals take the model editor's labels (開発, not
 * DEVELOPMENT), booleans are はい／いいえ and durations 12か月; English keeps the literals the requirement files and
 * the model files use, which English readers search for.
 */
public final class MessageValues {

    /** English messages. */
    public static final MessageValues ENGLISH = new MessageValues(false);
    /** Japanese messages. */
    public static final MessageValues JAPANESE = new MessageValues(true);

    private final boolean japanese;

    private MessageValues(boolean japanese) {
        this.japanese = japanese;
    }

    /** The renderer for messages in Japanese ({@code true}) or English. */
    public static MessageValues of(boolean japanese) {
        return japanese ? JAPANESE : ENGLISH;
    }

    /** {@code value} as text in this language. */
    public String text(Object value) {
        if (value instanceof Collection<?> collection) {
            if (collection.isEmpty()) {
                return japanese ? "なし" : "none";
            }
            List<String> texts = new ArrayList<>();
            for (Object element : collection) {
                texts.add(text(element));
            }
            return String.join(japanese ? "、" : ", ", texts);
        }
        if (japanese) {
            if (value instanceof Boolean truth) {
                return truth ? "はい" : "いいえ";
            }
            if (value instanceof Duration duration) {
                return duration.amount() + switch (duration.unit()) {
                    case DAYS -> "日";
                    case WEEKS -> "週間";
                    case MONTHS -> "か月";
                    case YEARS -> "年";
                };
            }
            if (value instanceof Enumerator literal && !(value instanceof org.toride.requirements.requirements.DurationUnit)) {
                return EditLabels.literal(literal, Locale.JAPANESE);
            }
        }
        return Messages.text(value);
    }
}
