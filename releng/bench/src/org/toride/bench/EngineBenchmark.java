/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import org.openjdk.jmh.annotations.TearDown;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.requirements.engine.RequirementsLanguage;

/**
 * The whole-model operations of the engine benchmark on the synthetic models ({@code releng/scripts/bench-engine.sh}):
 * load, save, the full baseline check, and six requirements by the engine against the same six written by hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {

    /** The day the synthetic models are written against. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /** Size of the synthetic model, in elements (the file is models/synthetic-SIZE.toride). */
    @Param({ "1000" })
    public int elements;

    private Path file;
    private Path saved;
    private SecurityModel model;
    private RequirementsLanguage language;
    private LoadedRequirements baseline;
    private LoadedRequirements six;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Bench.model(elements);
        LoadResult loaded = new ModelLoader().load(file);
        if (loaded.hasErrors()) {
            throw new IllegalStateException(file + ": " + loaded.errors());
        }
        model = loaded.model();
        saved = Files.createTempFile("bench", ".toride");
        language = RequirementsLanguage.standalone();
        baseline = Bench.requirements(language, List.of());
        six = Bench.requirements(language, List.of(Bench.six()));
        Set<String> byEngine = new TreeSet<>();
        for (Finding finding : language.engine().check(model, six, null, TODAY).findings()) {
            byEngine.add(finding.requirementId() + " " + finding.elementId());
        }
        Set<String> byHand = HandWritten.check(model, TODAY);
        if (!byEngine.equals(byHand)) {
            throw new IllegalStateException("the engine and the hand-written six disagree: engine " + byEngine.size()
                    + ", by hand " + byHand.size());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(saved);
    }

    @Benchmark
    public LoadResult load() {
        return new ModelLoader().load(file);
    }

    @Benchmark
    public Path save() throws IOException {
        new ModelSaver().save(model, saved);
        return saved;
    }

    @Benchmark
    public CheckResult checkFull() {
        return language.engine().check(model, baseline, null, TODAY);
    }

    @Benchmark
    public CheckResult sixByEngine() {
        return language.engine().check(model, six, null, TODAY);
    }

    @Benchmark
    public Set<String> sixByHand() {
        return HandWritten.check(model, TODAY);
    }
}
