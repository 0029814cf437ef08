/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.toride.core.analysis.ZoneGraph;
import org.toride.core.impact.UntrustedSpread;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.DataFlow;
import org.toride.model.ModelElement;
import org.toride.model.Plan;
import org.toride.model.SecurityModel;
import org.toride.model.Supplier;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;
import org.toride.requirements.eval.Duration;
import org.toride.requirements.eval.EvalContext;
import org.toride.requirements.eval.EvaluationException;
import org.toride.requirements.requirements.DurationUnit;
import org.toride.requirements.types.Type;

/**
 * The functions requirements can call: dates, the network graph and the impact analysis's spread. Each knows its signature (checked while the
 * user types) and how to compute its value.
 */
public enum Builtin {

    /** {@code today()}: the date of the run. */
    TODAY("today", "today(): the date of the check run", Type.DATE) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            return context.today();
        }
    },
    /** {@code date("2025-04-01")}. */
    DATE("date", "date(text): the date written as yyyy-mm-dd", Type.DATE, Type.STRING) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            try {
                return args.get(0) == null ? null : LocalDate.parse((String) args.get(0));
            } catch (DateTimeParseException e) {
                throw new EvaluationException("not a date: '" + args.get(0) + "' (write yyyy-mm-dd)");
            }
        }
    },
    /** {@code daysSince(d)}: whole days from d to today; null when d is null. */
    DAYS_SINCE("daysSince", "daysSince(date): days from the date to today, null when the date is not set", Type.NUMBER,
            Type.DATE) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            return args.get(0) == null ? null : (double) ChronoUnit.DAYS.between((LocalDate) args.get(0), context.today());
        }
    },
    /** {@code monthsSince(d)}: whole calendar months from d to today. */
    MONTHS_SINCE("monthsSince", "monthsSince(date): whole months from the date to today, null when not set",
            Type.NUMBER, Type.DATE) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            return args.get(0) == null ? null
                    : (double) ChronoUnit.MONTHS.between((LocalDate) args.get(0), context.today());
        }
    },
    /** {@code reachable(a, b)}: traffic can get from a's zone to b's zone over conduits, honouring one-way ones. */
    REACHABLE("reachable", "reachable(from, to): traffic can get from one zone (or asset's zone) to another over"
            + " any conduits, honouring one-way conduits", Type.BOOLEAN, null, null) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            Zone from = zoneOf(args.get(0), context);
            Zone to = zoneOf(args.get(1), context);
            context.reads().graph();
            return ZoneGraph.reachable(from, to, c -> true);
        }
    },
    /** {@code reachableUnfiltered(a, b)}: as reachable, but only over conduits without filtering. */
    REACHABLE_UNFILTERED("reachableUnfiltered", "reachableUnfiltered(from, to): reachable over conduits that are not"
            + " filtered", Type.BOOLEAN, null, null) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            Predicate<Conduit> unfiltered = c -> {
                context.reads().feature(c, ToridePackage.Literals.CONDUIT__FILTERED);
                return !c.isFiltered();
            };
            Zone from = zoneOf(args.get(0), context);
            Zone to = zoneOf(args.get(1), context);
            context.reads().graph();
            return ZoneGraph.reachable(from, to, unfiltered);
        }
    },
    /** {@code reachableZones(a)}: every zone reachable from a's zone (a's zone included). */
    REACHABLE_ZONES("reachableZones", "reachableZones(from): zones reachable from a zone (or an asset's zone)",
            new Type.CollectionType(new Type.ObjectType(ToridePackage.Literals.ZONE)), (Type) null) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            Zone from = zoneOf(args.get(0), context);
            context.reads().graph();
            return new ArrayList<Object>(ZoneGraph.reachableFrom(from, c -> true));
        }
    },
    /** {@code traversed(f)}: the conduits flow f crosses: as modelled, else a shortest path between its zones. */
    TRAVERSED("traversed", "traversed(flow): the conduits a flow crosses: those modelled on it, otherwise a shortest"
            + " path between its source and target zones",
            new Type.CollectionType(new Type.ObjectType(ToridePackage.Literals.CONDUIT)),
            new Type.ObjectType(ToridePackage.Literals.DATA_FLOW)) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            DataFlow flow = (DataFlow) args.get(0);
            if (flow == null) {
                return List.of();
            }
            context.reads().feature(flow, ToridePackage.Literals.DATA_FLOW__CONDUITS);
            if (!flow.getConduits().isEmpty()) {
                return new ArrayList<Object>(flow.getConduits());
            }
            context.reads().feature(flow, ToridePackage.Literals.DATA_FLOW__SOURCE);
            context.reads().feature(flow, ToridePackage.Literals.DATA_FLOW__TARGET);
            Zone from = zoneOf(flow.getSource(), context);
            Zone to = zoneOf(flow.getTarget(), context);
            context.reads().graph();
            return new ArrayList<Object>(context.paths().path(from, to));
        }
    },
    /**
     * {@code containedBy(p, x)}: with every conduit that carries one of plan p's isolation points cut, an attack
     * spreading from x (a zone, an asset or a supplier) by the impact analysis's rules reaches no supporting asset of
     * p's services that some cut of conduits would keep it from (the assets no cut protects, such as those a supplier
     * holds a grant to or provides, are not the isolation points' to contain). Null when either is null or x is
     * something no attack starts from.
     */
    CONTAINED_BY("containedBy", "containedBy(plan, from): with every conduit that carries one of the plan's isolation"
            + " points cut, an attack spreading from a zone, asset or supplier (impact analysis) reaches no supporting"
            + " asset of the plan's services that cutting conduits could protect", Type.BOOLEAN, new Type.ObjectType(ToridePackage.Literals.PLAN),
            new Type.ObjectType(ToridePackage.Literals.MODEL_ELEMENT)) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            if (!(args.get(0) instanceof Plan plan) || !(args.get(1) instanceof Zone || args.get(1) instanceof Asset
                    || args.get(1) instanceof Supplier)) {
                return null;
            }
            UntrustedSpread.PlanContainment containment = context.containments().containment(plan,
                    (ModelElement) args.get(1), context.reads()::spread);
            SpreadReads.containment(plan, context.reads());
            return containment.containsContainable();
        }
    },
    /**
     * {@code attackSources(x)}: where an attack on the model x belongs to may come from: its untrusted zones, then
     * all its suppliers, in the model's order.
     */
    ATTACK_SOURCES("attackSources", "attackSources(x): the untrusted zones and all suppliers of the model x belongs"
            + " to, where the impact analysis starts an attack", new Type.CollectionType(
                    new Type.ObjectType(ToridePackage.Literals.MODEL_ELEMENT)),
            new Type.ObjectType(ToridePackage.Literals.MODEL_ELEMENT)) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            if (!(args.get(0) instanceof EObject element)
                    || !(EcoreUtil.getRootContainer(element) instanceof SecurityModel model)) {
                return List.of();
            }
            context.reads().feature(model, ToridePackage.Literals.SECURITY_MODEL__ZONES);
            context.reads().everyElement(ToridePackage.Literals.ZONE__TRUST);
            context.reads().feature(model, ToridePackage.Literals.SECURITY_MODEL__SUPPLIERS);
            List<ModelElement> starts = UntrustedSpread.starts(model);
            for (ModelElement start : starts) {
                if (start instanceof Zone zone) {
                    // what a finding names as depending on: the zones where attacks start, not all zones
                    context.reads().feature(zone, ToridePackage.Literals.ZONE__TRUST);
                }
            }
            return new ArrayList<Object>(starts);
        }
    },
    /** {@code monthsOf(n)}: a duration of n calendar months (a record's own review interval, say). */
    MONTHS_OF("monthsOf", "monthsOf(n): a duration of n months, null when n is not set", Type.DURATION, Type.NUMBER) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            return args.get(0) == null ? null
                    : new Duration((long) ((Double) args.get(0)).doubleValue(), DurationUnit.MONTHS);
        }
    },
    /** {@code daysOf(n)}: a duration of n days. */
    DAYS_OF("daysOf", "daysOf(n): a duration of n days, null when n is not set", Type.DURATION, Type.NUMBER) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            return args.get(0) == null ? null
                    : new Duration((long) ((Double) args.get(0)).doubleValue(), DurationUnit.DAYS);
        }
    },
    /**
     * {@code critical(a)}: the baseline's one meaning of "critical" (see {@link CriticalAssets}): effective criticality
     * at or above the parameter {@code criticalLevel} (HIGH when no set declares it), or flagged criticalSystem, or a
     * backup or standby ({@code backupFor}) of a critical asset.
     */
    CRITICAL("critical", "critical(asset): the asset's criticality is at or above criticalLevel (HIGH when not"
            + " declared), or it is flagged criticalSystem, or it is the backup or standby (backupFor) of a critical"
            + " asset", Type.BOOLEAN, new Type.ObjectType(ToridePackage.Literals.ASSET)) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            if (!(args.get(0) instanceof Asset asset)) {
                return null;
            }
            Object threshold = context.hasParameter(CriticalAssets.THRESHOLD)
                    ? context.parameter(CriticalAssets.THRESHOLD) : null;
            return CriticalAssets.isCritical(asset, threshold, context.reads());
        }
    },
    /** {@code max(a, b)}. */
    MAX("max", "max(a, b): the larger number", Type.NUMBER, Type.NUMBER, Type.NUMBER) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            return args.contains(null) ? null : Math.max((Double) args.get(0), (Double) args.get(1));
        }
    },
    /** {@code min(a, b)}. */
    MIN("min", "min(a, b): the smaller number", Type.NUMBER, Type.NUMBER, Type.NUMBER) {
        @Override
        public Object apply(List<Object> args, EvalContext context) {
            return args.contains(null) ? null : Math.min((Double) args.get(0), (Double) args.get(1));
        }
    };

    private static final Map<String, Builtin> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(Builtin::functionName, b -> b));

    private final String functionName;
    private final String documentation;
    private final Type result;
    private final Type[] parameters;

    Builtin(String functionName, String documentation, Type result, Type... parameters) {
        this.functionName = functionName;
        this.documentation = documentation;
        this.result = result;
        this.parameters = parameters;
    }

    /** The function called {@code name}, or null. */
    public static Builtin named(String name) {
        return BY_NAME.get(name);
    }

    /** Name as written in requirements. */
    public String functionName() {
        return functionName;
    }

    /** One line for hover and the language reference. */
    public String documentation() {
        return documentation;
    }

    /** Result type. */
    public Type result() {
        return result;
    }

    /** Parameter types; null means "a zone or an asset". */
    public Type[] parameters() {
        return parameters.clone();
    }

    /** The value on the evaluated arguments. */
    public abstract Object apply(List<Object> args, EvalContext context);

    /** The zone itself, or an asset's zone (a read of the asset's zone). */
    private static Zone zoneOf(Object value, EvalContext context) {
        if (value instanceof Zone zone) {
            return zone;
        }
        if (value instanceof Asset asset) {
            context.reads().feature(asset, ToridePackage.Literals.ASSET__ZONE);
            return asset.getZone();
        }
        return null;
    }
}
