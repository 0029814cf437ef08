/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.toride.compare.diff.DiffText;
import org.toride.compare.ModelLabels;
import org.toride.core.io.ModelSaver;
import org.toride.model.Outcome;
import org.toride.workflow.ChangeReview;
import org.toride.workflow.ChangeReviewPage;
import org.toride.workflow.ReviewApprovals;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code toride review BASE NEW -o review.html}: the review pack of a change (diff, new, resolved and unchanged
 * findings, the compliance delta, both versions' diagrams with the change drawn over them, a sign-off block).
 * {@code --approve} records the review in NEW (a {@code SECURITY_DESIGN_REVIEW} evidence with the reviewer, the
 * outcome and the approved model's digest) with the model's atomic save.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Write the security-by-design review pack of a change (HTML); --approve records the review in the model.",
        footer = { "", "BASE is a model file, a git revision of NEW's file (HEAD~1, main, a tag) or 'approved'.",
                "Exit codes: 0 written, 2 bad input." })
final class ReviewCommand implements Callable<Integer> {

    /** Outcomes of a review. */
    enum ReviewOutcome {
        passed(Outcome.PASSED), passed_with_conditions(Outcome.PASSED_WITH_CONDITIONS), failed(Outcome.FAILED);

        final Outcome outcome;

        ReviewOutcome(Outcome outcome) {
            this.outcome = outcome;
        }

        static ReviewOutcome parse(String text) {
            return valueOf(text.strip().toLowerCase(Locale.ROOT).replace('-', '_'));
        }
    }

    @Parameters(paramLabel = "[BASE] NEW", arity = "1..2",
            description = "The base and the model under review; with --base, only the model.")
    private List<String> files;

    @Option(names = "--base", paramLabel = "BASE", description = "The base: a file, a git revision or 'approved'.")
    private String base;

    @Option(names = { "--output", "-o" }, paramLabel = "FILE", required = true, description = "The HTML file.")
    private Path output;

    @Option(names = "--requirements", paramLabel = "FILE|DIR", description = "As for check; repeatable.")
    private List<Path> requirements = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "NAME", description = "Apply this profile.")
    private String profile;

    @Option(names = "--lang", paramLabel = "LANG", description = "en (default) or ja.")
    private CheckCommand.Language lang = CheckCommand.Language.en;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Judge dates, and date the approval, as of this day.")
    private LocalDate today;

    @Option(names = "--approve", description = "Record the review in NEW (needs --reviewer and --outcome).")
    private boolean approve;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "Who reviewed (a person of the model if named so).")
    private String reviewer;

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "passed, passed-with-conditions or failed.")
    private String outcome;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Toride toride;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        BaseInput.Arguments arguments = BaseInput.Arguments.of(files, base, err);
        if (arguments == null) {
            return Toride.BAD_INPUT;
        }
        String baseSpec = arguments.base();
        Path model = arguments.model();
        ReviewOutcome decided = null;
        if (approve) {
            if (reviewer == null || reviewer.isBlank() || outcome == null) {
                err.println("error: --approve needs --reviewer NAME and --outcome passed|passed-with-conditions|failed");
                return Toride.BAD_INPUT;
            }
            try {
                decided = ReviewOutcome.parse(outcome);
            } catch (IllegalArgumentException e) {
                err.println("error: --outcome takes passed, passed-with-conditions or failed, not '" + outcome + "'");
                return Toride.BAD_INPUT;
            }
        } else if (reviewer != null || outcome != null) {
            err.println("error: --reviewer and --outcome record a review only with --approve");
            return Toride.BAD_INPUT;
        }
        boolean japanese = lang == CheckCommand.Language.ja;
        Locale locale = japanese ? Locale.JAPANESE : Locale.ENGLISH;
        CheckRun run = CheckRun.of(toride.language(), model, requirements, profile, today, japanese, err);
        if (run == null) {
            return Toride.BAD_INPUT;
        }
        BaseInput old = BaseInput.of(baseSpec, model, err);
        if (old == null) {
            return Toride.BAD_INPUT;
        }
        ChangeReview review = ChangeReview.of(old.loaded().model(), old.label(), LayoutInput.read(old.version(), err),
                run.loaded().model(), model.toString(), LayoutInput.read(model, err),
                m -> m == run.loaded().model() ? run.result() : run.inputs().check(old.loaded()));
        ChangeReviewPage.SignOff signOff = null;
        if (decided != null) {
            signOff = ReviewApprovals.approve(review, model, reviewer.strip(), decided.outcome,
                    today == null ? LocalDate.now() : today, output.getFileName().toString(), locale);
            err.println(model + ": review recorded as evidence " + signOff.evidence() + " (" + decided.name()
                    .replace('_', '-') + ", approved model sha256 " + signOff.digest() + ")");
        }
        ModelSaver.writeAtomically(ChangeReviewPage.html(review, locale, signOff), output);
        err.println(output + ": " + DiffText.summary(review.diff(), new ModelLabels(locale)) + "; "
                + review.findings().summary(locale));
        return Toride.OK;
    }
}
