/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.model.DataFlow;
import org.toride.model.Evidence;
import org.toride.model.EvidenceKind;
import org.toride.model.Outcome;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.testsupport.Repository;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The review gate as a team meets it: {@code diff} against a file and a git revision, {@code check --baseline} as the
 * CI gate (new findings only), {@code review} with an approval that a later {@code --baseline approved} finds, and
 * {@code merge} as a driver's command — each on the example in a real git repository, with bad input exiting 2.
 */
class ReviewGateCommandsTest {

    @TempDir
    Path dir;

    private Path model() {
        return dir.resolve("water-utility.toride");
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", args) + ": " + output);
    }

    /** The example committed in a new repository. */
    private void committedExample() throws Exception {
        Files.copy(Repository.waterUtility(), model());
        git("init", "-q", "-b", "main");
        git("add", ".");
        git("commit", "-q", "-m", "approved design");
    }

    private static void edit(Path file, Consumer<SecurityModel> change) throws IOException {
        LoadResult loaded = new ModelLoader().load(file);
        assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
        change.accept(loaded.model());
        new ModelSaver().save(loaded.model(), file);
    }

    /** A new flow of customer data, unencrypted across the Internet, beside the branch billing flow. */
    private static void addUnencryptedExport(SecurityModel model, String id) {
        DataFlow flow = model.getFlows().stream().filter(f -> f.getId().equals("flow-branch-billing")).findFirst()
                .orElseThrow();
        DataFlow copy = TorideFactory.eINSTANCE.createDataFlow();
        copy.setId(id);
        copy.setName("Billing export " + id);
        copy.setSource(flow.getSource());
        copy.setTarget(flow.getTarget());
        copy.getData().addAll(flow.getData());
        copy.getConduits().addAll(flow.getConduits());
        copy.setChannel(flow.getChannel());
        copy.setEncrypted(false);
        model.getFlows().add(copy);
    }

    private static void encryptBranchBilling(SecurityModel model) {
        model.getFlows().stream().filter(f -> f.getId().equals("flow-branch-billing")).findFirst().orElseThrow()
                .setEncrypted(true);
    }

    @Test
    void diffAgainstAGitRevisionListsTheChangeAndExitsOneAsDiffDoes() throws Exception {
        committedExample();
        edit(model(), m -> {
            addUnencryptedExport(m, "flow-branch-export");
            encryptBranchBilling(m);
        });

        CliRun text = CliRun.of("diff", "HEAD", model().toString());
        CliRun json = CliRun.of("diff", "--base", "main", model().toString(), "--format", "json");
        CliRun japanese = CliRun.of("diff", "HEAD", model().toString(), "--lang", "ja");
        CliRun same = CliRun.of("diff", Repository.waterUtility().toString(), Repository.waterUtility().toString());

        assertEquals(1, text.exitCode(), text.err());
        assertTrue(text.out().contains("HEAD:" + model()), text.out());
        assertTrue(text.out().contains("+ flow-branch-export"), text.out());
        assertTrue(text.out().contains("~ flow-branch-billing"), text.out());
        assertTrue(text.out().contains("1 added, 0 removed, 1 changed, 0 moved"), text.out());
        assertEquals(1, json.exitCode(), json.err());
        JsonObject root = JsonParser.parseString(json.out()).getAsJsonObject();
        JsonArray added = root.getAsJsonArray("added");
        assertEquals("flow-branch-export", added.get(0).getAsJsonObject().get("id").getAsString());
        JsonObject changed = root.getAsJsonArray("changed").get(0).getAsJsonObject();
        assertEquals("flow-branch-billing", changed.get("id").getAsString());
        JsonObject feature = changed.getAsJsonArray("features").get(0).getAsJsonObject();
        assertEquals("encrypted", feature.get("feature").getAsString());
        assertEquals(false, feature.get("before").getAsBoolean());
        assertEquals(true, feature.get("after").getAsBoolean());
        assertEquals(0, root.getAsJsonArray("removed").size());
        assertTrue(japanese.out().contains("追加"), japanese.out());
        assertEquals(0, same.exitCode(), same.out() + same.err());
        // The work tree is never touched by reading a revision.
        assertTrue(Files.readString(model()).contains("flow-branch-export"));
    }

    @Test
    void badBasesExitTwoNamingWhatIsWrong() throws Exception {
        committedExample();
        Path broken = dir.resolve("broken.toride");
        Files.writeString(broken, "<toride:SecurityModel xmlns:toride=\"http://www.toride.org/model/1.0\"><zones id=");

        CliRun noRevision = CliRun.of("diff", "no-such-branch", model().toString());
        CliRun brokenBase = CliRun.of("diff", broken.toString(), model().toString());
        CliRun brokenBaseline = CliRun.of("check", model().toString(), "--baseline", broken.toString());
        CliRun notApproved = CliRun.of("check", model().toString(), "--baseline", "approved");
        CliRun oneFile = CliRun.of("diff", model().toString());

        assertEquals(2, noRevision.exitCode());
        assertTrue(noRevision.err().contains("no-such-branch: neither a file nor a git revision"), noRevision.err());
        assertEquals(2, brokenBase.exitCode());
        assertTrue(brokenBase.err().startsWith("error: " + broken + ":1:"), brokenBase.err());
        assertEquals(2, brokenBaseline.exitCode());
        assertTrue(brokenBaseline.err().contains("error: " + broken + ":1:"), brokenBaseline.err());
        assertEquals(2, notApproved.exitCode());
        assertTrue(notApproved.err().contains("records no approved review"), notApproved.err());
        assertEquals(2, oneFile.exitCode());
        assertFalse((noRevision.err() + brokenBase.err() + oneFile.err()).contains("Exception"));
    }

    @Test
    void theGateFailsOnANewFindingOnlyAndSarifTagsEveryResult() throws Exception {
        committedExample();
        CliRun unchanged = CliRun.of("check", model().toString(), "--baseline", "HEAD", "--today", "2026-11-27");
        CliRun withoutBaseline = CliRun.of("check", model().toString(), "--today", "2026-11-27");
        edit(model(), m -> addUnencryptedExport(m, "flow-branch-export"));

        CliRun fresh = CliRun.of("check", model().toString(), "--baseline", "HEAD", "--format", "sarif", "--today",
                "2026-11-27");
        CliRun text = CliRun.of("check", model().toString(), "--baseline", "HEAD", "--today", "2026-11-27");

        assertEquals(1, withoutBaseline.exitCode(), "the example has old errors");
        assertEquals(0, unchanged.exitCode(), "old, known findings do not block: " + unchanged.out());
        assertTrue(unchanged.out().strip().endsWith("0 new, " + unchanged.out().lines()
                .filter(l -> l.startsWith("[unchanged]")).count() + " unchanged, 0 resolved"), unchanged.out());
        assertEquals(1, fresh.exitCode(), "a new unencrypted flow across the Internet fails the gate");
        JsonArray results = JsonParser.parseString(fresh.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject().getAsJsonArray("results");
        int fresher = 0;
        for (var result : results) {
            JsonObject r = result.getAsJsonObject();
            String state = r.get("baselineState").getAsString();
            String element = r.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonArray("logicalLocations")
                    .get(0).getAsJsonObject().get("name").getAsString();
            assertEquals(element.equals("flow-branch-export") ? "new" : "unchanged", state, element);
            fresher += state.equals("new") ? 1 : 0;
        }
        assertTrue(fresher >= 1);
        assertTrue(text.out().contains("[new]       ERROR   CRY-01 flow-branch-export"), text.out());
    }

    @Test
    void anApprovedReviewIsRecordedAndBecomesTheBaseline() throws Exception {
        committedExample();
        edit(model(), m -> {
            addUnencryptedExport(m, "flow-branch-export");
            encryptBranchBilling(m);
        });
        Path pack = dir.resolve("review.html");

        CliRun review = CliRun.of("review", "HEAD", model().toString(), "-o", pack.toString(), "--approve",
                "--reviewer", "Sato Hanako", "--outcome", "passed-with-conditions", "--today", "2026-11-27");

        assertEquals(0, review.exitCode(), review.err());
        String html = Files.readString(pack);
        assertTrue(html.contains("New findings ("), html);
        assertTrue(html.contains("flow-branch-export"), html);
        assertTrue(html.contains("Resolved findings ("), html);
        assertTrue(html.contains(".rv-next [id=\"flow-branch-export\"]"), "the new flow is drawn green");
        assertTrue(html.contains(".rv-base [id=\"flow-branch-billing\"]"), "the changed flow is outlined");
        assertTrue(html.contains("Sato Hanako") && html.contains("passed with conditions"), "sign-off filled in");
        LoadResult approved = new ModelLoader().load(model());
        Evidence record = approved.model().getEvidence().get(approved.model().getEvidence().size() - 1);
        assertEquals(EvidenceKind.SECURITY_DESIGN_REVIEW, record.getKind());
        assertEquals(Outcome.PASSED_WITH_CONDITIONS, record.getOutcome());
        assertEquals("2026-11-27", record.getDate().toString());
        assertTrue(record.getDocumentRef().matches("review\\.html#model-sha256=[0-9a-f]{64}"), record.getDocumentRef());
        assertTrue(record.getCovers().stream().anyMatch(a -> a.getId().equals(
                approved.model().getFlows().stream().filter(f -> f.getId().equals("flow-branch-export")).findFirst()
                        .orElseThrow().getSource().getId())), "the reviewed systems are covered");

        // The approved state is the file as it is, then the commit holding it once the model moves on.
        CliRun asApproved = CliRun.of("check", model().toString(), "--baseline", "approved", "--today", "2026-11-27");
        git("commit", "-q", "-am", "reviewed");
        edit(model(), m -> addUnencryptedExport(m, "flow-branch-export-2"));
        CliRun afterMore = CliRun.of("check", model().toString(), "--baseline", "approved", "--today",
                "2026-11-27");
        CliRun diff = CliRun.of("diff", "approved", model().toString());

        assertEquals(0, asApproved.exitCode(), asApproved.out() + asApproved.err());
        assertTrue(asApproved.out().contains("\n0 new, "), asApproved.out());
        assertEquals(1, afterMore.exitCode(), afterMore.out() + afterMore.err());
        assertTrue(afterMore.out().contains("[new]       ERROR   CRY-01 flow-branch-export-2"), afterMore.out());
        assertFalse(afterMore.out().contains("[new]       ERROR   CRY-01 flow-branch-export "), afterMore.out());
        assertTrue(afterMore.out().contains("Baseline: approved@"), afterMore.out());
        assertTrue(diff.out().contains("+ flow-branch-export-2"), diff.out());
        assertFalse(diff.out().contains("+ flow-branch-export "), diff.out());
    }

    @Test
    void reviewRefusesAnIncompleteApprovalAndLeavesTheModelAlone() throws Exception {
        committedExample();
        byte[] before = Files.readAllBytes(model());

        CliRun noOutcome = CliRun.of("review", "HEAD", model().toString(), "-o", dir.resolve("r.html").toString(),
                "--approve", "--reviewer", "Sato");
        CliRun badOutcome = CliRun.of("review", "HEAD", model().toString(), "-o", dir.resolve("r.html").toString(),
                "--approve", "--reviewer", "Sato", "--outcome", "ok");
        CliRun japanese = CliRun.of("review", "HEAD", model().toString(), "-o", dir.resolve("ja.html").toString(),
                "--lang", "ja");

        assertEquals(2, noOutcome.exitCode());
        assertEquals(2, badOutcome.exitCode());
        assertTrue(badOutcome.err().contains("'ok'"), badOutcome.err());
        assertArrayEquals(before, Files.readAllBytes(model()));
        assertEquals(0, japanese.exitCode(), japanese.err());
        assertTrue(Files.readString(dir.resolve("ja.html")).contains("変更のセキュリティ・バイ・デザイン審査"));
        assertArrayEquals(before, Files.readAllBytes(model()), "a review without --approve writes no model");
    }

    @Test
    void mergeAsADriverCommandWritesOursAndListsConflicts() throws Exception {
        Path base = dir.resolve("base.toride");
        Path ours = dir.resolve("ours.toride");
        Path theirs = dir.resolve("theirs.toride");
        for (Path p : List.of(base, ours, theirs)) {
            Files.copy(Repository.waterUtility(), p);
        }
        edit(ours, m -> addUnencryptedExport(m, "flow-ours"));
        edit(theirs, this::encryptBranchBillingAndAddTheirs);

        CliRun clean = CliRun.of("merge", base.toString(), ours.toString(), theirs.toString());

        assertEquals(0, clean.exitCode(), clean.err());
        SecurityModel merged = new ModelLoader().load(ours).model();
        assertTrue(merged.getFlows().stream().anyMatch(f -> f.getId().equals("flow-ours")));
        assertTrue(merged.getFlows().stream().anyMatch(f -> f.getId().equals("flow-theirs")));
        assertTrue(merged.getFlows().stream().filter(f -> f.getId().equals("flow-branch-billing")).findFirst()
                .orElseThrow().isEncrypted());

        // Both sides rename the same flow: a conflict, ours kept, listed beside the file git names.
        Files.copy(Repository.waterUtility(), ours, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Repository.waterUtility(), theirs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        edit(ours, m -> m.getFlows().get(0).setName("Ours"));
        edit(theirs, m -> m.getFlows().get(0).setName("Theirs"));
        Path named = dir.resolve("work/water-utility.toride");
        Files.createDirectories(named.getParent());

        CliRun conflict = CliRun.of("merge", base.toString(), ours.toString(), theirs.toString(), named.toString());

        assertEquals(1, conflict.exitCode(), conflict.err());
        assertTrue(conflict.err().contains(named + ": "), conflict.err());
        assertEquals("Ours", new ModelLoader().load(ours).model().getFlows().get(0).getName());
        assertFalse(Files.readString(ours).contains("<<<<<<<"));
        assertTrue(Files.exists(dir.resolve("work/water-utility.toride.conflicts")));

        byte[] oursBefore = Files.readAllBytes(ours);
        Files.writeString(theirs, "<not a model");
        CliRun bad = CliRun.of("merge", base.toString(), ours.toString(), theirs.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("theirs"), bad.err());
        assertArrayEquals(oursBefore, Files.readAllBytes(ours));
    }

    private void encryptBranchBillingAndAddTheirs(SecurityModel model) {
        encryptBranchBilling(model);
        addUnencryptedExport(model, "flow-theirs");
    }

    @Test
    void aNewModelComesWithTheMergeDriverAttributes() throws IOException {
        Path model = dir.resolve("plant/new.toride");
        Files.createDirectories(model.getParent());
        Files.writeString(dir.resolve("plant/.gitattributes"), "*.png binary");

        CliRun run = CliRun.of("new", model.toString(), "--sector", "water", "--operator", "Op");
        CliRun again = CliRun.of("new", dir.resolve("plant/second.toride").toString(), "--sector", "water",
                "--operator", "Op");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("*.png binary\n*.toride merge=toride\n*.toride.layout merge=toride\n",
                Files.readString(dir.resolve("plant/.gitattributes")));
        assertTrue(run.out().contains(".gitattributes"), run.out());
        assertFalse(again.out().contains(".gitattributes"), "written once: " + again.out());
    }
}
