/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.toride.model.Asset;
import org.toride.model.ModelElement;
import org.toride.model.Zone;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** An {@link ImpactResult} as JSON (docs/impact.md), plain text or Markdown, in English or Japanese. */
public final class ImpactReport {

    private final ImpactResult result;
    private final ResourceBundle labels;
    private final boolean markdown;

    private ImpactReport(ImpactResult result, String lang, boolean markdown) {
        this.result = result;
        this.labels = ResourceBundle.getBundle("org.toride.core.impact.labels", Locale.forLanguageTag(lang),
                ImpactReport.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.markdown = markdown;
    }

    /** The JSON document of docs/impact.md. */
    public static String json(ImpactResult result) {
        BlastRadius radius = result.radius();
        JsonObject root = new JsonObject();
        root.addProperty("start", radius.start().getId());
        JsonObject isolated = new JsonObject();
        isolated.add("cut", ids(radius.isolation().cut()));
        isolated.add("stopped", ids(radius.isolation().stopped()));
        root.add("isolated", isolated);
        root.add("reached", ids(radius.reachedZonesAndAssets()));
        JsonObject paths = new JsonObject();
        for (ModelElement element : radius.reachedZonesAndAssets()) {
            JsonArray path = new JsonArray();
            for (Step step : radius.path(element)) {
                JsonObject s = new JsonObject();
                s.addProperty("from", step.from().getId());
                s.addProperty("rule", step.kind().label());
                s.addProperty("via", step.via() == null ? null : step.via().getId());
                s.addProperty("to", step.to().getId());
                path.add(s);
            }
            paths.add(element.getId(), path);
        }
        root.add("services", ids(result.services().stream().map(ServiceExposure::service).toList()));
        JsonArray exposures = new JsonArray();
        for (ServiceExposure exposure : result.services()) {
            JsonObject e = new JsonObject();
            e.addProperty("id", exposure.service().getId());
            e.add("reachedAssets", ids(exposure.reachedAssets()));
            e.add("backups", ids(exposure.backups()));
            e.add("backupsReached", ids(exposure.backupsReached()));
            e.addProperty("alternativeLeft", exposure.alternativeLeft());
            exposures.add(e);
        }
        root.add("serviceDetails", exposures);
        root.add("paths", paths);
        root.add("isolationCost", result.cost() == null ? JsonNull.INSTANCE : cost(result.cost()));
        Containment containment = result.containment();
        root.add("cut", containment == null ? JsonNull.INSTANCE : ids(containment.cut()));
        if (containment != null) {
            JsonObject c = new JsonObject();
            c.add("targets", ids(containment.targets()));
            c.add("uncontainable", ids(containment.uncontainable()));
            c.add("isolationPoints", ids(containment.cut().stream().map(k -> k.getIsolationPoint())
                    .filter(p -> p != null).toList()));
            JsonArray plans = new JsonArray();
            for (Containment.PlanCoverage coverage : containment.plans()) {
                JsonObject p = new JsonObject();
                p.addProperty("service", coverage.service().getId());
                p.addProperty("covered", coverage.covered());
                p.add("missing", ids(coverage.missing()));
                p.add("withoutPoint", ids(coverage.withoutPoint()));
                plans.add(p);
            }
            c.add("plans", plans);
            c.add("cost", cost(containment.cost()));
            root.add("containment", c);
        }
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root)
                + "\n";
    }

    private static JsonObject cost(IsolationCost cost) {
        JsonObject c = new JsonObject();
        c.add("stoppedFlows", ids(cost.stoppedFlows()));
        JsonArray services = new JsonArray();
        for (IsolationCost.ServiceLoss loss : cost.services()) {
            JsonObject s = new JsonObject();
            s.addProperty("id", loss.service().getId());
            s.add("lostAssets", ids(loss.lostAssets()));
            s.add("lostFlows", ids(loss.lostFlows()));
            s.add("backupsLeft", ids(loss.backupsLeft()));
            s.addProperty("alternativeLeft", loss.alternativeLeft());
            s.addProperty("rtoMinutes", loss.rtoMinutes());
            s.addProperty("maxOutageMinutes", loss.maxOutageMinutes());
            s.addProperty("deadlineMinutes", loss.deadlineMinutes());
            s.addProperty("atRisk", loss.atRisk());
            JsonArray alternatives = new JsonArray();
            loss.alternatives().forEach(alternatives::add);
            s.add("alternatives", alternatives);
            services.add(s);
        }
        c.add("services", services);
        return c;
    }

    private static JsonArray ids(Collection<? extends ModelElement> elements) {
        JsonArray array = new JsonArray();
        elements.forEach(e -> array.add(e.getId()));
        return array;
    }

    /** Plain text ({@code markdown} false) or Markdown, with labels in {@code lang} (en or ja). */
    public static String text(ImpactResult result, String lang, boolean markdown) {
        return new ImpactReport(result, lang, markdown).render(true);
    }

    /**
     * Plain text without the path of every reached element: the workbench's Impact view lists those in a table of
     * their own, and at a large operator's scale they run to tens of thousands of lines.
     */
    public static String withoutPaths(ImpactResult result, String lang) {
        return new ImpactReport(result, lang, false).render(false);
    }

    /**
     * What cutting costs, as plain text lines in {@code lang}: the flows that stop and, per service, what it loses,
     * its backups, and by when the cut must end. The model editor shows this beside an isolation point's typed impact.
     */
    public static String costText(IsolationCost cost, String lang) {
        ImpactReport report = new ImpactReport(null, lang, false);
        List<String> out = new ArrayList<>();
        report.cost(out, cost);
        return String.join("\n", out) + "\n";
    }

    private String render(boolean paths) {
        List<String> out = new ArrayList<>();
        BlastRadius radius = result.radius();
        out.add((markdown ? "# " : "") + label("title", name(radius.start())));
        out.add("");
        long zones = radius.reachedZonesAndAssets().stream().filter(Zone.class::isInstance).count();
        long assets = radius.reachedZonesAndAssets().stream().filter(Asset.class::isInstance).count();
        out.add(label("reached", zones, assets));
        if (!radius.isolation().isEmpty()) {
            out.add(label("isolated", list(radius.isolation().cut()), list(radius.isolation().stopped())));
        }
        heading(out, "services");
        for (ServiceExposure exposure : result.services()) {
            item(out, 0, label("service.line", name(exposure.service()), exposure.reachedAssets().size()) + " — "
                    + label(exposure.alternativeLeft() ? "alternative.left" : "alternative.none"));
            if (!exposure.backups().isEmpty()) {
                item(out, 1, label("backups", list(exposure.backups()), list(exposure.backupsReached())));
            }
        }
        if (result.cost() != null) {
            heading(out, "cost");
            cost(out, result.cost());
        }
        Containment containment = result.containment();
        if (containment != null) {
            heading(out, "containment");
            out.add(containment.cut().isEmpty() ? label("cut.none")
                    : label("cut", String.join(", ", containment.cut().stream().map(c -> c.getIsolationPoint() == null
                            ? c.getId() : c.getId() + " (" + c.getIsolationPoint().getId() + ")").toList())));
            if (!containment.uncontainable().isEmpty()) {
                out.add(label("uncontainable", list(containment.uncontainable())));
            }
            for (Containment.PlanCoverage coverage : containment.plans()) {
                String service = coverage.service().getId();
                if (coverage.covered()) {
                    item(out, 0, label("plans.covered", service));
                }
                if (!coverage.missing().isEmpty()) {
                    item(out, 0, label("plans.missing", service, list(coverage.missing())));
                }
                if (!coverage.withoutPoint().isEmpty()) {
                    item(out, 0, label("plans.nopoint", service, list(coverage.withoutPoint())));
                }
            }
            if (!containment.cut().isEmpty()) {
                heading(out, "containment.cost");
                cost(out, containment.cost());
            }
        }
        if (!paths) {
            return String.join("\n", out) + "\n";
        }
        heading(out, "paths");
        for (ModelElement element : radius.reachedZonesAndAssets()) {
            if (element == radius.start()) {
                continue;
            }
            StringBuilder path = new StringBuilder(element.getId()).append(": ").append(radius.start().getId());
            for (Step step : radius.path(element)) {
                path.append(" -[").append(step.kind().label());
                if (step.via() != null) {
                    path.append(' ').append(step.via().getId());
                }
                path.append("]-> ").append(step.to().getId());
            }
            item(out, 0, markdown ? "`" + path + "`" : path.toString());
        }
        return String.join("\n", out) + "\n";
    }

    private void cost(List<String> out, IsolationCost cost) {
        out.add(label("flows.stopped", list(cost.stoppedFlows())));
        for (IsolationCost.ServiceLoss loss : cost.services()) {
            List<String> parts = new ArrayList<>();
            if (!loss.lostAssets().isEmpty()) {
                parts.add(label("loss.assets", list(loss.lostAssets())));
            }
            if (!loss.lostFlows().isEmpty()) {
                parts.add(label("loss.flows", list(loss.lostFlows())));
            }
            item(out, 0, name(loss.service()) + ": " + String.join("; ", parts));
            item(out, 1, label("backups.left", list(loss.backupsLeft())) + " — "
                    + label(loss.alternativeLeft() ? "alternative.left" : "alternative.none"));
            if (loss.atRisk()) {
                item(out, 1, label("at.risk", loss.deadlineMinutes(), orNone(loss.rtoMinutes()),
                        orNone(loss.maxOutageMinutes())));
            }
            if (!loss.alternatives().isEmpty()) {
                item(out, 1, label("alternatives", String.join(" / ", loss.alternatives())));
            }
        }
    }

    private String orNone(Integer minutes) {
        return minutes == null ? label("none") : minutes.toString();
    }

    private void heading(List<String> out, String key) {
        out.add("");
        out.add(markdown ? "## " + label(key) : label(key) + ":");
        if (markdown) {
            out.add("");
        }
    }

    private void item(List<String> out, int depth, String text) {
        out.add("  ".repeat(depth + (markdown ? 0 : 1)) + (markdown ? "- " : "") + text);
    }

    private String list(Collection<? extends ModelElement> elements) {
        return elements.isEmpty() ? label("none")
                : String.join(", ", elements.stream().map(ModelElement::getId).toList());
    }

    private static String name(ModelElement element) {
        return element.getName() == null || element.getName().isBlank() ? element.getId()
                : element.getId() + " (" + element.getName() + ")";
    }

    private String label(String key, Object... arguments) {
        return new MessageFormat(labels.getString(key), Locale.ROOT).format(arguments);
    }
}
