/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.toride.core.impact.BlastRadius;
import org.toride.core.impact.Containment;
import org.toride.core.impact.Spread;
import org.toride.core.impact.Step;
import org.toride.model.Conduit;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.Zone;
import org.toride.model.ZoneKind;
import org.toride.testsupport.SyntheticModels;

/**
 * Impact analysis on a synthetic model of at least {@code assets} assets, from its Internet zone (which reaches
 * nearly all of it): {@code impact:blast-radius} (the spread and the services it reaches),
 * {@code impact:blast-radius+paths} (and the path of every reached element, as the JSON prints them),
 * {@code impact:after-conduit-change} (one conduit's {@code blocksSpread} flipped outside the timed part, another
 * each time, then the blast radius again) and {@code impact:containment} (the minimum cut for every service).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ImpactBenchmark {

    @Param("50000")
    public int assets;

    private SecurityModel model;
    private Zone internet;
    private List<Conduit> conduits;
    @Setup(Level.Trial)
    public void generate() {
        int elements = assets * 2;
        model = SyntheticModels.generate(elements, 1);
        while (model.getAssets().size() < assets) {
            elements = (int) (elements * 1.05 * assets / model.getAssets().size());
            model = SyntheticModels.generate(elements, 1);
        }
        internet = model.getZones().stream().filter(z -> z.getKind() == ZoneKind.INTERNET).findFirst().orElseThrow();
        conduits = List.copyOf(model.getConduits());
        BlastRadius radius = Spread.from(internet);
        System.out.printf("%n%d elements asked, %d assets, %d zones, %d conduits; the Internet reaches %d zones and "
                + "assets%n", elements, model.getAssets().size(), model.getZones().size(), conduits.size(),
                radius.reachedZonesAndAssets().size());
    }

    /** One conduit changed before each invocation: another one marked {@code blocksSpread}, or the last one cleared. */
    @State(Scope.Benchmark)
    public static class ConduitChange {
        private int next;
        private Conduit changed;

        @Setup(Level.Invocation)
        public void change(ImpactBenchmark bench) {
            if (changed != null) {
                changed.setBlocksSpread(false);
                changed = null;
            } else {
                next += 7919;
                changed = bench.conduits.get(Math.floorMod(next, bench.conduits.size()));
                changed.setBlocksSpread(true);
            }
        }
    }

    @Benchmark
    public Object blastRadius() {
        BlastRadius radius = Spread.from(internet);
        return radius.services(model);
    }

    @Benchmark
    public void blastRadiusWithPaths(Blackhole hole) {
        BlastRadius radius = Spread.from(internet);
        hole.consume(radius.services(model));
        for (ModelElement element : radius.reachedZonesAndAssets()) {
            List<Step> path = radius.path(element);
            hole.consume(path);
        }
    }

    @Benchmark
    public Object afterConduitChange(ConduitChange change) {
        return Spread.from(internet).services(model);
    }

    @Benchmark
    public Object containment() {
        return Containment.of(model, internet, model.getServices());
    }
}
