/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import org.eclipse.core.resources.IMarker;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** The problems of a requirement text: syntax, linking and type errors and warnings, as the language server finds them. */
final class Problems {

    /** Annotation types of the text editor framework, by severity. */
    static final String ERROR_ANNOTATION = "org.eclipse.ui.workbench.texteditor.error";
    static final String WARNING_ANNOTATION = "org.eclipse.ui.workbench.texteditor.warning";
    static final String INFO_ANNOTATION = "org.eclipse.ui.workbench.texteditor.info";

    private Problems() {
    }

    static String annotationType(Issue issue) {
        return switch (issue.getSeverity()) {
            case ERROR -> ERROR_ANNOTATION;
            case WARNING -> WARNING_ANNOTATION;
            default -> INFO_ANNOTATION;
        };
    }

    static int markerSeverity(Issue issue) {
        return issue.getSeverity() == Severity.ERROR ? IMarker.SEVERITY_ERROR
                : issue.getSeverity() == Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
    }

    /** Start offset of the issue in the text, clamped to it. */
    static int offset(Issue issue, String text) {
        Integer offset = issue.getOffset();
        return offset == null ? 0 : Math.max(0, Math.min(offset, text.length()));
    }

    /** Length of the issue's range, at least one character where the text allows. */
    static int length(Issue issue, String text) {
        int offset = offset(issue, text);
        Integer length = issue.getLength();
        int result = length == null ? 0 : Math.min(length, text.length() - offset);
        return result > 0 ? result : Math.min(1, text.length() - offset);
    }
}
