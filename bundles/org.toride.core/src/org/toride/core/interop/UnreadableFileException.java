/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

/**
 * A file that could not be read as a document at all: malformed, too large, too deep, with a type tag or too many
 * aliases, or of a format or version Toride does not know. {@link #line()} says where when the reader knows.
 */
public final class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Message problem;
    private final int line;

    public UnreadableFileException(Message problem, int line) {
        super(problem.toString());
        this.problem = problem;
        this.line = line;
    }

    /** What is wrong, for a person. */
    public Message problem() {
        return problem;
    }

    /** The line of the problem, from 1; 0 when not known. */
    public int line() {
        return line;
    }
}
