/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.toride.core.html.Html;
import org.toride.core.impact.BlastRadius;
import org.toride.core.impact.Containment;
import org.toride.core.impact.Isolation;
import org.toride.core.impact.IsolationCost;
import org.toride.core.impact.Spread;
import org.toride.core.impact.Step;
import org.toride.core.impact.UntrustedSpread;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.IsolationPoint;
import org.toride.model.ModelElement;
import org.toride.model.Plan;
import org.toride.model.SecurityModel;

/**
 * The review report's section on Annex 3 ③: per critical service, which untrusted zones and suppliers an attack can
 * reach it from, through which conduits, and the cut that contains each with its cost; per plan, whether its
 * isolation points contain a spread from each of them (docs/impact.md).
 */
final class ImpactSection {

    private final Function<String, String> t;

    /** {@code t} gives a label of the report, already escaped. */
    ImpactSection(Function<String, String> t) {
        this.t = t;
    }

    void write(SecurityModel model, PrintWriter out) {
        out.println("<h2 id=\"impact\">" + t.apply("spread.title") + "</h2>");
        List<ModelElement> starts = UntrustedSpread.starts(model);
        if (starts.isEmpty() || model.getServices().isEmpty()) {
            out.println("<p>" + t.apply("spread.none") + "</p>");
            return;
        }
        out.println("<p>" + t.apply("spread.intro") + "</p>");
        List<BlastRadius> radii = starts.stream().map(Spread::from).toList();
        for (CriticalService service : model.getServices()) {
            out.println("<h3>" + e(service.getId()) + " " + e(service.getName()) + "</h3>");
            out.println("<div class=\"sheet\"><table><thead><tr><th>" + t.apply("spread.start") + "</th><th>"
                    + t.apply("spread.reached") + "</th><th>" + t.apply("spread.path") + "</th><th>"
                    + t.apply("spread.cut") + "</th><th>" + t.apply("spread.cost") + "</th><th>"
                    + t.apply("spread.plans") + "</th></tr></thead><tbody>");
            for (BlastRadius radius : radii) {
                row(model, service, radius, out);
            }
            out.println("</tbody></table></div>");
        }
        points(model, out);
        if (model.getPlans().isEmpty()) {
            return;
        }
        out.println("<h3>" + t.apply("spread.planTitle") + "</h3>");
        out.println("<div class=\"sheet\"><table><thead><tr><th>" + t.apply("spread.plan") + "</th><th>"
                + t.apply("spread.start") + "</th><th>" + t.apply("spread.contains") + "</th></tr></thead><tbody>");
        for (Plan plan : model.getPlans()) {
            for (ModelElement start : starts) {
                UntrustedSpread.PlanContainment containment = UntrustedSpread.containment(plan, start);
                out.println("<tr><td>" + e(plan.getId()) + "</td><td>" + e(start.getId()) + "</td><td>"
                        + (containment.contains() ? badge("MET", t.apply("yes"))
                                : containment.containsContainable() ? badge("MET", t.apply("yes")) + " "
                                        + t.apply("spread.uncontainable") + " " + ids(containment.uncontainable())
                                : badge("ERROR", t.apply("no")) + " " + ids(containment.reached()))
                        + "</td></tr>");
            }
        }
        out.println("</tbody></table></div>");
    }

    /** Each isolation point's typed impact beside the one computed from cutting its conduit alone. */
    private void points(SecurityModel model, PrintWriter out) {
        List<Conduit> withPoint = model.getConduits().stream().filter(c -> c.getIsolationPoint() != null).toList();
        if (withPoint.isEmpty()) {
            return;
        }
        out.println("<h3>" + t.apply("spread.pointTitle") + "</h3>");
        out.println("<div class=\"sheet\"><table><thead><tr><th>" + t.apply("spread.point") + "</th><th>"
                + t.apply("spread.typed") + "</th><th>" + t.apply("spread.computed") + "</th></tr></thead><tbody>");
        for (Conduit conduit : withPoint) {
            IsolationPoint point = conduit.getIsolationPoint();
            IsolationCost cost = IsolationCost.of(model, Isolation.cutting(List.of(conduit)));
            StringBuilder computed = new StringBuilder(t.apply("spread.flows") + " "
                    + (cost.stoppedFlows().isEmpty() ? "0" : ids(cost.stoppedFlows())));
            for (IsolationCost.ServiceLoss loss : cost.services()) {
                computed.append("<br>").append(e(loss.service().getId())).append(": ")
                        .append(loss.alternativeLeft() ? t.apply("spread.backupLeft") + " " + ids(loss.backupsLeft())
                                : loss.atRisk() ? t.apply("spread.atRisk") + " " + loss.deadlineMinutes() + " min"
                                        : t.apply("spread.noBackup"));
            }
            out.println("<tr><td>" + e(point.getId()) + "<br>" + e(conduit.getId()) + "</td><td>"
                    + e(point.getImpact()) + "</td><td>" + computed + "</td></tr>");
        }
        out.println("</tbody></table></div>");
    }

    private void row(SecurityModel model, CriticalService service, BlastRadius radius, PrintWriter out) {
        List<Asset> hit = service.getSupportingAssets().stream().filter(radius::reaches).toList();
        String start = e(radius.start().getId());
        if (hit.isEmpty()) {
            out.println("<tr><td>" + start + "</td><td>" + badge("MET", "0") + "</td><td></td><td></td><td></td>"
                    + "<td></td></tr>");
            return;
        }
        Asset nearest = radius.reached().stream().filter(hit::contains).map(Asset.class::cast).findFirst()
                .orElseThrow();
        List<String> conduits = new ArrayList<>();
        for (Step step : radius.path(nearest)) {
            if (step.via() != null) {
                conduits.add(step.via().getId());
            } else if (step.kind() == Step.Kind.PROVIDES || step.kind() == Step.Kind.INSTALLED_ON) {
                conduits.add(step.kind().label() + " " + step.to().getId());
            }
        }
        Containment containment = Containment.of(model, radius.start(), List.of(service));
        StringBuilder cut = new StringBuilder(containment.cut().isEmpty() ? "-" : ids(containment.cut().stream()
                .map(c -> c.getIsolationPoint() == null ? c.getId() : c.getId() + " (" + c.getIsolationPoint().getId()
                        + ")").toList()));
        if (!containment.uncontainable().isEmpty()) {
            cut.append("<br>").append(t.apply("spread.uncontainable")).append(' ')
                    .append(ids(containment.uncontainable()));
        }
        IsolationCost cost = containment.cost();
        List<String> atRisk = cost.services().stream().filter(IsolationCost.ServiceLoss::atRisk)
                .map(l -> l.service().getId() + " (" + l.deadlineMinutes() + " min)").toList();
        String costText = t.apply("spread.flows") + " " + cost.stoppedFlows().size()
                + (atRisk.isEmpty() ? "" : "<br>" + t.apply("spread.atRisk") + " " + e(String.join(", ", atRisk)));
        Containment.PlanCoverage coverage = containment.plans().isEmpty() ? null : containment.plans().get(0);
        String plans = coverage == null || containment.cut().isEmpty() ? ""
                : coverage.covered() ? badge("MET", t.apply("yes"))
                        : badge("WARNING", t.apply("no")) + " " + ids(coverage.missing())
                                + (coverage.withoutPoint().isEmpty() ? "" : " " + ids(coverage.withoutPoint()));
        out.println("<tr><td>" + start + "</td><td>" + badge("ERROR", hit.size() + " / "
                + service.getSupportingAssets().size()) + "</td><td>" + e(String.join(" → ", conduits)) + "</td><td>"
                + cut + "</td><td>" + costText + "</td><td>" + plans + "</td></tr>");
    }

    private static String badge(String kind, String text) {
        return "<span class=\"badge " + kind + "\">" + text + "</span>";
    }

    private static String ids(List<?> elements) {
        return e(String.join(", ", elements.stream()
                .map(o -> o instanceof ModelElement m ? m.getId() : String.valueOf(o)).toList()));
    }

    private static String e(String value) {
        return Html.escape(value);
    }
}
