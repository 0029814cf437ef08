/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.toride.compare.ModelLabels;
import org.toride.compare.version.Approvals;
import org.toride.core.io.ModelSaver;
import org.toride.model.Evidence;
import org.toride.model.Outcome;

/**
 * Recording that a change passed (or failed) its review: a {@code SECURITY_DESIGN_REVIEW} evidence of the reviewed
 * assets with the date, the reviewer, the outcome and the digest of the model as approved, appended to the model
 * under review and saved with the model's atomic save. {@code --baseline approved} finds that state again by its
 * digest (see {@link org.toride.compare.version.ModelVersions}).
 */
public final class ReviewApprovals {

    private ReviewApprovals() {
    }

    /**
     * Appends the record to {@code review}'s new model, saves it to {@code modelFile} and returns what the sign-off
     * block shows; {@code document} (the review pack's file name, or null) is kept with the digest.
     */
    public static ChangeReviewPage.SignOff approve(ChangeReview review, Path modelFile, String reviewer,
            Outcome outcome, LocalDate date, String document, Locale locale) throws IOException {
        Evidence evidence = Approvals.record(review.next(), reviewer, outcome, date, review.reviewedAssets(), document,
                new ModelLabels(locale));
        new ModelSaver().save(review.next(), modelFile);
        return new ChangeReviewPage.SignOff(reviewer, outcome, date, Approvals.digestOf(evidence), evidence.getId());
    }
}
