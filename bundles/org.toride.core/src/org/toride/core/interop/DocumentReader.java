/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON or YAML file into {@link Node}s with their lines, refusing what could hurt the process before it is
 * read: files over {@link #MAX_BYTES}, nesting deeper than {@link #MAX_DEPTH}, more than {@link #MAX_NODES} values
 * (an alias bomb expands to that), type tags, and YAML aliases of collections beyond a handful. JSON is told from
 * YAML by its first character, so a JSON file gets the JSON parser's stricter errors.
 */
public final class DocumentReader {

    /** Largest file read: threat models are kilobytes; Threagile's own example is 60 KB. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** Deepest nesting of mappings and lists; the formats need less than ten. */
    public static final int MAX_DEPTH = 64;
    /** Most values in one document, after YAML aliases are expanded. */
    public static final int MAX_NODES = 500_000;
    /** Most aliases to YAML mappings or lists (Threagile's example uses a few for shared data asset values). */
    public static final int MAX_COLLECTION_ALIASES = 50;

    /** Reads {@code file}; a problem with the file itself is an {@link UnreadableFileException}. */
    public Node read(Path file) throws IOException, UnreadableFileException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new UnreadableFileException(new Message("file.tooLarge", size / (1024 * 1024), MAX_BYTES / (1024 * 1024)),
                    0);
        }
        String text = decode(Files.readAllBytes(file));
        return parse(text);
    }

    /** Parses {@code text} as JSON when it starts with a brace or bracket, else as YAML. */
    public Node parse(String text) throws UnreadableFileException {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return looksLikeJson(content) ? new JsonTrees().parse(content) : new YamlTrees().parse(content);
    }

    /** Whether the first character that is not white space opens a JSON object or array. */
    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    private static String decode(byte[] bytes) throws UnreadableFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(new Message("file.notUtf8"), 0);
        }
    }
}
