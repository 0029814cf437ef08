/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text of the editor exists in English and Japanese, and the Japanese is Japanese (not mojibake). */
class MessagesTest {

    @Test
    void japaneseMessagesCoverEveryKeyAndAreJapanese() throws IOException {
        Properties english = load("messages.properties");
        Properties japanese = load("messages_ja.properties");

        assertEquals(english.keySet(), japanese.keySet());
        assertTrue(japanese.getProperty("ProblemMarkers_job").contains("検査"), japanese.getProperty("ProblemMarkers_job"));
        assertNotEquals(english.getProperty("Outline_empty"), japanese.getProperty("Outline_empty"));
        // NLS filled the fields (a missing key would read "NLS missing message: …")
        assertTrue(Messages.ProblemMarkers_job.contains("{0}"), Messages.ProblemMarkers_job);
    }

    @Test
    void pluginLabelsExistInBothLanguages() throws IOException {
        Properties english = new Properties();
        Properties japanese = new Properties();
        try (InputStream en = Messages.class.getResourceAsStream("/plugin.properties");
                InputStream ja = Messages.class.getResourceAsStream("/plugin_ja.properties")) {
            english.load(en);
            japanese.load(new java.io.InputStreamReader(ja, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(english.keySet(), japanese.keySet());
        assertEquals("Toride 要件定義", japanese.getProperty("contentType.treq"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }
}
