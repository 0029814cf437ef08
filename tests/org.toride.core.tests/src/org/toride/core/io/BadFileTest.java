/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad model files: each is rejected with a diagnostic of the expected kind, naming the file and (where
 * the parser knows it) the line; no exception escapes the loader.
 */
class BadFileTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String OPEN = "<toride:SecurityModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:toride=\"http://www.toride.org/model/1.0\""
            + " id=\"model-1\" name=\"m\">\n";
    private static final String CLOSE = "</toride:SecurityModel>\n";

    @TempDir
    Path dir;

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("empty", "", DiagnosticKind.FILE, "file is empty", 0),
                Arguments.of("whitespace only", "   \n", DiagnosticKind.XML, "empty or has no root", 0),
                Arguments.of("not XML", "zone,name\nz1,DMZ\n", DiagnosticKind.XML, "not an XML file", 1),
                Arguments.of("truncated", HEAD + OPEN + "  <zones id=\"zone-a\" name=\"A\" kind=\"DMZ\"/>\n  <zones id=",
                        DiagnosticKind.XML, "incomplete or malformed", 4),
                Arguments.of("wrong root", HEAD + "<toride:Zone xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\""
                        + " xmlns:toride=\"http://www.toride.org/model/1.0\" id=\"zone-a\" name=\"A\"/>\n",
                        DiagnosticKind.ROOT, "root element is a Zone", 2),
                Arguments.of("unknown namespace", HEAD + OPEN.replace("http://www.toride.org/model/1.0", "http://example.org/other")
                        + CLOSE, DiagnosticKind.NAMESPACE, "not a Toride model", 2),
                Arguments.of("newer version", HEAD + OPEN.replace("model/1.0", "model/2.0") + CLOSE,
                        DiagnosticKind.NAMESPACE, "model version '2.0' is not supported", 2),
                Arguments.of("dangling reference", HEAD + OPEN
                        + "  <assets xsi:type=\"toride:InformationSystem\" id=\"sys-a\" name=\"A\" zone=\"zone-missing\"/>\n"
                        + CLOSE, DiagnosticKind.DANGLING_REFERENCE, "'zone-missing'", 3),
                Arguments.of("duplicate id", HEAD + OPEN + "  <zones id=\"zone-a\" name=\"A\"/>\n  <zones id=\"zone-a\" name=\"B\"/>\n"
                        + CLOSE, DiagnosticKind.DUPLICATE_ID, "duplicate id 'zone-a'", 4),
                Arguments.of("unknown attribute", HEAD + OPEN + "  <zones id=\"zone-a\" name=\"A\" colour=\"red\"/>\n" + CLOSE,
                        DiagnosticKind.UNKNOWN_FEATURE, "'colour'", 3),
                Arguments.of("unknown type", HEAD + OPEN + "  <assets xsi:type=\"toride:Spaceship\" id=\"x\"/>\n" + CLOSE,
                        DiagnosticKind.UNKNOWN_TYPE, "'Spaceship'", 3),
                Arguments.of("bad enum literal", HEAD + OPEN + "  <zones id=\"zone-a\" name=\"A\" kind=\"MOON\"/>\n" + CLOSE,
                        DiagnosticKind.INVALID_VALUE, "invalid value 'MOON' for Zone.kind", 3),
                // An unknown kind lists what is allowed; a typo is also answered with the nearest literal.
                Arguments.of("a device kind given to a control system", HEAD + OPEN + "  <assets xsi:type=\"toride:ControlSystem\""
                        + " id=\"cs-a\" name=\"A\" kind=\"PAYMENT_TERMINAL\"/>\n" + CLOSE, DiagnosticKind.INVALID_VALUE,
                        "invalid value 'PAYMENT_TERMINAL' for ControlSystem.kind of 'cs-a'; allowed: ", 3),
                Arguments.of("misspelt enum literal", HEAD + OPEN + "  <assets xsi:type=\"toride:ControlSystem\""
                        + " id=\"cs-a\" name=\"A\" kind=\"Historain\"/>\n" + CLOSE, DiagnosticKind.INVALID_VALUE,
                        "(did you mean HISTORIAN?); allowed: ", 3),
                Arguments.of("bad date", HEAD + OPEN + "  <suppliers id=\"sup-a\" name=\"A\" lastReview=\"last spring\"/>\n"
                        + CLOSE, DiagnosticKind.INVALID_VALUE, "expected a date such as 2025-04-01", 3),
                Arguments.of("two roots", HEAD + "<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                        + " xmlns:toride=\"http://www.toride.org/model/1.0\">\n<toride:SecurityModel id=\"m1\"/>\n"
                        + "<toride:SecurityModel id=\"m2\"/>\n</xmi:XMI>\n", DiagnosticKind.ROOT, "2 root elements", 4),
                Arguments.of("external entity (XXE)", HEAD + "<!DOCTYPE m [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + OPEN.replace("name=\"m\"", "name=\"&xxe;\"") + CLOSE, DiagnosticKind.XML,
                        "DOCTYPE declarations are not allowed", 2),
                Arguments.of("billion laughs", HEAD + "<!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n"
                        + OPEN.replace("name=\"m\"", "name=\"&d;\"") + CLOSE, DiagnosticKind.XML,
                        "DOCTYPE declarations are not allowed", 2),
                Arguments.of("deep nesting", HEAD + OPEN + "<x>".repeat(100_000) + "</x>".repeat(100_000) + CLOSE,
                        DiagnosticKind.XML, "nested deeper than", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badFileIsRejectedWithALocatedDiagnostic(String label, String content, DiagnosticKind kind, String text, int line)
            throws IOException {
        Path file = dir.resolve("bad.toride");
        Files.writeString(file, content, StandardCharsets.UTF_8);

        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new ModelLoader().load(file));

        assertTrue(result.hasErrors(), () -> label + ": expected an error, got " + result.diagnostics());
        ModelDiagnostic diagnostic = result.errors().stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(label + ": no " + kind + " error in " + result.diagnostics()));
        assertTrue(diagnostic.message().contains(text), () -> label + ": message was: " + diagnostic.message());
        assertEquals(file, diagnostic.file());
        if (line > 0) {
            assertEquals(line, diagnostic.position().line(), () -> label + ": " + diagnostic.toLocatedString());
        }
        assertTrue(diagnostic.toLocatedString().startsWith(file.toString()));
    }

    @Test
    void invalidUtf8IsAnEncodingError() throws IOException {
        Path file = dir.resolve("latin1.toride");
        byte[] head = (HEAD + OPEN.replace("name=\"m\"", "name=\"")).getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\"/>\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xE9; // Latin-1 'é', not valid UTF-8 here
        content[head.length + 1] = (byte) 0x41;
        System.arraycopy(tail, 0, content, head.length + 2, tail.length);
        Files.write(file, content);

        LoadResult result = new ModelLoader().load(file);

        assertTrue(result.errors().stream().anyMatch(d -> d.kind() == DiagnosticKind.XML
                && d.message().toLowerCase().contains("encoding")), () -> result.diagnostics().toString());
    }

    @Test
    void xxePayloadNeverReachesTheModel() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path file = dir.resolve("xxe.toride");
        Files.writeString(file, HEAD + "<!DOCTYPE m [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + OPEN.replace("name=\"m\"", "name=\"&xxe;\"") + CLOSE);

        LoadResult result = new ModelLoader().load(file);

        assertTrue(result.model() == null || !String.valueOf(result.model().getName()).contains("TOP-SECRET"));
        assertFalse(result.diagnostics().toString().contains("TOP-SECRET"));
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("huge.toride");
        Files.writeString(file, HEAD + OPEN + "  <zones id=\"zone-a\" name=\"A\"/>\n".repeat(1000) + CLOSE);

        LoadResult result = new ModelLoader(1024).load(file);

        assertEquals(DiagnosticKind.FILE, result.errors().get(0).kind());
        assertTrue(result.errors().get(0).message().contains("largest model accepted"));
    }

    @Test
    void missingFileAndDirectoryAreReported() {
        assertEquals("no such file", new ModelLoader().load(dir.resolve("nope.toride")).errors().get(0).message());
        assertTrue(new ModelLoader().load(dir).errors().get(0).message().contains("directory"));
    }

    @Test
    void manyElementsLoadWithoutTrouble() throws IOException {
        Path file = dir.resolve("big.toride");
        StringBuilder content = new StringBuilder(HEAD + OPEN);
        for (int i = 0; i < 20_000; i++) {
            content.append("  <zones id=\"zone-").append(i).append("\" name=\"Z").append(i).append("\"/>\n");
        }
        Files.writeString(file, content.append(CLOSE));

        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new ModelLoader().load(file));

        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        assertEquals(20_000, result.model().getZones().size());
    }

    @Test
    void manyElementsWithoutIdGiveAFewWarningsAndACount() throws IOException {
        Path file = dir.resolve("noids.toride");
        Files.writeString(file, HEAD + OPEN + "  <zones name=\"Z\"/>\n".repeat(50) + CLOSE);

        LoadResult result = new ModelLoader().load(file);

        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        assertEquals(4, result.diagnostics().size(), () -> result.diagnostics().toString());
        assertTrue(result.diagnostics().get(3).message().startsWith("47 more elements had no id"),
                () -> result.diagnostics().get(3).message());
        assertEquals(50, result.model().getZones().stream().map(z -> z.getId()).distinct().count());
    }
}
