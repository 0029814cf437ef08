/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the command line in-process, as the tests see it.
 *
 * @param exitCode what the process would exit with
 * @param out      what it printed on stdout
 * @param err      what it printed on stderr
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code toride ARGS...}. */
    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Toride.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
