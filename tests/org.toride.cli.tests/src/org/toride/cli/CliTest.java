/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.testsupport.Repository;

/** The command line as a user meets it: output, error format and exit codes. */
class CliTest {

    @TempDir
    Path dir;

    private static CliRun toride(String... args) {
        return CliRun.of(args);
    }

    private static Path example() {
        return Repository.waterUtility();
    }

    @Test
    void infoSummarisesTheExample() {
        CliRun run = toride("info", example().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("Sector:    WATER (水道)"), run.out());
        assertTrue(run.out().contains("Dangling references: 0"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  Zone\\s+\\d+\\n.*"), run.out());
    }

    @Test
    void infoOnABrokenFileSaysWhereAndExitsTwo() throws IOException {
        Path broken = dir.resolve("broken.toride");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<toride:SecurityModel xmlns:toride=\"http://www.toride.org/model/1.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" id=\"m\">\n  <zones id=\"z\"");

        CliRun run = toride("info", broken.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: " + broken + ":3:"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), "stack trace leaked: " + run.err());
    }

    @Test
    void infoOnAModelWithDanglingReferencesCountsThem() throws IOException {
        Path dangling = dir.resolve("dangling.toride");
        Files.writeString(dangling, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<toride:SecurityModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:toride=\"http://www.toride.org/model/1.0\""
                + " id=\"m\" name=\"d\">\n"
                + "  <assets xsi:type=\"toride:InformationSystem\" id=\"sys-a\" name=\"A\" zone=\"zone-gone\"/>\n"
                + "  <flows id=\"flow-1\" source=\"sys-a\" target=\"sys-gone\"/>\n"
                + "</toride:SecurityModel>\n");

        CliRun run = toride("info", dangling.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("Dangling references: 2"), run.out());
        assertTrue(run.err().contains(dangling + ":3:"), run.err());
        assertTrue(run.err().contains("'zone-gone'"), run.err());
    }

    @Test
    void missingFileIsBadInput() {
        CliRun run = toride("info", dir.resolve("nope.toride").toString());

        assertEquals(2, run.exitCode());
        assertEquals("error: " + dir.resolve("nope.toride") + ": no such file\n", run.err());
    }

    @Test
    void usageErrorsExitTwoWithoutStackTrace() {
        CliRun missingArgument = toride("info");
        CliRun unknownOption = toride("info", "--bogus", "x");
        CliRun unknownCommand = toride("frobnicate");

        for (CliRun run : new CliRun[] { missingArgument, unknownOption, unknownCommand }) {
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("error: "), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun run = toride("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("info"), run.out());
        assertTrue(run.out().contains("Exit codes"), run.out());
        // The launcher starts the workbench when given no command; the help must not say it does not exist.
        assertTrue(run.out().contains("Without a command, ./toride starts the workbench"), run.out());
        assertFalse(run.out().contains("not built yet"), run.out());
    }

    @Test
    void helpListsEveryCommandInOrder() {
        String help = toride("--help").out();
        int last = -1;
        for (Class<?> command : Toride.COMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            int at = help.indexOf("\n  " + name + " ");
            assertTrue(at > last, name + " listed after the one before it: " + help);
            last = at;
        }
    }

    @Test
    void aRunAddsOnlyTheCommandItNamesOrAllOfThem() {
        assertEquals(List.of(CheckCommand.class), Toride.commandsFor(new String[] { "check", "m.toride", "--help" }));
        assertEquals(List.of(DiagramCommand.class), Toride.commandsFor(new String[] { "diagram", "--view", "network" }));
        for (String[] args : List.of(new String[0], new String[] { "--help" }, new String[] { "-V" },
                new String[] { "help", "check" }, new String[] { "chek", "m.toride" })) {
            assertEquals(Toride.COMMANDS, Toride.commandsFor(args), String.join(" ", args));
        }
    }

    @Test
    void aMisspeltCommandGetsASuggestion() {
        CliRun command = toride("chek", "m.toride");
        assertEquals(2, command.exitCode());
        assertTrue(command.err().contains("Did you mean: toride check"), command.err());
        assertTrue(command.err().endsWith("Run 'toride --help' for usage." + System.lineSeparator()), command.err());
        CliRun option = toride("check", Repository.waterUtility().toString(), "--fial-on", "never");
        assertEquals(2, option.exitCode());
        assertTrue(option.err().startsWith("error: Unknown options: '--fial-on'"), option.err());
    }

    @Test
    void formatRewritesAHandEditedModelOnceAndCheckThenPasses() throws IOException {
        Path model = dir.resolve("hand.toride");
        Files.writeString(model, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<toride:SecurityModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:toride=\"http://www.toride.org/model/1.0\" name=\"hand\">\n"
                + "    <zones name=\"DMZ\"   kind=\"DMZ\"/>\n"
                + "</toride:SecurityModel>\n");

        CliRun before = toride("format", "--check", model.toString());
        CliRun format = toride("format", model.toString());
        CliRun after = toride("format", "--check", model.toString());

        assertEquals(1, before.exitCode(), before.out() + before.err());
        assertEquals(0, format.exitCode(), format.err());
        assertEquals(0, after.exitCode(), after.out() + after.err());
        String content = Files.readString(model);
        assertTrue(content.contains("<zones id=\"zone-"), content);
        assertTrue(content.contains("name=\"DMZ\" kind=\"DMZ\""), content);
    }

    @Test
    void formatKeepsAStatedNoAndTheInventoryShowsWhatIsNotStated() throws IOException {
        Path model = dir.resolve("facts.toride");
        Files.writeString(model, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<toride:SecurityModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:toride=\"http://www.toride.org/model/1.0\" id=\"m\" name=\"facts\">\n"
                + "  <assets xsi:type=\"toride:ControlSystem\" id=\"ot-1\" name=\"Pump PLC\"/>\n"
                + "  <assets xsi:type=\"toride:InformationSystem\" id=\"sys-1\" name=\"Billing\" kind=\"DATABASE\"/>\n"
                + "  <flows id=\"flow-no\" name=\"Said no\" source=\"sys-1\" target=\"ot-1\" encrypted=\"false\"/>\n"
                + "  <flows id=\"flow-silent\" name=\"Said nothing\" source=\"ot-1\" target=\"sys-1\"/>\n"
                + "</toride:SecurityModel>\n");

        CliRun format = toride("format", model.toString());
        String content = Files.readString(model);
        Path flows = dir.resolve("flows.csv");
        Path assets = dir.resolve("assets.csv");
        CliRun inventory = toride("inventory", model.toString(), "--format", "csv", "--lang", "ja", "--sheet",
                "flows", "-o", flows.toString());
        toride("inventory", model.toString(), "--format", "csv", "--lang", "ja", "-o", assets.toString());

        assertEquals(0, format.exitCode(), format.err());
        assertTrue(content.contains("name=\"Said no\"") && content.contains("encrypted=\"false\""), content);
        assertFalse(content.replaceFirst("encrypted=\"false\"", "").contains("encrypted="), content);
        assertFalse(content.contains("channel="), content);
        assertEquals(0, inventory.exitCode(), inventory.err());
        String flowRows = Files.readString(flows);
        assertTrue(flowRows.contains("Said no,Billing,Pump PLC,,未記入,,いいえ,未記入"), flowRows);
        assertTrue(flowRows.contains("Said nothing,Pump PLC,Billing,,未記入,,未記入,未記入"), flowRows);
        String assetRows = Files.readString(assets);
        assertTrue(assetRows.contains("Pump PLC,制御システム,未記入"), assetRows);
        assertTrue(assetRows.contains("Billing,情報システム,データベース"), assetRows);
    }

    @Test
    void formatRefusesABrokenModelAndLeavesItAlone() throws IOException {
        Path model = dir.resolve("broken.toride");
        String broken = "<?xml version=\"1.0\"?>\n<toride:SecurityModel xmlns:toride=\"http://www.toride.org/model/1.0\">";
        Files.writeString(model, broken);

        CliRun run = toride("format", model.toString());

        assertEquals(2, run.exitCode());
        assertEquals(broken, Files.readString(model));
    }

    @Test
    void checkReportsThePlantedGapsAndExitsOne() {
        CliRun run = toride("check", example().toString(), "--today", "2026-11-27");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("ERROR   NET-01 conduit-supplier-control"), run.out());
        assertTrue(run.out().matches("(?s).*\\n\\d+ errors, \\d+ warnings, \\d+ info, 0 waived; \\d+ requirements checked on 2026-11-27\\n"),
                run.out());
    }

    @Test
    void checkFailOnNeverExitsZeroAndWritesTheReportAtomically() throws IOException {
        Path report = dir.resolve("report.sarif");

        CliRun run = toride("check", example().toString(), "--format", "sarif", "-o", report.toString(), "--fail-on", "never");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(report).contains("\"version\": \"2.1.0\""));
        assertTrue(run.err().contains("errors,"), run.err());
    }

    @Test
    void brokenRequirementFileIsBadInputAndComputesNoFindings() throws IOException {
        Path broken = dir.resolve("broken.treq");
        Files.writeString(broken, "requirements mine {\n  requirement M-01 \"x\" {\n    guideline NISC-4.1.3.2.ki.network\n"
                + "    severity error\n    for each z : Zone\n    require z.colour == RED\n    message \"m\"\n  }\n}\n");

        CliRun run = toride("check", example().toString(), "--requirements", broken.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: " + broken + ":6:"), run.err());
        assertTrue(run.err().contains("Zone has no feature 'colour'"), run.err());
        assertTrue(run.err().contains("no findings computed"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void requirementFilesThatDeclareNothingAreBadInputNotASilentFallBackToTheBaseline() throws IOException {
        Path empty = dir.resolve("empty.treq");
        Files.writeString(empty, "");
        Path comments = dir.resolve("comments.treq");
        Files.writeString(comments, "// our rules, to be written\n/* later */\n");
        Path folder = Files.createDirectories(dir.resolve("no-rules"));

        for (Path named : List.of(empty, comments, folder)) {
            CliRun run = toride("check", example().toString(), "--requirements", named.toString());

            assertEquals(2, run.exitCode(), named + ": " + run.err());
            assertTrue(run.err().startsWith("error: " + named + ": "), run.err());
            assertTrue(run.err().contains("no findings computed"), run.err());
            assertEquals("", run.out());
        }
        assertTrue(toride("check", example().toString(), "--requirements", comments.toString()).err()
                .contains("declares no requirement set, profile or waiver"));
        assertTrue(toride("report", example().toString(), "-o", dir.resolve("r.html").toString(), "--requirements",
                empty.toString()).exitCode() == 2);
    }

    @Test
    void aFileOfWaiversOnlyStillChecksTheBaseline() throws IOException {
        Path waivers = dir.resolve("waivers.treq");
        Files.writeString(waivers, "waiver NET-01 on \"c-1\" because \"r\" owner \"o\" expires 2099-12-01\n");

        CliRun run = toride("check", example().toString(), "--requirements", waivers.toString(), "--fail-on", "never");

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("declares no"), run.err());
    }

    @Test
    void junitOutputHasOneTestCasePerRequirement() {
        CliRun run = toride("check", example().toString(), "--format", "junit", "--fail-on", "never");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("<?xml"), run.out());
        assertTrue(run.out().contains("<testcase classname=\"toride.NISC-4_1_3_2_ki_network\" name=\"NET-01 "), run.out());
    }

    @Test
    void unknownProfileIsBadInput() {
        CliRun run = toride("check", example().toString(), "--profile", "nope");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: no profile named 'nope'"), run.err());
    }

    @Test
    void checkSpeaksJapaneseWhenAsked() {
        CliRun run = toride("check", example().toString(), "--lang", "ja", "--today", "2026-11-27");

        assertTrue(run.out().contains("境界なしに信頼できないゾーンと制御系ゾーンを直接接続している"), run.out());
        // Values as the model editor shows them, in Japanese: no raw literal, boolean or duration (issue 19).
        assertTrue(run.out().contains("フィルタリング: はい、監視: いいえ"), run.out());
        assertTrue(run.out().contains("レビュー結果: 不合格"), run.out());
        assertTrue(run.out().contains("12か月"), run.out());
        for (String raw : new String[] { "true", "false", "FAILED", "months", "AUDIT_RIGHT", "DEVELOPMENT" }) {
            assertFalse(run.out().contains(raw), raw + " in " + run.out());
        }
    }

    @Test
    void inventoryWritesEachFormatAndRejectsBadOptions() throws IOException {
        Path xlsx = dir.resolve("inventory.xlsx");
        Path html = dir.resolve("inventory.html");

        CliRun workbook = toride("inventory", example().toString(), "--format", "xlsx", "-o", xlsx.toString(), "--lang", "ja");
        CliRun page = toride("inventory", example().toString(), "--format", "html", "-o", html.toString());
        CliRun noOutput = toride("inventory", example().toString(), "--format", "xlsx");
        CliRun badSheet = toride("inventory", example().toString(), "--format", "csv", "--sheet", "nope");

        assertEquals(0, workbook.exitCode(), workbook.err());
        assertTrue(Files.size(xlsx) > 5000);
        assertEquals(0, page.exitCode(), page.err());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        assertEquals(2, noOutput.exitCode());
        assertEquals("error: --format xlsx needs --output FILE\n", noOutput.err());
        assertEquals(2, badSheet.exitCode());
        assertTrue(badSheet.err().startsWith("error: no sheet 'nope'"), badSheet.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] { "new", "info", "check", "report", "inventory", "import", "export", "diagram", "format", "lsp" }) {
            CliRun run = toride(command, "--help");
            assertEquals(0, run.exitCode(), command + ": " + run.err());
            assertTrue(run.out().startsWith("Usage: toride " + command), run.out());
        }
    }

    @Test
    void reportWritesTheReviewAndNeedsAnOutputFile() throws IOException {
        Path html = dir.resolve("review.html");

        CliRun run = toride("report", example().toString(), "-o", html.toString(), "--today", "2026-11-27");
        CliRun missing = toride("report", example().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(html).contains("Compliance matrix by guideline item"));
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("error: Missing required option: '--output=FILE'"), missing.err());
    }

    @Test
    void importRejectsBadRowsWithLineNumbersAndLeavesTheModelAlone() throws IOException {
        Path model = dir.resolve("m.toride");
        Files.copy(example(), model);
        Path csv = dir.resolve("assets.csv");
        Files.writeString(csv, "ID,Name,Type\n,ok,InformationSystem\n,bad,Spaceship\n");

        CliRun rejected = toride("import", csv.toString(), "--into", model.toString());
        byte[] afterRejected = Files.readAllBytes(model);
        CliRun partial = toride("import", csv.toString(), "--into", model.toString(), "--partial");

        assertEquals(2, rejected.exitCode());
        assertTrue(rejected.err().contains("error: " + csv + ":3: unknown Type 'Spaceship'"), rejected.err());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(example()), afterRejected), "model changed");
        assertEquals(2, partial.exitCode());
        assertTrue(partial.out().contains("1 created"), partial.out());
        assertTrue(Files.readString(model).contains("name=\"ok\""));
    }

    @Test
    void diagramWritesSvgAndTheReportEmbedsBothViews() throws IOException {
        Path svg = dir.resolve("network.svg");
        Path report = dir.resolve("review.html");

        CliRun diagram = toride("diagram", example().toString(), "--view", "dataflow", "-o", svg.toString());
        CliRun badView = toride("diagram", example().toString(), "--view", "sideways");
        CliRun japanese = toride("diagram", example().toString(), "--lang", "ja");
        CliRun review = toride("report", example().toString(), "-o", report.toString());

        assertEquals(0, diagram.exitCode(), diagram.err());
        assertTrue(Files.readString(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertEquals(2, badView.exitCode());
        assertEquals(0, japanese.exitCode(), japanese.err());
        assertTrue(japanese.out().contains("制御系"), "--lang ja names zone kinds in Japanese");
        String html = Files.readString(report);
        assertEquals(0, review.exitCode(), review.err());
        assertEquals(2, html.split("<svg ", -1).length - 1, "the report should inline both diagrams");
    }

    @Test
    void diagramsAndTheReportShowTheDiagramAsArrangedInTheEditor() throws IOException {
        Path model = dir.resolve("water-utility.toride");
        Files.copy(example(), model);
        CliRun plain = toride("diagram", model.toString());
        // What the diagram editor writes when the user drags the billing system somewhere else.
        Files.writeString(dir.resolve("water-utility.toride.layout"),
                "{ \"network\": { \"sys-billing\": { \"x\": 40, \"y\": 50, \"width\": 210, \"height\": 60 } } }");
        CliRun arranged = toride("diagram", model.toString());
        CliRun review = toride("report", model.toString(), "-o", dir.resolve("review.html").toString());
        Files.writeString(dir.resolve("water-utility.toride.layout"), "{ \"network\": ");
        CliRun broken = toride("diagram", model.toString());

        assertEquals(0, arranged.exitCode(), arranged.err());
        assertTrue(arranged.out().matches("(?s).*<rect id=\"sys-billing\" x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"210.0\" height=\"60.0\".*"),
                "the moved box keeps the size the user gave it");
        assertFalse(plain.out().contains("width=\"210.0\" height=\"60.0\""));
        assertEquals(0, review.exitCode(), review.err());
        assertTrue(Files.readString(dir.resolve("review.html")).contains("width=\"210.0\" height=\"60.0\""),
                "the report's figure is the arranged diagram");
        assertEquals(0, broken.exitCode(), "an unreadable layout file does not stop the diagram: " + broken.err());
        assertTrue(broken.err().startsWith("warning: " + dir.resolve("water-utility.toride.layout")), broken.err());
        assertEquals(plain.out(), broken.out(), "without a readable layout file ELK lays it out");
    }

    @Test
    void jsonOutputCarriesOutcomesFindingsAndWhatEachRead() {
        CliRun run = toride("check", example().toString(), "--format", "json", "--today", "2026-11-27", "--fail-on", "never");

        assertEquals(0, run.exitCode(), run.err());
        com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(11, json.getAsJsonObject("summary").get("error").getAsInt());
        assertEquals(69, json.getAsJsonArray("requirements").size());
        com.google.gson.JsonObject first = json.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertTrue(first.getAsJsonArray("dependsOn").size() > 0, first.toString());
        assertTrue(first.getAsJsonArray("guideline").size() > 0, first.toString());
    }

    @Test
    void thousandsOfTheSameMistakeArePrintedOnceEachUpToALimitThenCounted() throws IOException {
        Path broken = dir.resolve("dup.toride");
        StringBuilder model = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<toride:SecurityModel"
                + " xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:toride=\"http://www.toride.org/model/1.0\""
                + " id=\"m\">\n");
        for (int i = 0; i < 1000; i++) {
            model.append("  <zones id=\"zone-same\"/>\n");
        }
        Files.writeString(broken, model.append("</toride:SecurityModel>\n"));

        CliRun run = toride("info", broken.toString());

        assertEquals(2, run.exitCode());
        String[] lines = run.err().split("\n");
        assertEquals(DiagnosticPrinter.PER_KIND + 1, lines.length, run.err());
        assertEquals("error: " + broken + ": 979 more duplicate id problems like the above", lines[lines.length - 1]);
    }
}
