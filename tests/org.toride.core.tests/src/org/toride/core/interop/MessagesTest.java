/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every text of the import report exists in English and Japanese (a missing key would show English silently). */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Message.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void japaneseHasTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_ja.properties").stringPropertyNames()));
    }

    @Test
    void aMessageReadsInTheAskedLanguage() {
        Message message = new Message("plan.unknownId", "x", "y");

        assertEquals("unknown id 'x' (referred to by y)", message.text(Locale.ENGLISH));
        assertNotEquals(message.text(Locale.ENGLISH), message.text(Locale.JAPANESE));
        assertEquals(message.text(Locale.ENGLISH), message.text(Locale.GERMAN));
    }
}
