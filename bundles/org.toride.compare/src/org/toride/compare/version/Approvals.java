/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.version;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.toride.compare.ElementState;
import org.toride.compare.ModelLabels;
import org.toride.core.io.LoadResult;
import org.toride.model.Asset;
import org.toride.model.Evidence;
import org.toride.model.EvidenceKind;
import org.toride.model.TorideFactory;
import org.toride.model.Outcome;
import org.toride.model.Person;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;

/**
 * Recorded approvals of a model's security design, and how the approved state is found again. An approval is a
 * {@code SECURITY_DESIGN_REVIEW} evidence in the model whose document reference ends in
 * {@code #model-sha256=DIGEST}, the {@link ModelDigest} of the model as approved. The approved state is named by that
 * digest: {@code approved} is the newest passed review's, found in the model file as it is or, going back, in its git
 * history, so approving needs no tag and survives branches, merges and rebases.
 */
public final class Approvals {

    /** The guideline item a security-design review evidences (acquisition, 4.1.3 (2)(ク)). */
    public static final String GUIDELINE_ITEM = "NISC-4.1.3.2.ku.acquisition";

    private static final String MARK = "#model-sha256=";
    private static final Pattern DIGEST = Pattern.compile("#model-sha256=([0-9a-f]{64})$");

    private Approvals() {
    }

    /** Whether {@code element} is a review record written by Toride (left out of digests). */
    public static boolean isRecord(ElementState element) {
        return element.type() == ToridePackage.Literals.EVIDENCE
                && element.value(ToridePackage.Literals.EVIDENCE__DOCUMENT_REF) instanceof String ref
                && DIGEST.matcher(ref).find();
    }

    /** The digest an evidence records, or null when it records none. */
    public static String digestOf(Evidence evidence) {
        if (evidence.getDocumentRef() == null) {
            return null;
        }
        Matcher matcher = DIGEST.matcher(evidence.getDocumentRef());
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The newest passed (or passed with conditions) review that records a digest, or null. */
    public static Evidence latestApproval(SecurityModel model) {
        Evidence latest = null;
        for (Evidence evidence : model.getEvidence()) {
            boolean passed = evidence.getOutcome() == Outcome.PASSED
                    || evidence.getOutcome() == Outcome.PASSED_WITH_CONDITIONS;
            if (evidence.getKind() == EvidenceKind.SECURITY_DESIGN_REVIEW && passed && digestOf(evidence) != null
                    && (latest == null || !before(evidence.getDate(), latest.getDate()))) {
                latest = evidence;
            }
        }
        return latest;
    }

    private static boolean before(LocalDate date, LocalDate other) {
        return date != null && other != null && date.isBefore(other);
    }

    /**
     * Appends the record of a review of {@code model} as it is now: a {@code SECURITY_DESIGN_REVIEW} evidence of the
     * assets {@code covered} (by id), dated {@code date}, with the reviewer (as owner when a person of the model has
     * that name), the outcome and {@code document#model-sha256=DIGEST}. The caller saves the model.
     */
    public static Evidence record(SecurityModel model, String reviewer, Outcome outcome, LocalDate date,
            Collection<String> covered, String document, ModelLabels labels) {
        String digest = ModelDigest.of(model);
        Evidence evidence = TorideFactory.eINSTANCE.createEvidence();
        evidence.setKind(EvidenceKind.SECURITY_DESIGN_REVIEW);
        evidence.setName(labels.text("approval.name", reviewer, date.toString()));
        evidence.setDescription(labels.text("approval.description", reviewer,
                labels.member(ToridePackage.Literals.EVIDENCE__OUTCOME, outcome.getName(), id -> null)));
        evidence.setDate(date);
        evidence.setOutcome(outcome);
        evidence.getGuidelineItems().add(GUIDELINE_ITEM);
        evidence.setDocumentRef((document == null ? "" : document) + MARK + digest);
        for (Person person : model.getPersons()) {
            if (reviewer.equals(person.getName())) {
                evidence.setOwner(person);
                break;
            }
        }
        for (Asset asset : model.getAssets()) {
            if (covered.contains(asset.getId())) {
                evidence.getCovers().add(asset);
            }
        }
        model.getEvidence().add(evidence);
        return evidence;
    }

    /** The version of {@code modelFile} its newest approval approved: the file itself or a revision in git. */
    static ModelVersion approvedVersion(Path modelFile) throws VersionException {
        ModelVersion current = ModelVersion.ofFile(modelFile);
        LoadResult loaded = current.load();
        if (loaded.hasErrors() || loaded.model() == null) {
            throw new VersionException(modelFile + ": cannot be read to find its approved state"
                    + loaded.errors().stream().findFirst().map(d -> " (" + d.toLocatedString() + ")").orElse(""));
        }
        Evidence approval = latestApproval(loaded.model());
        if (approval == null) {
            throw new VersionException(modelFile + ": records no approved review (approve one with toride review "
                    + "BASE " + modelFile + " -o review.html --approve --reviewer NAME --outcome passed)");
        }
        String wanted = digestOf(approval);
        String what = "approved state (sha256 " + wanted.substring(0, 12) + "…, " + approval.getName() + ")";
        if (wanted.equals(ModelDigest.of(loaded.model()))) {
            return current;
        }
        Path absolute = modelFile.toAbsolutePath().normalize();
        Git git = new Git(absolute.getParent());
        List<String> history;
        try {
            history = git.history(absolute.getFileName().toString());
        } catch (java.io.IOException e) {
            throw new VersionException(modelFile + ": the " + what + " is not the file as it is, and its git history "
                    + "cannot be read: " + e.getMessage(), e);
        }
        for (String commit : history) {
            byte[] content;
            try {
                content = git.show(commit, absolute.getFileName().toString());
            } catch (java.io.IOException e) {
                throw new VersionException(modelFile + ": " + e.getMessage(), e);
            }
            if (content == null) {
                continue;
            }
            LoadResult old = new org.toride.core.io.ModelLoader().load(modelFile, content);
            if (!old.hasErrors() && old.model() != null && wanted.equals(ModelDigest.of(old.model()))) {
                String label = ModelVersions.APPROVED + "@" + commit.substring(0, 12);
                return ModelVersions.atCommit(git, label, commit, modelFile);
            }
        }
        throw new VersionException(modelFile + ": the " + what + " is in no commit of its git history; commit the "
                + "model as approved");
    }
}
