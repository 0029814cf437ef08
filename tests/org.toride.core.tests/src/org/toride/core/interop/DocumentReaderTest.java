/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad documents end with a message and a line, never with the process's memory or a constructed object. */
class DocumentReaderTest {

    @TempDir
    Path dir;

    private static UnreadableFileException refused(String text) {
        return assertThrows(UnreadableFileException.class, () -> new DocumentReader().parse(text));
    }

    @Test
    void malformedJsonNamesItsLine() {
        UnreadableFileException e = refused("{\n  \"otmVersion\": \"0.2.0\",\n  \"project\": {\"name\": \"x\",,}\n}");

        assertEquals(3, e.line());
        assertTrue(e.problem().text(Locale.ROOT).startsWith("malformed JSON"), e.getMessage());
    }

    @Test
    void malformedYamlNamesItsLine() {
        UnreadableFileException e = refused("title: x\ndata_assets:\n  a: [1, 2\n  b: 3\n");

        assertTrue(e.line() >= 3, "line " + e.line());
        assertTrue(e.problem().text(Locale.ROOT).startsWith("malformed YAML"), e.getMessage());
    }

    @Test
    void aKeyTwiceInOneObjectIsRefusedInBothSyntaxes() {
        assertEquals("file.duplicateKey", refused("{\"a\": 1,\n \"a\": 2}").problem().key());
        UnreadableFileException yaml = refused("a: 1\nb:\n  c: 2\n  c: 3\n");
        assertEquals("file.duplicateKey", yaml.problem().key());
        assertEquals(4, yaml.line());
    }

    @Test
    void typeTagsAreRefusedBeforeAnythingIsMade() {
        assertEquals("yaml.typeTag", refused("a: !!javax.script.ScriptEngineManager [x]\n").problem().key());
        assertEquals("yaml.typeTag", refused("a: !custom value\n").problem().key());
        assertTrue(refused("a: !!python/object:os.system [ls]\n").line() > 0);
    }

    @Test
    void billionLaughsEndsWithAMessage() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
        }
        UnreadableFileException e = refused(bomb.toString());

        assertTrue(e.problem().key().equals("yaml.malformed") || e.problem().key().equals("file.tooManyValues"),
                e.getMessage());
    }

    @Test
    void aFewAliasesWithinTheLimitAreExpandedEvenIfTheyMultiply() {
        // 32 aliases, under the limit, but 9 * 4^8 values: the expansion count stops it.
        StringBuilder text = new StringBuilder("a: &a [1,2,3,4,5,6,7,8,9]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            text.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 4; i++) {
                text.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
            }
            text.append("]\n");
        }
        assertEquals("file.tooManyValues", refused(text.toString()).problem().key());
    }

    @Test
    void recursiveAliasAndDeepNestingEndWithAMessage() {
        assertTrue(refused("a: &a [*a]\n").problem().key().matches("file.tooDeep|yaml.malformed"));
        assertEquals("file.tooDeep", refused("[".repeat(200) + "]".repeat(200)).problem().key());
        assertTrue(refused("a:\n" + "  - ".repeat(1) + "[".repeat(100) + "]".repeat(100)).problem().key()
                .matches("file.tooDeep|yaml.malformed"));
    }

    @Test
    void aHundredMegabyteFileIsRefusedUnread() throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024);
        }
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> new DocumentReader().read(big));

        assertEquals("file.tooLarge", e.problem().key());
        assertTrue(e.problem().text(Locale.ROOT).contains("100 MB"), e.getMessage());
    }

    @Test
    void notUtf8IsSaid() throws IOException {
        Path latin = dir.resolve("latin.yaml");
        Files.write(latin, new byte[] { 't', ':', ' ', (byte) 0xE9, '\n' });

        assertEquals("file.notUtf8",
                assertThrows(UnreadableFileException.class, () -> new DocumentReader().read(latin)).problem().key());
    }

    @Test
    void valuesKeepTheirLinesAndPointersAndMergeKeysAreResolved() throws UnreadableFileException {
        Node document = new DocumentReader().parse("base: &b\n  x: 1\n  y: two\nderived:\n  <<: *b\n  y: three\n");

        Node derived = document.get("derived");
        assertEquals(1.0, derived.get("x").scalar());
        assertEquals("three", derived.get("y").text());
        assertEquals(3, document.get("base").get("y").line());
        assertEquals("/derived/y", derived.get("y").pointer());

        Node json = new DocumentReader().parse("{\n \"a/b\": [\n  {\"c\": null}\n ]\n}");
        assertEquals("/a~1b/0/c", json.get("a/b").items().get(0).get("c").pointer());
        assertEquals(3, json.get("a/b").items().get(0).line());
    }
}
