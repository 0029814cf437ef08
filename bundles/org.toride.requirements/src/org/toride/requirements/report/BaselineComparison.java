/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.report;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.requirements.Severity;

/**
 * The findings of a check set against those of a baseline (an earlier version of the model, checked the same
 * way): each finding now is {@link BaselineState#NEW} or {@link BaselineState#UNCHANGED}, and each finding of the
 * baseline that is gone is {@link BaselineState#ABSENT}. Findings are matched by requirement id and element id,
 * which ids keep stable across versions; the messages may differ (a renamed element). Also where each guideline
 * item's status moved. Built over two {@link CheckResult}s, so the engine knows nothing of baselines.
 */
public final class BaselineComparison {

    /**
     * A guideline item whose standing changed.
     *
     * @param before the item's row in the baseline
     * @param after  its row now
     */
    public record ComplianceChange(Compliance.Row before, Compliance.Row after) {
    }

    private final String baseLabel;
    private final CheckResult base;
    private final CheckResult current;
    private final Map<Finding, BaselineState> states = new IdentityHashMap<>();
    private final List<Finding> absent = new ArrayList<>();

    private BaselineComparison(String baseLabel, CheckResult base, CheckResult current) {
        this.baseLabel = baseLabel;
        this.base = base;
        this.current = current;
        Map<String, Integer> before = new HashMap<>();
        for (Finding finding : base.findings()) {
            before.merge(key(finding), 1, Integer::sum);
        }
        for (Finding finding : current.findings()) {
            Integer left = before.get(key(finding));
            if (left != null && left > 0) {
                before.put(key(finding), left - 1);
                states.put(finding, BaselineState.UNCHANGED);
            } else {
                states.put(finding, BaselineState.NEW);
            }
        }
        Map<String, Integer> now = new HashMap<>();
        for (Finding finding : current.findings()) {
            now.merge(key(finding), 1, Integer::sum);
        }
        for (Finding finding : base.findings()) {
            Integer left = now.get(key(finding));
            if (left != null && left > 0) {
                now.put(key(finding), left - 1);
            } else {
                absent.add(finding);
            }
        }
    }

    /** Compares {@code current} with {@code base}, the check of the version named {@code baseLabel}. */
    public static BaselineComparison of(String baseLabel, CheckResult base, CheckResult current) {
        return new BaselineComparison(baseLabel, base, current);
    }

    private static String key(Finding finding) {
        return finding.requirementId() + "\u0000" + finding.elementId();
    }

    /** How the baseline is named (a file, {@code main:model.toride}, {@code approved@…}). */
    public String baseLabel() {
        return baseLabel;
    }

    /** The check of the baseline. */
    public CheckResult base() {
        return base;
    }

    /** The check now. */
    public CheckResult current() {
        return current;
    }

    /** The state of {@code finding}, one of the current check's findings. */
    public BaselineState state(Finding finding) {
        BaselineState state = states.get(finding);
        if (state == null) {
            throw new IllegalArgumentException("not a finding of the current check: " + finding);
        }
        return state;
    }

    /** The current findings in {@code state} (NEW or UNCHANGED), waived ones included. */
    public List<Finding> findings(BaselineState state) {
        if (state == BaselineState.ABSENT) {
            return List.copyOf(absent);
        }
        return current.findings().stream().filter(f -> states.get(f) == state).toList();
    }

    /** The baseline's findings that are gone. */
    public List<Finding> absent() {
        return List.copyOf(absent);
    }

    /** Whether a new finding that is not waived is at or above {@code threshold} (null: never) — the CI gate. */
    public boolean newFailsAt(Severity threshold) {
        return threshold != null && findings(BaselineState.NEW).stream()
                .anyMatch(f -> !f.excused() && f.severity().getValue() <= threshold.getValue());
    }

    /** The guideline items whose status or number of violations changed, in guideline order. */
    public List<ComplianceChange> complianceChanges() {
        List<Compliance.Row> before = Compliance.matrix(base);
        List<Compliance.Row> after = Compliance.matrix(current);
        List<ComplianceChange> changes = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Compliance.Row was = before.get(i);
            Compliance.Row now = after.get(i);
            if (was.status() != now.status() || was.violations() != now.violations()) {
                changes.add(new ComplianceChange(was, now));
            }
        }
        return changes;
    }

    /** "3 new, 25 unchanged, 2 resolved" in {@code locale} (English or Japanese). */
    public String summary(Locale locale) {
        return MessageFormat.format(texts(locale).getString("summary"), findings(BaselineState.NEW).size(),
                findings(BaselineState.UNCHANGED).size(), absent.size());
    }

    /** The word for {@code state} in {@code locale}: new, unchanged, resolved / 新規, 継続, 解消. */
    public static String word(BaselineState state, Locale locale) {
        return texts(locale).getString("state." + state.sarifName());
    }

    /** A text of the baseline's part of reports ({@code baseline.properties}). */
    static String text(String key, Locale locale, Object... arguments) {
        return MessageFormat.format(texts(locale).getString(key), arguments);
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle("org.toride.requirements.report.baseline",
                "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH,
                BaselineComparison.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
