/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML into {@link Node}s through SnakeYAML's composer only: no object is ever constructed from the document, so a
 * type tag cannot make the loader instantiate anything, and any tag beyond the plain YAML types is refused. Merge keys
 * ({@code <<: *base}, which Threagile's example uses) are resolved here, keys of the mapping itself winning; aliases
 * to collections are
 * limited, and the expansion is counted so an alias bomb ends with a message instead of filling the memory. A key
 * written twice in one mapping is refused (SnakeYAML checks that only when it constructs objects, which this never
 * does).
 */
final class YamlTrees {

    /** The tags a plain document's values resolve to; anything else was written as a type tag. */
    private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ,
            Tag.TIMESTAMP);

    private int nodes;

    Node parse(String text) throws UnreadableFileException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(DocumentReader.MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(DocumentReader.MAX_DEPTH);
        options.setCodePointLimit((int) DocumentReader.MAX_BYTES);
        // The composer makes nodes, never objects; every tag other than the plain types is refused below, with its
        // line, rather than by the inspector (which would see only global tags, and say it without a line).
        options.setTagInspector(tag -> true);
        org.yaml.snakeyaml.nodes.Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new UnreadableFileException(new Message("yaml.malformed", oneLine(e.getProblem() != null
                    ? e.getProblem() : e.getMessage())), mark == null ? 0 : mark.getLine() + 1);
        } catch (YAMLException e) {
            throw new UnreadableFileException(new Message("yaml.malformed", oneLine(e.getMessage())), 0);
        }
        if (root == null) {
            throw new UnreadableFileException(new Message("file.empty"), 0);
        }
        return convert(root, "", 1);
    }

    private Node convert(org.yaml.snakeyaml.nodes.Node node, String pointer, int depth)
            throws UnreadableFileException {
        int line = node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        if (depth > DocumentReader.MAX_DEPTH) {
            // Also where a recursive alias (&a [*a]) ends: it would otherwise never stop.
            throw new UnreadableFileException(new Message("file.tooDeep", DocumentReader.MAX_DEPTH), line);
        }
        if (++nodes > DocumentReader.MAX_NODES) {
            throw new UnreadableFileException(new Message("file.tooManyValues", DocumentReader.MAX_NODES), line);
        }
        if (!PLAIN.contains(node.getTag())) {
            throw new UnreadableFileException(new Message("yaml.typeTag", node.getTag().getValue()), line);
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Node> entries = new LinkedHashMap<>();
            List<NodeTuple> merges = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
                    merges.add(tuple);
                    continue;
                }
                int keyLine = tuple.getKeyNode().getStartMark().getLine() + 1;
                if (!(tuple.getKeyNode() instanceof ScalarNode key) || !PLAIN.contains(key.getTag())) {
                    throw new UnreadableFileException(new Message("yaml.complexKey"), keyLine);
                }
                String at = pointer + Node.segment(key.getValue());
                if (entries.containsKey(key.getValue())) {
                    throw new UnreadableFileException(new Message("file.duplicateKey", key.getValue(), at), keyLine);
                }
                entries.put(key.getValue(), convert(tuple.getValueNode(), at, depth + 1));
            }
            for (NodeTuple merge : merges) {
                org.yaml.snakeyaml.nodes.Node value = merge.getValueNode();
                List<org.yaml.snakeyaml.nodes.Node> merged = value instanceof SequenceNode sequence
                        ? sequence.getValue() : List.of(value);
                for (org.yaml.snakeyaml.nodes.Node base : merged) {
                    Node converted = convert(base, pointer, depth + 1);
                    if (!converted.isMapping()) {
                        throw new UnreadableFileException(new Message("yaml.mergeNotMapping"), converted.line());
                    }
                    converted.entries().forEach(entries::putIfAbsent);
                }
            }
            return Node.mapping(entries, line, pointer);
        }
        if (node instanceof SequenceNode sequence) {
            List<Node> items = new ArrayList<>();
            for (org.yaml.snakeyaml.nodes.Node item : sequence.getValue()) {
                items.add(convert(item, pointer + "/" + items.size(), depth + 1));
            }
            return Node.list(items, line, pointer);
        }
        return Node.scalar(scalar((ScalarNode) node), line, pointer);
    }

    /** The value a plain scalar stands for: null, a boolean, a number, or its text (dates stay text). */
    private static Object scalar(ScalarNode node) {
        String value = node.getValue();
        Tag tag = node.getTag();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on", "y" -> Boolean.TRUE;
                default -> Boolean.FALSE;
            };
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            try {
                return Double.parseDouble(value.replace("_", ""));
            } catch (NumberFormatException e) {
                return value; // 0x1F, 1:30 (sexagesimal) and the like: kept as written
            }
        }
        return value;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
