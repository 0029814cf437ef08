/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.workflow;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.toride.compare.ModelLabels;
import org.toride.compare.diff.DiffHtml;
import org.toride.core.html.Html;
import org.toride.diagram.DiagramView;
import org.toride.diagram.Diagrams;
import org.toride.model.Outcome;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.report.BaselineComparison;
import org.toride.requirements.report.BaselineState;
import org.toride.requirements.report.ReviewReport;

/**
 * The review pack of a change as one self-contained HTML page: the diff, new, resolved and unchanged findings, the
 * compliance matrix's delta, both versions' diagrams with the change drawn over them, and a sign-off block. Every
 * model text is escaped, and the overlay's selectors are CSS-escaped, so no element name or id can inject markup.
 */
public final class ChangeReviewPage {

    /**
     * A review's outcome as recorded.
     *
     * @param reviewer the reviewer's name
     * @param outcome  passed, passed with conditions or failed
     * @param date     the day of the review
     * @param digest   the approved model's SHA-256
     * @param evidence the id of the evidence that records it in the model
     */
    public record SignOff(String reviewer, Outcome outcome, LocalDate date, String digest, String evidence) {
    }

    private static final String STYLE = "<style>.rv-diagrams{display:flex;flex-wrap:wrap;gap:16px}"
            + ".rv-diagram{flex:1 1 0;min-width:320px;max-height:85vh;margin:0;overflow:auto;border:1px solid #ccd}"
            + ".rv-diagram figcaption{position:sticky;left:0;top:0;background:#fff;padding:2px 4px}"
            + ".rv-diagram svg{max-width:none}.rv-state-new{color:#1e6e30;font-weight:bold}"
            + ".rv-state-absent{color:#8a1c14}.rv-signoff td{min-width:14em;height:2.2em}</style>\n";

    private final ResourceBundle text;
    private final ModelLabels labels;
    private final Locale locale;

    private ChangeReviewPage(Locale locale) {
        this.locale = "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        this.text = ResourceBundle.getBundle("org.toride.workflow.change-review", this.locale,
                ChangeReviewPage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.labels = new ModelLabels(this.locale);
    }

    /** The page in {@code locale}; {@code signOff} fills the sign-off block, which is left blank without it. */
    public static byte[] html(ChangeReview review, Locale locale, SignOff signOff) {
        return new ChangeReviewPage(locale).write(review, signOff).getBytes(StandardCharsets.UTF_8);
    }

    private String write(ChangeReview review, SignOff signOff) {
        StringBuilder html = new StringBuilder();
        html.append(Html.head(t("title"), labels.japanese() ? "ja" : "en")).append(DiffHtml.STYLE).append(STYLE);
        html.append("<h1>").append(esc(t("title"))).append("</h1>\n<table>");
        row(html, t("base"), review.baseLabel());
        row(html, t("next"), review.nextLabel());
        html.append("</table>\n");

        html.append("<h2>").append(esc(t("summary"))).append("</h2>\n<ul><li>")
                .append(esc(org.toride.compare.diff.DiffText.summary(review.diff(), labels))).append("</li><li>")
                .append(esc(review.findings().summary(locale))).append("</li></ul>\n");

        html.append("<h2>").append(esc(t("changes"))).append("</h2>\n");
        html.append(DiffHtml.section(review.diff(), labels, "h3"));

        BaselineComparison findings = review.findings();
        html.append("<h2>").append(esc(t("findings"))).append("</h2>\n");
        findings(html, "findings.new", BaselineState.NEW, findings.findings(BaselineState.NEW));
        findings(html, "findings.resolved", BaselineState.ABSENT, findings.absent());
        html.append("<details><summary>");
        findingsHeading(html, "findings.unchanged", findings.findings(BaselineState.UNCHANGED).size(), "span");
        html.append("</summary>\n");
        table(html, BaselineState.UNCHANGED, findings.findings(BaselineState.UNCHANGED));
        html.append("</details>\n");

        compliance(html, findings);
        diagrams(html, review);
        signOff(html, signOff);
        html.append("</body></html>\n");
        return html.toString();
    }

    private void findings(StringBuilder html, String heading, BaselineState state, List<Finding> list) {
        findingsHeading(html, heading, list.size(), "h3");
        table(html, state, list);
    }

    private void findingsHeading(StringBuilder html, String key, int count, String tag) {
        html.append('<').append(tag).append('>').append(esc(MessageFormat.format(t(key), count))).append("</")
                .append(tag).append(">\n");
    }

    private void table(StringBuilder html, BaselineState state, List<Finding> list) {
        if (list.isEmpty()) {
            html.append("<p>").append(esc(t("findings.none"))).append("</p>\n");
            return;
        }
        html.append("<table class=\"rv-findings rv-").append(state.sarifName()).append("\"><tr>");
        for (String column : List.of("col.requirement", "col.severity", "col.element", "col.message")) {
            html.append("<th>").append(esc(t(column))).append("</th>");
        }
        html.append("</tr>\n");
        for (Finding finding : list) {
            html.append("<tr class=\"rv-state-").append(state.sarifName()).append("\"><td>")
                    .append(esc(finding.requirementId())).append("</td><td>")
                    .append(esc(t("severity." + finding.severity().name()))).append("</td><td>")
                    .append(esc(finding.elementId()))
                    .append(finding.elementName() == null || finding.elementName().isBlank() ? ""
                            : " (" + esc(finding.elementName()) + ")")
                    .append("</td><td>").append(esc(finding.message())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void compliance(StringBuilder html, BaselineComparison findings) {
        html.append("<h2>").append(esc(t("compliance"))).append("</h2>\n");
        List<BaselineComparison.ComplianceChange> changes = findings.complianceChanges();
        if (changes.isEmpty()) {
            html.append("<p>").append(esc(t("compliance.none"))).append("</p>\n");
            return;
        }
        ReviewReport words = new ReviewReport(locale);
        html.append("<table class=\"rv-compliance\"><tr><th>").append(esc(t("col.item"))).append("</th><th>")
                .append(esc(t("col.before"))).append("</th><th>").append(esc(t("col.after"))).append("</th><th>")
                .append(esc(t("col.violations"))).append("</th></tr>\n");
        for (BaselineComparison.ComplianceChange change : changes) {
            html.append("<tr><td>").append(esc(change.after().item().id())).append("<br><small>")
                    .append(esc(change.after().item().summary(locale == Locale.JAPANESE))).append("</small></td><td>")
                    .append(esc(words.status(change.before().status()))).append("</td><td>")
                    .append(esc(words.status(change.after().status()))).append("</td><td>")
                    .append(change.before().violations()).append(" \u2192 ").append(change.after().violations())
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void diagrams(StringBuilder html, ChangeReview review) {
        html.append("<h2>").append(esc(t("diagrams"))).append("</h2>\n<p>").append(esc(t("legend")))
                .append("</p>\n");
        Set<String> changed = review.diff().changedIds();
        html.append("<style>")
                .append(overlay("rv-base", ids(review.diff().removed()), "#c0392b", "#f6d3d0", false))
                .append(overlay("rv-base", changed, "#e08a00", null, true))
                .append(overlay("rv-next", ids(review.diff().added()), "#1e8e3e", "#d7f0dc", false))
                .append(overlay("rv-next", changed, "#e08a00", null, true))
                .append("</style>\n");
        for (DiagramView view : DiagramView.values()) {
            String name = t(view == DiagramView.NETWORK ? "diagram.network" : "diagram.dataflow");
            html.append("<h3>").append(esc(name)).append("</h3>\n<div class=\"rv-diagrams\">");
            html.append("<figure class=\"rv-diagram rv-base\"><figcaption>")
                    .append(esc(MessageFormat.format(t("diagram.base"), review.baseLabel()))).append("</figcaption>")
                    .append(Diagrams.svg(review.base(), view, review.baseLayout(), locale)).append("</figure>");
            html.append("<figure class=\"rv-diagram rv-next\"><figcaption>")
                    .append(esc(MessageFormat.format(t("diagram.next"), review.nextLabel()))).append("</figcaption>")
                    .append(Diagrams.svg(review.next(), view, review.nextLayout(), locale)).append("</figure>");
            html.append("</div>\n");
        }
    }

    private static List<String> ids(List<org.toride.compare.diff.ElementRef> elements) {
        return elements.stream().map(org.toride.compare.diff.ElementRef::id).toList();
    }

    /** CSS drawing the elements {@code ids} in the diagrams of {@code scope}. */
    static String overlay(String scope, Collection<String> ids, String stroke, String fill, boolean dashed) {
        StringBuilder css = new StringBuilder();
        for (String id : ids) {
            String selector = "." + scope + " [id=\"" + cssString(id) + "\"]";
            css.append(selector).append(',').append(selector).append(" *{stroke:").append(stroke)
                    .append(";stroke-width:3px").append(dashed ? ";stroke-dasharray:6 3" : "").append("}");
            if (fill != null) {
                css.append(".").append(scope).append(" rect[id=\"").append(cssString(id)).append("\"]{fill:")
                        .append(fill).append("}");
            }
        }
        return css.toString();
    }

    /** {@code value} inside a CSS string: anything but plain id characters as a hex escape (no quote, no tag). */
    static String cssString(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':')) {
                out.appendCodePoint(c);
            } else {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.toString();
    }

    private void signOff(StringBuilder html, SignOff signOff) {
        html.append("<h2>").append(esc(t("signoff"))).append("</h2>\n<table class=\"rv-signoff\">");
        row(html, t("signoff.reviewer"), signOff == null ? "" : signOff.reviewer());
        row(html, t("signoff.date"), signOff == null ? "" : signOff.date().toString());
        row(html, t("signoff.outcome"), signOff == null ? "" : t("outcome." + signOff.outcome().name()));
        row(html, t("signoff.digest"), signOff == null ? "" : signOff.digest());
        row(html, t("signoff.signature"), "");
        html.append("</table>\n<p>").append(esc(signOff == null ? t("signoff.pending")
                : MessageFormat.format(t("signoff.recorded"), signOff.evidence()))).append("</p>\n");
    }

    private static void row(StringBuilder html, String head, String value) {
        html.append("<tr><th>").append(esc(head)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    private String t(String key) {
        return text.getString(key);
    }

    private static String esc(String value) {
        return Html.escape(value == null ? "" : value);
    }
}
