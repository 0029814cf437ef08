/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Strict JSON (RFC 8259) into {@link Node}s, streamed so that the depth is checked before the parser goes deeper,
 * and a key that appears twice in one object is refused rather than silently overwritten.
 */
final class JsonTrees {

    /** Gson's reader says where it is only in its text ("… at line 3 column 5 path $.a"). */
    private static final Pattern LINE = Pattern.compile("at line (\\d+) column");

    private int nodes;

    Node parse(String text) throws UnreadableFileException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            Node root = value(reader, "", 1);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new UnreadableFileException(new Message("json.trailing"), line(reader));
            }
            return root;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // Gson's own messages name line, column and path; they are English, like the JSON they quote.
            throw new UnreadableFileException(new Message("json.malformed", clean(e.getMessage())), line(e.getMessage()));
        }
    }

    private Node value(JsonReader reader, String pointer, int depth) throws IOException, UnreadableFileException {
        if (depth > DocumentReader.MAX_DEPTH) {
            throw new UnreadableFileException(new Message("file.tooDeep", DocumentReader.MAX_DEPTH), line(reader));
        }
        if (++nodes > DocumentReader.MAX_NODES) {
            throw new UnreadableFileException(new Message("file.tooManyValues", DocumentReader.MAX_NODES), line(reader));
        }
        JsonToken token = reader.peek();
        int line = line(reader);
        switch (token) {
            case BEGIN_OBJECT -> {
                Map<String, Node> entries = new LinkedHashMap<>();
                reader.beginObject();
                while (reader.hasNext()) {
                    int keyLine = line(reader);
                    String key = reader.nextName();
                    String at = pointer + Node.segment(key);
                    if (entries.containsKey(key)) {
                        throw new UnreadableFileException(new Message("file.duplicateKey", key, at), keyLine);
                    }
                    entries.put(key, value(reader, at, depth + 1));
                }
                reader.endObject();
                return Node.mapping(entries, line, pointer);
            }
            case BEGIN_ARRAY -> {
                List<Node> items = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    items.add(value(reader, pointer + "/" + items.size(), depth + 1));
                }
                reader.endArray();
                return Node.list(items, line, pointer);
            }
            case STRING -> {
                return Node.scalar(reader.nextString(), line, pointer);
            }
            case NUMBER -> {
                return Node.scalar(reader.nextDouble(), line, pointer);
            }
            case BOOLEAN -> {
                return Node.scalar(reader.nextBoolean(), line, pointer);
            }
            case NULL -> {
                reader.nextNull();
                return Node.scalar(null, line, pointer);
            }
            default -> throw new UnreadableFileException(new Message("json.malformed", token), line);
        }
    }

    /** The line the reader has reached (where the next token starts, give or take white space). */
    private static int line(JsonReader reader) {
        return line(reader.toString());
    }

    private static int line(String text) {
        Matcher matcher = text == null ? null : LINE.matcher(text);
        return matcher != null && matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** Gson appends a link to its troubleshooting page; the position before it is what a person needs. */
    private static String clean(String message) {
        if (message == null) {
            return "";
        }
        int see = message.indexOf("\nSee ");
        return see < 0 ? message : message.substring(0, see);
    }
}
