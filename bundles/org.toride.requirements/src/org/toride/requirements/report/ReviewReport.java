/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.report;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.toride.core.html.Html;
import org.toride.model.Control;
import org.toride.model.Operator;
import org.toride.model.Risk;
import org.toride.model.SecurityModel;
import org.toride.model.edit.EditLabels;
import org.toride.requirements.engine.AppliedWaiver;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.EvaluationProblem;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.requirements.Severity;

/**
 * The security-by-design review report: one self-contained HTML page (no network fetches, all model text
 * escaped, printable) with a summary and verdict, the compliance matrix by guideline item, findings by severity,
 * waivers, the risk register and the Statement of Applicability, in English or Japanese.
 */
public final class ReviewReport {

    private final ResourceBundle text;
    private final String lang;

    /** A report in {@code locale} (English or Japanese). */
    public ReviewReport(Locale locale) {
        this.text = ResourceBundle.getBundle("org.toride.requirements.report.review", locale,
                ReviewReport.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.lang = locale.getLanguage().equals("ja") ? "ja" : "en";
    }

    /** A figure of the report: a caption and an SVG document to inline. */
    public record Figure(String caption, String svg) {
    }

    /** Writes the report of {@code result} on {@code model} (read from {@code modelFile}), without figures. */
    public void write(SecurityModel model, String modelFile, CheckResult result, PrintWriter out) {
        write(model, modelFile, result, List.of(), out);
    }

    /** Writes the report with {@code figures} (the network and data-flow diagrams) after the risk register. */
    public void write(SecurityModel model, String modelFile, CheckResult result, List<Figure> figures,
            PrintWriter out) {
        String title = t("title") + ": " + (model.getName() == null ? modelFile : model.getName());
        out.print(Html.head(title, lang));
        out.println("<h1>" + e(title) + "</h1>");
        summary(model, modelFile, result, out);
        List<Compliance.Row> matrix = Compliance.matrix(result);
        matrix(matrix, out);
        findings(result, out);
        waivers(result, out);
        risks(model, out);
        new ImpactSection(this::t).write(model, out);
        figures(figures, out);
        applicability(matrix, out);
        out.println("</body></html>");
        out.flush();
    }

    private void summary(SecurityModel model, String modelFile, CheckResult result, PrintWriter out) {
        Operator operator = model.getOperator();
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        long disabled = result.outcomes().stream().filter(o -> o.disabled()).count();
        long waived = result.findings().stream().filter(Finding::waived).count();
        out.println("<h2 id=\"summary\">" + t("summary") + "</h2>");
        out.println("<table>");
        row(out, t("operator"), operator == null ? "-" : operator.getName());
        row(out, t("sector"), operator == null || !operator.isSetSector() ? "-" : literal(operator.getSector()));
        row(out, t("model"), modelFile);
        row(out, t("date"), result.today().toString());
        row(out, t("profile"), result.profile() == null ? t("none") : result.profile());
        row(out, t("requirements"), (result.outcomes().size() - disabled) + (disabled > 0 ? " (" + disabled + " "
                + t("disabled") + ")" : ""));
        row(out, t("findings"), errors + " ERROR, " + warnings + " WARNING, " + result.count(Severity.INFO)
                + " INFO, " + waived + " " + t("waived"));
        out.println("</table>");
        String verdict = errors > 0 ? MessageFormat.format(text.getString("verdict.fail"), errors)
                : warnings > 0 ? MessageFormat.format(text.getString("verdict.warn"), warnings)
                        : text.getString("verdict.pass");
        out.println("<p class=\"badge " + (errors > 0 ? "ERROR" : warnings > 0 ? "WARNING" : "MET") + "\"><strong>"
                + e(verdict) + "</strong></p>");
    }

    private void matrix(List<Compliance.Row> matrix, PrintWriter out) {
        out.println("<h2 id=\"matrix\">" + t("matrix") + "</h2>");
        out.println("<div class=\"sheet\"><table><thead><tr><th>" + t("item") + "</th><th>" + t("reference") + "</th><th>"
                + t("summaryColumn") + "</th><th>" + t("status") + "</th><th>" + t("requirement") + "</th><th>"
                + t("violations") + "</th><th>" + t("waived") + "</th></tr></thead><tbody>");
        for (Compliance.Row row : matrix) {
            out.println("<tr><td>" + e(row.item().id()) + "</td><td>" + e(row.item().reference()) + "</td><td>"
                    + e(row.item().summary("ja".equals(lang))) + "</td><td><span class=\"badge " + row.status() + "\">"
                    + t("status." + row.status()) + "</span></td><td>"
                    + e(String.join(", ", row.requirements().stream().map(r -> r.requirementId()).toList()))
                    + "</td><td>" + row.violations() + "</td><td>" + row.waived() + "</td></tr>");
        }
        out.println("</tbody></table></div>");
    }

    private void findings(CheckResult result, PrintWriter out) {
        out.println("<h2 id=\"findings\">" + t("findingsBySeverity") + "</h2>");
        List<Finding> active = result.activeFindings();
        if (active.isEmpty()) {
            out.println("<p>" + t("noFindings") + "</p>");
        } else {
            out.println("<div class=\"sheet\"><table><thead><tr><th>" + t("severity") + "</th><th>" + t("requirement")
                    + "</th><th>" + t("element") + "</th><th>" + t("message") + "</th><th>" + t("item")
                    + "</th></tr></thead><tbody>");
            for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
                for (Finding finding : active) {
                    if (finding.severity() == severity) {
                        out.println("<tr><td><span class=\"badge " + severity.getName() + "\">"
                                + t("severity." + severity.getName())
                                + "</span></td><td>" + e(finding.requirementId()) + "</td><td>" + e(finding.elementId())
                                + (finding.elementName() == null ? "" : "<br>" + e(finding.elementName())) + "</td><td>"
                                + e(finding.message()) + "</td><td>" + e(String.join(", ", finding.guidelineIds()))
                                + "</td></tr>");
                    }
                }
            }
            out.println("</tbody></table></div>");
        }
        if (!result.problems().isEmpty()) {
            out.println("<h3>" + t("problems") + "</h3><ul>");
            for (EvaluationProblem problem : result.problems()) {
                out.println("<li>" + e(problem.requirementId() + " " + (problem.elementId() == null ? "" : problem.elementId())
                        + ": " + problem.message()) + "</li>");
            }
            out.println("</ul>");
        }
    }

    private void waivers(CheckResult result, PrintWriter out) {
        out.println("<h2 id=\"waivers\">" + t("waivers") + "</h2>");
        if (result.waivers().isEmpty()) {
            out.println("<p>" + t("noWaivers") + "</p>");
            return;
        }
        out.println("<table><thead><tr><th>" + t("requirement") + "</th><th>" + t("element") + "</th><th>"
                + t("reason") + "</th><th>" + t("owner") + "</th><th>" + t("expires") + "</th><th>" + t("waiverState")
                + "</th></tr></thead><tbody>");
        for (AppliedWaiver waiver : result.waivers()) {
            out.println("<tr><td>" + e(waiver.requirementId()) + "</td><td>" + e(waiver.elementId()) + "</td><td>"
                    + e(waiver.reason()) + "</td><td>" + e(waiver.owner()) + "</td><td>" + waiver.expires() + "</td><td>"
                    + "<span class=\"badge " + (waiver.expired() ? "WARNING" : "MET") + "\">"
                    + t(waiver.expired() ? "waiver.expired" : "waiver.active") + "</span></td></tr>");
        }
        out.println("</tbody></table>");
    }

    private void risks(SecurityModel model, PrintWriter out) {
        out.println("<h2 id=\"risks\">" + t("risks") + "</h2>");
        if (model.getRisks().isEmpty()) {
            out.println("<p>" + t("noRisks") + "</p>");
            return;
        }
        out.println("<div class=\"sheet\"><table><thead><tr><th>" + t("risk") + "</th><th>" + t("threat") + "</th><th>"
                + t("likelihood") + "</th><th>" + t("impact") + "</th><th>" + t("level") + "</th><th>" + t("threshold")
                + "</th><th>" + t("treatment") + "</th><th>" + t("owner") + "</th><th>" + t("controls") + "</th><th>"
                + t("acceptance") + "</th></tr></thead><tbody>");
        for (Risk risk : model.getRisks()) {
            Integer threshold = risk.getCriteria() == null ? null : risk.getCriteria().getThreshold();
            boolean over = threshold != null && risk.getLevel() >= threshold;
            out.println("<tr><td>" + e(risk.getId()) + "<br>" + e(risk.getName()) + "</td><td>" + e(risk.getThreat())
                    + "</td><td>" + risk.getLikelihood() + "</td><td>" + risk.getImpact() + "</td><td><span class=\"badge "
                    + (over ? "ERROR" : "MET") + "\">" + risk.getLevel() + "</span></td><td>"
                    + (threshold == null ? "-" : threshold) + "</td><td>" + e(literal(risk.getTreatment())) + "</td><td>"
                    + e(risk.getOwner() == null ? "-" : risk.getOwner().getName()) + "</td><td>"
                    + e(String.join(", ", risk.getControls().stream().map(Control::getName).toList())) + "</td><td>"
                    + e(risk.getAcceptedBy() == null ? "" : risk.getAcceptedBy().getName())
                    + (risk.getAcceptanceRationale() == null ? "" : "<br>" + e(risk.getAcceptanceRationale()))
                    + "</td></tr>");
        }
        out.println("</tbody></table></div>");
    }

    private void figures(List<Figure> figures, PrintWriter out) {
        if (figures.isEmpty()) {
            return;
        }
        out.println("<h2 id=\"diagrams\">" + t("diagrams") + "</h2>");
        for (Figure figure : figures) {
            // The SVG comes from Toride's own renderer, which escapes all model text.
            out.println("<figure class=\"sheet\"><figcaption><strong>" + e(figure.caption()) + "</strong></figcaption>");
            out.println(figure.svg());
            out.println("</figure>");
        }
    }

    private void applicability(List<Compliance.Row> matrix, PrintWriter out) {
        out.println("<h2 id=\"soa\">" + t("soa") + "</h2>");
        out.println("<div class=\"sheet\"><table><thead><tr><th>" + t("item") + "</th><th>" + t("reference")
                + "</th><th>" + t("adopted") + "</th><th>" + t("justification") + "</th></tr></thead><tbody>");
        for (Compliance.Row row : matrix) {
            boolean adopted = row.status() != Compliance.Status.NOT_APPLICABLE;
            out.println("<tr><td>" + e(row.item().id()) + "</td><td>" + e(row.item().reference()) + "</td><td>"
                    + t(adopted ? "yes" : "no") + "</td><td>" + e(row.justification() == null ? "" : row.justification())
                    + "</td></tr>");
        }
        out.println("</tbody></table></div>");
    }

    private void row(PrintWriter out, String label, String value) {
        out.println("<tr><th>" + e(label) + "</th><td>" + e(value) + "</td></tr>");
    }

    /** How the model editor names {@code value} in this report's language (水道 for WATER, 低減 for REDUCE). */
    private String literal(org.eclipse.emf.common.util.Enumerator value) {
        return EditLabels.literal(value, "ja".equals(lang) ? Locale.JAPANESE : Locale.ENGLISH);
    }

    /** The caption for a diagram of {@code view} ("network" or "dataflow"), in the report's language. */
    public String caption(String view) {
        return text.getString("diagram." + view);
    }

    /** The caption for the data-flow diagram of one critical service, named {@code service}. */
    public String serviceCaption(String service) {
        return java.text.MessageFormat.format(text.getString("diagram.dataflow.service"), service);
    }

    /** The word for {@code status} in this report's language (適合, violated…). */
    public String status(Compliance.Status status) {
        return t("status." + status);
    }

    private String t(String key) {
        return Html.escape(text.getString(key));
    }

    private static String e(String value) {
        return Html.escape(value);
    }
}
