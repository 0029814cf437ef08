/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.DataAsset;
import org.toride.model.DataFlow;
import org.toride.model.Evidence;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;
import org.toride.model.edit.EditAdapters;
import org.toride.requirements.engine.IncrementalCheck;
import org.toride.requirements.engine.RequirementsLanguage;

/**
 * Incremental re-checks ({@code check-incremental:EDIT}): the time an {@link IncrementalCheck} takes to be current
 * again after one edit made through the editing domain's command stack, as the workbench and {@code toride serve}
 * make them, and after the undo of that edit. The command itself is made outside the timed part: what is timed is
 * the check hearing it and re-evaluating what it touched.
 * <p>
 * Every invocation edits another element (the candidates are walked with a stride), so nothing is timed on an
 * element the previous invocation left in a cache; every edit is undone after it, so the model stays the one
 * generated. The model and its check are kept per JVM: the quick run does not fork, and setting them up again for
 * each of the fourteen edits would cost more than timing them.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IncrementalBenchmark {

    private static final ToridePackage P = ToridePackage.eINSTANCE;
    private static final Map<Integer, Checked> CHECKED = new HashMap<>();

    /** A synthetic model in an editing domain, with an incremental check listening to it. */
    static final class Checked {
        final SecurityModel model;
        final EditingDomain domain;
        final IncrementalCheck check;
        final List<Conduit> conduits;
        final List<Asset> assets;
        final List<Asset> referenced;
        final List<DataAsset> data;
        final List<CriticalService> services;
        final List<Evidence> evidence;
        final List<Zone> zones;
        int next;

        Checked(int elements) {
            LoadResult loaded = new ModelLoader().load(Bench.model(elements));
            if (loaded.hasErrors()) {
                throw new IllegalStateException(loaded.errors().toString());
            }
            model = loaded.model();
            domain = EditAdapters.domain(EditAdapters.create(), loaded.resource().getResourceSet());
            RequirementsLanguage language = RequirementsLanguage.standalone();
            check = IncrementalCheck.start(model, Bench.requirements(language, List.of()), null, EngineBenchmark.TODAY,
                    false, language);
            check.update();
            conduits = List.copyOf(model.getConduits());
            assets = model.getAssets().stream().filter(a -> a.getZone() != null).toList();
            referenced = model.getAssets().stream()
                    .filter(a -> !a.getOutgoingFlows().isEmpty() && !a.getSupportedServices().isEmpty()).toList();
            data = model.getAssets().stream().filter(DataAsset.class::isInstance).map(DataAsset.class::cast).toList();
            services = List.copyOf(model.getServices());
            evidence = List.copyOf(model.getEvidence());
            zones = List.copyOf(model.getZones());
            if (referenced.isEmpty() || data.isEmpty() || zones.size() < 2) {
                throw new IllegalStateException("the synthetic model lacks what the edits need");
            }
        }

        /** Another candidate each time, spread over the whole list. */
        <T> T pick(List<T> candidates) {
            next += 7919;
            return candidates.get(Math.floorMod(next, candidates.size()));
        }

        Command command(String edit) {
            return switch (edit) {
                case "filtered" -> {
                    Conduit conduit = pick(conduits);
                    yield SetCommand.create(domain, conduit, P.getConduit_Filtered(), !conduit.isFiltered());
                }
                case "rename" -> {
                    Asset asset = pick(assets);
                    yield SetCommand.create(domain, asset, P.getModelElement_Name(), asset.getName() + " (renamed)");
                }
                case "add-flow" -> {
                    Asset source = pick(assets);
                    Asset target = pick(assets);
                    while (target.getZone() == source.getZone()) {
                        target = pick(assets);
                    }
                    DataFlow flow = TorideFactory.eINSTANCE.createDataFlow();
                    flow.setId("bench-flow-" + next);
                    flow.setName(source.getName() + " to " + target.getName());
                    flow.getData().add(pick(data));
                    // As the diagram makes one (CreateEdgeHandler): its ends set in the command, which undo clears.
                    CompoundCommand create = new CompoundCommand("Create data flow");
                    create.append(AddCommand.create(domain, model, P.getSecurityModel_Flows(), flow));
                    create.append(SetCommand.create(domain, flow, P.getDataFlow_Source(), source));
                    create.append(SetCommand.create(domain, flow, P.getDataFlow_Target(), target));
                    yield create;
                }
                case "delete-referenced" -> DeleteCommand.create(domain, pick(referenced));
                case "move-zone" -> {
                    Asset asset = pick(assets);
                    Zone zone = pick(zones);
                    while (zone == asset.getZone()) {
                        zone = pick(zones);
                    }
                    yield SetCommand.create(domain, asset, P.getAsset_Zone(), zone);
                }
                case "add-support" -> {
                    CriticalService service = pick(services);
                    Asset asset = pick(assets);
                    while (service.getSupportingAssets().contains(asset)) {
                        asset = pick(assets);
                    }
                    yield AddCommand.create(domain, service, P.getCriticalService_SupportingAssets(), asset);
                }
                case "evidence-date" -> {
                    Evidence record = pick(evidence);
                    yield SetCommand.create(domain, record, P.getEvidence_Date(),
                            EngineBenchmark.TODAY.minusDays(1 + Math.floorMod(next, 700)));
                }
                default -> throw new IllegalArgumentException(edit);
            };
        }

        void execute(String edit) {
            Command command = command(edit);
            if (!command.canExecute()) {
                throw new IllegalStateException(edit + ": " + command.getLabel() + " cannot be executed");
            }
            domain.getCommandStack().execute(command);
        }
    }

    static synchronized Checked checked(int elements) {
        return CHECKED.computeIfAbsent(elements, Checked::new);
    }

    /** The edit being timed; the check is current before it. */
    @State(Scope.Thread)
    public static class Edit {
        @Param({ "1000" })
        public int elements;

        @Param({ "filtered", "rename", "add-flow", "delete-referenced", "move-zone", "add-support", "evidence-date" })
        public String edit;

        Checked checked;

        @Setup(Level.Trial)
        public void load() {
            checked = checked(elements);
        }

        @Setup(Level.Invocation)
        public void edit() {
            checked.execute(edit);
        }

        @TearDown(Level.Invocation)
        public void undo() {
            CommandStack stack = checked.domain.getCommandStack();
            stack.undo();
            checked.check.update();
            stack.flush();
        }
    }

    /** The undo being timed; the check was current after the edit it undoes. */
    @State(Scope.Thread)
    public static class Undo {
        @Param({ "1000" })
        public int elements;

        @Param({ "filtered", "rename", "add-flow", "delete-referenced", "move-zone", "add-support", "evidence-date" })
        public String edit;

        Checked checked;

        @Setup(Level.Trial)
        public void load() {
            checked = checked(elements);
        }

        @Setup(Level.Invocation)
        public void editThenUndo() {
            checked.execute(edit);
            checked.check.update();
            checked.domain.getCommandStack().undo();
        }

        @TearDown(Level.Invocation)
        public void flush() {
            checked.domain.getCommandStack().flush();
        }
    }

    @Benchmark
    public IncrementalCheck.Delta edit(Edit state) {
        return state.checked.check.update();
    }

    @Benchmark
    public IncrementalCheck.Delta undo(Undo state) {
        return state.checked.check.update();
    }
}
