/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A threat-model import's result as text for a person, the same on the command line and on the workbench's
 * dry-run page: the counts by kind, what will be (or was) created, and the notes with their lines.
 */
public final class ImportReport {

    private ImportReport() {
    }

    /** "20 created (DataFlow 20, …), 0 updated, 0 unchanged, 0 problems". */
    public static String summary(ThreatModelResult result, Locale locale) {
        return byKind(result, ThreatModelResult.Outcome.CREATED, "report.created", locale) + ", "
                + byKind(result, ThreatModelResult.Outcome.UPDATED, "report.updated", locale) + ", "
                + new Message("report.unchanged", result.count(ThreatModelResult.Outcome.UNCHANGED)).text(locale)
                + ", " + new Message("report.problems", result.problems().size()).text(locale);
    }

    /** One line per element created: kind, id and name, in the order of the file. */
    public static List<String> created(ThreatModelResult result) {
        return result.entries().stream().filter(e -> e.outcome() == ThreatModelResult.Outcome.CREATED)
                .map(e -> "  " + e.kind() + " " + e.id() + (e.name() == null ? "" : "  " + e.name())).toList();
    }

    /** Every note as {@code file:line: text (pointer)}. */
    public static List<String> notes(ThreatModelResult result, String file, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (SourceNote note : result.notes()) {
            lines.add(note.describe(file, locale));
        }
        return lines;
    }

    /** The whole report: summary, problems, what is created, notes; for logs and tests. */
    public static String text(ThreatModelResult result, String file, Locale locale) {
        return summary(result, locale) + "\n" + details(result, file, locale);
    }

    /** The report after its summary: problems, what is created, notes; the workbench's dry-run page. */
    public static String details(ThreatModelResult result, String file, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (SourceNote problem : result.problems()) {
            text.append(problem.describe(file, locale)).append('\n');
        }
        List<String> created = created(result);
        if (!created.isEmpty()) {
            text.append('\n').append(new Message("report.willCreate").text(locale)).append('\n');
            created.forEach(line -> text.append(line).append('\n'));
        }
        List<String> notes = notes(result, file, locale);
        if (!notes.isEmpty()) {
            text.append('\n').append(new Message("report.notes").text(locale)).append('\n');
            notes.forEach(line -> text.append(line).append('\n'));
        }
        return text.toString();
    }

    private static String byKind(ThreatModelResult result, ThreatModelResult.Outcome outcome, String key,
            Locale locale) {
        Map<String, Integer> counts = result.countsByKind(outcome);
        String total = new Message(key, result.count(outcome)).text(locale);
        return counts.isEmpty() ? total : total + " (" + counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")";
    }
}
