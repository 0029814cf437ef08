/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.IncrementalCheck;
import org.toride.requirements.engine.RequirementsLanguage;
import org.toride.testsupport.SyntheticModels;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The engine benchmark's report: turns JMH's JSON into {@code engine.json} ({@code model, elements, operation,
 * median_ms, p99_ms}) and a table, and measures what JMH does not: the heap a checked model holds, and loading and
 * checking the largest model once in a heap of a given size.
 * <ul>
 * <li>{@code BenchReport memory SIZE}: prints {@code SIZE heapAfterCheckMb loadMs checkMs elements findings
 * heapWithIncrementalCheckMb firstIncrementalCheckMs firstIncrementalCheckInSlicesMs} (run in a JVM whose -Xmx is the
 * budget being shown);</li>
 * <li>{@code BenchReport report OUT.json MEMORY.txt JMH.json...}: writes the report and prints the table.</li>
 * </ul>
 */
public final class BenchReport {

    /** The workbench's slice ({@code org.toride.ui.UiSlice}, which this bench cannot depend on). */
    private static final long SLICE_NANOS = 20_000_000L;

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "memory" -> memory(Integer.parseInt(args[1]));
            case "report" -> report(Path.of(args[1]), Path.of(args[2]),
                    java.util.Arrays.stream(args, 3, args.length).map(Path::of).toList());
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void memory(int size) {
        long start = System.nanoTime();
        LoadResult loaded = new ModelLoader().load(Bench.model(size));
        long loadedAt = System.nanoTime();
        RequirementsLanguage language = RequirementsLanguage.standalone();
        var baseline = Bench.requirements(language, List.of());
        long checkStart = System.nanoTime();
        CheckResult result = language.engine().check(loaded.model(), baseline, null, EngineBenchmark.TODAY);
        long checkedAt = System.nanoTime();
        long heap = usedMb();
        keep(loaded.model(), result);

        // The incremental check holds what every evaluation read: its heap is the workbench's, not the CLI's.
        long incrementalStart = System.nanoTime();
        IncrementalCheck check = IncrementalCheck.start(loaded.model(), baseline, null, EngineBenchmark.TODAY, false,
                language);
        check.update();
        long incrementalAt = System.nanoTime();
        long incrementalHeap = usedMb();
        if (!check.result().equals(result)) {
            throw new IllegalStateException("synthetic-" + size + ": the incremental check differs from the full one");
        }
        check.dispose();

        // The same first check as the workbench runs it: in the UI thread's 20 ms slices (LiveCheck, UiSlice).
        long slicedStart = System.nanoTime();
        IncrementalCheck sliced = IncrementalCheck.start(loaded.model(), baseline, null, EngineBenchmark.TODAY, false,
                language);
        sliced.absorb();
        while (!sliced.run(SLICE_NANOS)) {
            // the workbench handles its events here
        }
        sliced.takeDelta();
        long slicedAt = System.nanoTime();
        if (!sliced.result().equals(result)) {
            throw new IllegalStateException("synthetic-" + size + ": the check in slices differs from the full one");
        }
        sliced.dispose();
        System.out.printf(Locale.ROOT, "%d %d %.1f %.1f %d %d %d %.1f %.1f%n", size, heap, (loadedAt - start) / 1e6,
                (checkedAt - checkStart) / 1e6, SyntheticModels.count(loaded.model()), result.findings().size(),
                incrementalHeap, (incrementalAt - incrementalStart) / 1e6, (slicedAt - slicedStart) / 1e6);
        keep(loaded.model(), result);
    }

    private static long usedMb() {
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    /** Keeps the model and the result reachable until the heap was measured. */
    private static void keep(SecurityModel model, CheckResult result) {
        if (model.hashCode() == result.hashCode()) {
            System.out.print("");
        }
    }

    private static void report(Path out, Path memoryFile, List<Path> jmhFiles) throws IOException {
        Map<Integer, String[]> memory = new LinkedHashMap<>();
        if (Files.exists(memoryFile)) {
            for (String line : Files.readAllLines(memoryFile)) {
                String[] cells = line.trim().split(" ");
                if (cells.length >= 5) {
                    memory.put(Integer.parseInt(cells[0]), cells);
                }
            }
        }
        JsonArray results = new JsonArray();
        for (Path jmh : jmhFiles) {
            if (Files.exists(jmh)) {
                try (Reader reader = Files.newBufferedReader(jmh, StandardCharsets.UTF_8)) {
                    results.addAll(JsonParser.parseReader(reader).getAsJsonArray());
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonElement element : results) {
            JsonObject result = element.getAsJsonObject();
            String benchmark = result.get("benchmark").getAsString();
            int size = result.getAsJsonObject("params").get("elements").getAsInt();
            JsonObject percentiles = result.getAsJsonObject("primaryMetric").getAsJsonObject("scorePercentiles");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", "synthetic-" + size);
            row.put("elements", memory.containsKey(size) ? Integer.parseInt(memory.get(size)[4]) : size);
            JsonObject params = result.getAsJsonObject("params");
            row.put("operation", operation(benchmark.substring(benchmark.lastIndexOf('.') + 1),
                    params.has("edit") ? params.get("edit").getAsString() : null));
            row.put("median_ms", round(percentiles.get("50.0").getAsDouble()));
            row.put("p99_ms", round(percentiles.get("99.0").getAsDouble()));
            if (row.get("operation").equals("check-full") && memory.containsKey(size)) {
                row.put("heap_after_check_mb", Integer.parseInt(memory.get(size)[1]));
            }
            rows.add(row);
        }
        for (Map.Entry<Integer, String[]> entry : memory.entrySet()) {
            String[] cells = entry.getValue();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", "synthetic-" + entry.getKey());
            row.put("elements", Integer.parseInt(cells[4]));
            row.put("operation", "load+check-once");
            double once = Double.parseDouble(cells[2]) + Double.parseDouble(cells[3]);
            row.put("median_ms", round(once));
            row.put("p99_ms", round(once));
            row.put("heap_after_check_mb", Integer.parseInt(cells[1]));
            row.put("findings", Integer.parseInt(cells[5]));
            rows.add(row);
            if (cells.length >= 8) {
                Map<String, Object> first = measuredOnce(entry.getKey(), cells, "check-incremental:first-check", 7);
                first.put("heap_after_check_mb", Integer.parseInt(cells[6]));
                rows.add(first);
            }
            if (cells.length >= 9) {
                rows.add(measuredOnce(entry.getKey(), cells, "check-incremental:first-check-in-slices", 8));
            }
        }
        Gson gson = new GsonBuilder().setPrettyPrinting().create();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            gson.toJson(rows, writer);
        }
        System.out.printf("%-18s %9s  %-32s %10s %10s %8s%n", "model", "elements", "operation", "median_ms", "p99_ms",
                "heap_mb");
        for (Map<String, Object> row : rows) {
            System.out.printf(Locale.ROOT, "%-18s %9d  %-32s %10.2f %10.2f %8s%n", row.get("model"), row.get("elements"),
                    row.get("operation"), (Double) row.get("median_ms"), (Double) row.get("p99_ms"),
                    row.getOrDefault("heap_after_check_mb", ""));
        }
        ratios(rows);
    }

    /** A row of {@code memory}'s line {@code cells} for what it timed once: column {@code column}, in ms. */
    private static Map<String, Object> measuredOnce(int size, String[] cells, String operation, int column) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("model", "synthetic-" + size);
        row.put("elements", Integer.parseInt(cells[4]));
        row.put("operation", operation);
        row.put("median_ms", round(Double.parseDouble(cells[column])));
        row.put("p99_ms", round(Double.parseDouble(cells[column])));
        return row;
    }

    /** The engine's time on the six requirements as a multiple of the hand-written Java's, per model. */
    private static void ratios(List<Map<String, Object>> rows) {
        Map<Object, Double> engine = new LinkedHashMap<>();
        Map<Object, Double> hand = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            if ("check-six:engine".equals(row.get("operation"))) {
                engine.put(row.get("model"), (Double) row.get("median_ms"));
            } else if ("check-six:hand-written".equals(row.get("operation"))) {
                hand.put(row.get("model"), (Double) row.get("median_ms"));
            }
        }
        engine.forEach((model, time) -> {
            Double byHand = hand.get(model);
            if (byHand != null && byHand > 0) {
                System.out.printf(Locale.ROOT, "six requirements on %s: engine %.2f ms, hand-written %.2f ms, ratio %.2f%n",
                        model, time, byHand, time / byHand);
            }
        });
    }

    private static String operation(String benchmark, String edit) {
        return switch (benchmark) {
            case "edit" -> "check-incremental:" + edit;
            case "undo" -> "check-incremental:undo-" + edit;
            case "load" -> "load";
            case "save" -> "save";
            case "checkFull" -> "check-full";
            case "sixByEngine" -> "check-six:engine";
            case "sixByHand" -> "check-six:hand-written";
            default -> benchmark;
        };
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
