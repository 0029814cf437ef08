/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

/**
 * The project's {@code waivers.treq}, where waivers made from markers are appended in the requirement language's
 * own syntax, so they are reviewed and versioned like any other requirement text.
 */
public final class WaiverFile {

    /** Name of the file in the project root. */
    public static final String NAME = "waivers.treq";

    private WaiverFile() {
    }

    /** The waiver as a line of the requirement language. */
    public static String waiver(String requirementId, String elementId, String reason, String owner, LocalDate expires) {
        return "waiver " + requirementId + " on " + quote(elementId) + " because " + quote(reason) + "\n    owner "
                + quote(owner) + " expires " + expires + "\n";
    }

    /** Appends a waiver to the project's waiver file, creating it when needed; returns the file. */
    public static IFile append(IProject project, String waiver) throws CoreException {
        IFile file = project.getFile(NAME);
        if (!file.exists()) {
            String header = "// Waivers: each excuses one element from one requirement until it expires.\n\n";
            file.create(stream(header + waiver), true, null);
            file.setCharset(StandardCharsets.UTF_8.name(), null);
            return file;
        }
        String existing;
        try (InputStream in = file.getContents(true)) {
            existing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("Cannot read " + file.getFullPath(), e));
        }
        String separator = existing.isEmpty() || existing.endsWith("\n\n") ? "" : existing.endsWith("\n") ? "\n" : "\n\n";
        file.setContents(stream(existing + separator + waiver), true, true, null);
        return file;
    }

    /** A string literal of the requirement language. */
    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("\r", " ") + '"';
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
