/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.toride.testsupport.Repository;

/**
 * Malformed and odd input, each case run through the five commands a user points at a model (info, check, diagram,
 * report, inventory): every run ends with exit 0, 1 or 2 within its time; a refusal names the file at fault; nothing
 * prints a stack trace, a StackOverflowError or an OutOfMemoryError, whether through the command's error stream or a
 * library writing to System.err. The cases are made from the water utility example by small edits, so each keeps
 * everything else a real model has.
 */
class MalformedInputCorpusTest {

    /** One input: a model file's bytes, and optionally its layout file and a requirement file to check it with. */
    record Case(String name, byte[] model, String layout, String requirements) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String ROOT_OPEN = "<toride:SecurityModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:toride=\"http://www.toride.org/model/1.0\""
            + " id=\"m\" name=\"m\">\n";

    @TempDir
    Path dir;

    static Stream<Case> corpus() throws IOException {
        String w = Files.readString(Repository.waterUtility());
        byte[] utf8 = w.getBytes(StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();

        // Truncations and encodings.
        cases.add(model("truncated at 10%", w.substring(0, w.length() / 10)));
        cases.add(model("truncated at 50%", w.substring(0, w.length() / 2)));
        cases.add(model("truncated before the root's end tag", w.substring(0, w.lastIndexOf("</toride:SecurityModel>"))));
        int inChar = w.substring(0, w.indexOf("みなと")).getBytes(StandardCharsets.UTF_8).length + 1;
        cases.add(bytes("truncated inside a multi-byte character", java.util.Arrays.copyOf(utf8, inChar)));
        cases.add(model("empty file", ""));
        cases.add(bytes("only a byte order mark", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }));
        cases.add(bytes("UTF-8 with a byte order mark", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8)));
        cases.add(bytes("UTF-16 with a byte order mark, declared", w.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                .getBytes(StandardCharsets.UTF_16)));
        cases.add(bytes("UTF-16LE without a byte order mark, declared UTF-8", w.getBytes(StandardCharsets.UTF_16LE)));
        cases.add(bytes("Shift_JIS bytes declared UTF-8", w.getBytes(Charset.forName("Shift_JIS"))));
        cases.add(bytes("Shift_JIS, declared", w.replace("encoding=\"UTF-8\"", "encoding=\"Shift_JIS\"")
                .getBytes(Charset.forName("Shift_JIS"))));
        cases.add(model("unknown encoding declared", w.replace("encoding=\"UTF-8\"", "encoding=\"X-TORIDE-NONE\"")));
        byte[] noise = new byte[20_000];
        new Random(17).nextBytes(noise);
        cases.add(bytes("random bytes", noise));
        cases.add(model("NUL character in a name", w.replace("name=\"本庁 情報系サーバセグメント\"", "name=\"a\u0000b\"")));
        cases.add(model("control character reference", w.replace("name=\"本庁 情報系サーバセグメント\"", "name=\"a&#1;b\"")));
        cases.add(model("escape and bell in a description", w.replace("description=\"局内メール。", "description=\"\u001B[31m\u0007局内メール。")));
        cases.add(model("CR-only line ends", w.replace("\n", "\r")));
        cases.add(model("a name of two million characters", w.replace("name=\"庁内メールサーバ\"",
                "name=\"" + "長".repeat(2_000_000) + "\"")));

        // Ids.
        cases.add(model("duplicate id", w.replace("id=\"sys-mail\"", "id=\"sys-billing\"")));
        cases.add(model("empty id", w.replace("id=\"sys-mail\"", "id=\"\"")));
        cases.add(model("id of spaces and markup", w.replace("\"zone-corp-server\"", "\"zone &lt;corp&gt; server\"")));
        cases.add(model("id missing", w.replace("id=\"sys-mail\" ", "")));
        cases.add(model("every id missing", w.replaceAll(" id=\"[^\"]*\"", "")));

        // References.
        cases.add(model("dangling zone", w.replace("zone=\"zone-corp-server\"", "zone=\"zone-nowhere\"")));
        cases.add(model("zone reference to an asset", w.replace("zone=\"zone-corp-server\"", "zone=\"sys-billing\"")));
        cases.add(model("flow from a zone", w.replace("source=\"ot-plc-chlorine\"", "source=\"zone-dmz\"")));
        cases.add(model("conduit from a zone to itself", w.replace("from=\"zone-internet\" to=\"zone-dmz\"",
                "from=\"zone-dmz\" to=\"zone-dmz\"")));
        cases.add(model("flow to itself", w.replace("source=\"ot-plc-chlorine\" target=\"ot-scada-main\"",
                "source=\"ot-scada-main\" target=\"ot-scada-main\"")));
        cases.add(model("zone its own parent", w.replace("id=\"zone-corp-server\" name=\"本庁 情報系サーバセグメント\" kind=\"CORPORATE\" targetSecurityLevel=\"2\" parent=\"zone-corp\"",
                "id=\"zone-corp-server\" name=\"本庁 情報系サーバセグメント\" kind=\"CORPORATE\" targetSecurityLevel=\"2\" parent=\"zone-corp-server\"")));
        cases.add(model("zones each other's parent", w.replace("parent=\"zone-control\"", "parent=\"zone-control-plc\"")
                .replaceFirst("(<zones id=\"zone-control\"[^>]*?)( parent=\"[^\"]*\")?(/?>)", "$1 parent=\"zone-control-plc\"$3")));
        cases.add(model("backup of itself", w.replace("backupFor=\"ot-scada-main\"", "backupFor=\"ot-scada-dr\"")));
        cases.add(model("backups of each other", w.replace("backupFor=\"ot-hmi-01\"", "backupFor=\"ot-hmi-dr\"")
                .replaceFirst("(id=\"ot-hmi-01\")", "$1 backupFor=\"ot-hmi-dr\"")));
        cases.add(model("supplier its own parent", w.replace("parent=\"sup-minato-denki\"", "parent=\"sup-minato-setsubi\"")));
        cases.add(model("conduit list naming a flow", w.replace("conduits=\"conduit-control-plc\"",
                "conduits=\"flow-scada-plc-chlorine conduit-control-plc\"")));
        cases.add(model("protected assets naming a control", w.replace("protectedAssets=\"ot-scada-dr ", "protectedAssets=\"ctl-backup-dr ot-scada-dr ")));

        // Numbers and dates.
        cases.add(model("security level 99", w.replace("targetSecurityLevel=\"3\"", "targetSecurityLevel=\"99\"")));
        cases.add(model("security level -1", w.replace("targetSecurityLevel=\"3\"", "targetSecurityLevel=\"-1\"")));
        cases.add(model("outage minutes beyond long", w.replace("maxOutageMinutes=\"720\"", "maxOutageMinutes=\"99999999999999999999999\"")));
        cases.add(model("outage minutes NaN", w.replace("maxOutageMinutes=\"720\"", "maxOutageMinutes=\"NaN\"")));
        cases.add(model("outage minutes 1e309", w.replace("maxOutageMinutes=\"720\"", "maxOutageMinutes=\"1e309\"")));
        cases.add(model("outage minutes negative", w.replace("maxOutageMinutes=\"720\"", "maxOutageMinutes=\"-720\"")));
        cases.add(model("outage minutes empty", w.replace("maxOutageMinutes=\"720\"", "maxOutageMinutes=\"\"")));
        cases.add(model("30 February", w.replace("lastReview=\"2026-06-15\"", "lastReview=\"2026-02-30\"")));
        cases.add(model("year zero", w.replace("lastReview=\"2026-06-15\"", "lastReview=\"0000-00-00\"")));
        cases.add(model("year 9999", w.replace("lastReview=\"2026-06-15\"", "lastReview=\"9999-12-31\"")));
        cases.add(model("year minus a billion", w.replace("lastRestoreTest=\"2026-08-21\"", "lastRestoreTest=\"-999999999-01-01\"")));
        cases.add(model("date with a time of 25:61", w.replace("lastReview=\"2026-06-15\"", "lastReview=\"2026-06-15T25:61\"")));

        // Hostile names.
        cases.add(model("script in names", w.replace("name=\"料金システム\"", "name=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .replace("name=\"本庁 情報系サーバセグメント\"", "name=\"&lt;/svg&gt;&lt;img src=x onerror=alert(1)&gt;\"")));
        cases.add(model("spreadsheet formulas in names", w.replace("name=\"料金システム\"", "name=\"=HYPERLINK(&quot;http://x.example&quot;,&quot;ok&quot;)\"")
                .replace("name=\"庁内メールサーバ\"", "name=\"+cmd|' /C calc'!A0\"").replace("name=\"共有ファイルサーバ\"", "name=\"@SUM(1+1)\"")));
        cases.add(model("bidi controls in names and ids", w.replace("name=\"料金システム\"", "name=\"\u202Emetsys\u202C \u2066x\u2069\"")
                .replace("\"sys-mail\"", "\"sys-\u202Eliam\"")));
        cases.add(model("zero-width, combining and astral characters", w.replace("name=\"料金システム\"",
                "name=\"a\u200Bb\u0301\uD83D\uDCA5\uDB40\uDC01\"")));
        cases.add(model("markdown and CDATA end in names", w.replace("name=\"料金システム\"", "name=\"| x | y |&#10;# h ]]&gt; `c`\"")));
        cases.add(model("lone surrogate reference", w.replace("name=\"料金システム\"", "name=\"&#xD800;\"")));

        // Structure.
        cases.add(model("empty model", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ROOT_OPEN + "</toride:SecurityModel>\n"));
        cases.add(model("XML nested 100,000 deep", "<?xml version=\"1.0\"?>\n" + ROOT_OPEN + "<x>".repeat(100_000)
                + "</x>".repeat(100_000) + "</toride:SecurityModel>\n"));
        cases.add(model("external entity", w.replace("<toride:SecurityModel ", "<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<toride:SecurityModel ")
                .replace("name=\"料金システム\"", "name=\"&x;\"")));
        cases.add(model("zone chain 3,000 deep", zoneChain(3_000)));
        cases.add(model("zone parent ring of 3,000", zoneChain(3_000).replace("id=\"z0\" name=\"z0\"", "id=\"z0\" name=\"z0\" parent=\"z2999\"")));

        // Layout files.
        cases.add(layout("layout with NaN", "{ \"network\": { \"sys-billing\": { \"x\": NaN, \"y\": 1, \"width\": 10, \"height\": 10 } } }"));
        cases.add(layout("layout with 1e308 and Infinity", "{ \"network\": { \"sys-billing\": { \"x\": 1e308, \"y\": -1e308, \"width\": 1e308, \"height\": 10 },"
                + " \"sys-mail\": { \"x\": Infinity, \"y\": 0, \"width\": 10, \"height\": 10 } } }"));
        cases.add(layout("layout with negative sizes", "{ \"network\": { \"zone-corp\": { \"x\": 0, \"y\": 0, \"width\": -500, \"height\": -1 } } }"));
        cases.add(layout("layout nested 100,000 deep", "{ \"network\": " + "[".repeat(100_000) + "]".repeat(100_000) + " }"));
        cases.add(layout("layout of 30 MB", "{ \"network\": { " + "\"x\": { \"x\": 1, \"y\": 1, \"width\": 1, \"height\": 1 }, ".repeat(500_000)
                + "\"y\": {} } }"));
        cases.add(layout("layout not JSON", new String(noise, StandardCharsets.ISO_8859_1)));
        cases.add(layout("layout is null", "null"));
        cases.add(layout("layout of wrong types", "{ \"network\": { \"sys-billing\": { \"x\": \"left\", \"y\": [], \"width\": {}, \"height\": true } }, \"dataflow\": 7 }"));
        cases.add(layout("layout naming unknown and hostile ids", "{ \"network\": { \"<script>\": { \"x\": 1, \"y\": 1, \"width\": 1, \"height\": 1 },"
                + " \"\u202E\": { \"x\": 1, \"y\": 1, \"width\": 1, \"height\": 1 } } }"));

        // Requirement files.
        String rule = "requirements mine {\n  requirement M-01 \"x\" {\n    guideline NISC-4.1.3.2.ki.network\n    severity error\n"
                + "    for each z : Zone\n    require %s\n    message \"%s\"\n  }\n}\n";
        cases.add(tooDeep("parentheses nested 20,000 deep", rule.formatted("(".repeat(20_000) + "true" + ")".repeat(20_000), "m")));
        cases.add(tooDeep("'not' 20,000 times", rule.formatted("not ".repeat(20_000) + "true", "m")));
        cases.add(tooDeep("'-' 20,000 times", rule.formatted("- ".repeat(20_000) + "1 < 0", "m")));
        cases.add(tooDeep("a sum of 20,000 terms", rule.formatted("1" + " + 1".repeat(20_000) + " > 0", "m")));
        cases.add(tooDeep("'and' 20,000 times", rule.formatted("true" + " and true".repeat(20_000), "m")));
        cases.add(requirements("message expression nested 20,000 deep", rule.formatted("false",
                "{" + "(".repeat(20_000) + "z.name" + ")".repeat(20_000) + "}")));
        cases.add(requirements("requirement file truncated", rule.formatted("z.name == \"a\"", "m").substring(0, 120)));
        cases.add(requirements("requirement file with NUL and bidi", rule.formatted("z.name == \"\u0000\u202E\"", "\u202Em\u0000")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCommandEndsWithAResultOrAnErrorNamingTheFile(Case input) throws IOException {
        Path model = dir.resolve("model.toride");
        Files.write(model, input.model());
        List<Path> named = new ArrayList<>(List.of(model));
        if (input.layout() != null) {
            Path layout = dir.resolve("model.toride.layout");
            Files.writeString(layout, input.layout(), StandardCharsets.UTF_8);
            named.add(layout);
        }
        List<String> withRequirements = new ArrayList<>();
        if (input.requirements() != null) {
            Path requirements = dir.resolve("mine.treq");
            Files.writeString(requirements, input.requirements(), StandardCharsets.UTF_8);
            named.add(requirements);
            withRequirements = List.of("--requirements", requirements.toString());
        }
        String m = model.toString();
        List<List<String>> runs = List.of(List.of("info", m),
                concat(List.of("check", m, "--today", "2026-11-27"), withRequirements),
                List.of("diagram", m, "-o", dir.resolve("network.svg").toString()),
                List.of("diagram", m, "--view", "dataflow", "-o", dir.resolve("dataflow.svg").toString()),
                concat(List.of("report", m, "-o", dir.resolve("review.html").toString(), "--today", "2026-11-27"), withRequirements),
                List.of("inventory", m, "--format", "csv", "-o", dir.resolve("inventory.csv").toString()),
                List.of("inventory", m, "--format", "html", "-o", dir.resolve("inventory.html").toString()));
        for (List<String> args : runs) {
            CliRun run = runCapturingSystemErr(args);
            String what = input.name() + ": toride " + args.get(0) + " → exit " + run.exitCode() + "\n" + abbreviate(run.err());
            assertTrue(run.exitCode() >= 0 && run.exitCode() <= 2, what);
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("Error:")
                    && !run.err().contains("error:"), what);
            assertFalse(run.err().contains("StackOverflow") || run.err().contains("OutOfMemory"), what);
            if (input.name().startsWith("too deep: ") && List.of("check", "report").contains(args.get(0))) {
                assertTrue(run.exitCode() == 2 && run.err().contains(dir.resolve("mine.treq") + ":")
                        && run.err().contains("nested more than 200 levels deep (the limit)"), what);
            }
            if (args.get(0).equals("diagram") && run.exitCode() == 0) {
                String svg = Files.readString(Path.of(args.get(args.size() - 1)));
                assertFalse(svg.contains("NaN") || svg.contains("Infinity"), "a number no viewer draws: " + what);
            }
            if (run.exitCode() == 2) {
                assertTrue(named.stream().anyMatch(file -> run.err().contains(file.toString())), "names no file: " + what);
            }
        }
    }

    /** The run, with whatever a library wrote to System.err meanwhile added to its error output. */
    private static CliRun runCapturingSystemErr(List<String> args) {
        PrintStream original = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRun.of(args.toArray(String[]::new)),
                    () -> "hangs: toride " + String.join(" ", args.subList(0, 1)));
            return new CliRun(run.exitCode(), run.out(), run.err() + stray.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 3000 ? text : text.substring(0, 3000) + "…";
    }

    private static Case model(String name, String content) {
        return new Case(name, content.getBytes(StandardCharsets.UTF_8), null, null);
    }

    private static Case bytes(String name, byte[] content) {
        return new Case(name, content, null, null);
    }

    private static Case layout(String name, String layout) throws IOException {
        return new Case(name, Files.readAllBytes(Repository.waterUtility()), layout, null);
    }

    /** A requirement file whose expression the depth limit must refuse (no stack overflow caught by luck). */
    private static Case tooDeep(String name, String requirements) throws IOException {
        return requirements("too deep: " + name, requirements);
    }

    private static Case requirements(String name, String requirements) throws IOException {
        return new Case(name, Files.readAllBytes(Repository.waterUtility()), null, requirements);
    }

    /** {@code depth} zones, each the parent of the next, with a conduit between neighbours. */
    private static String zoneChain(int depth) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append(ROOT_OPEN);
        for (int i = 0; i < depth; i++) {
            xml.append("  <zones id=\"z").append(i).append("\" name=\"z").append(i).append('"')
                    .append(i == 0 ? "" : " parent=\"z" + (i - 1) + "\"").append("/>\n");
        }
        for (int i = 1; i < depth; i++) {
            xml.append("  <conduits id=\"c").append(i).append("\" name=\"c\" from=\"z").append(i - 1).append("\" to=\"z")
                    .append(i).append("\"/>\n");
        }
        return xml.append("</toride:SecurityModel>\n").toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    @Test
    void theCorpusHoldsAtLeastSixtyCases() throws IOException {
        assertTrue(corpus().count() >= 60);
    }
}
