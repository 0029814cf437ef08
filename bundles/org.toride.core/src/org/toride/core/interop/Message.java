/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A text for a person, kept as a key of {@code messages.properties} and its arguments until it is shown, so the
 * same import report reads in English on the command line and in Japanese in a Japanese workbench.
 *
 * @param key       key in {@code org/toride/core/interop/messages*.properties}
 * @param arguments the {@code {0}}, {@code {1}}… of the text
 */
public record Message(String key, Object... arguments) {

    /** The text in {@code locale} (Japanese or English; any other locale reads English). */
    public String text(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.toride.core.interop.messages",
                "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT, Message.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message message && key.equals(message.key)
                && Arrays.equals(arguments, message.arguments);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return text(Locale.ROOT);
    }
}
