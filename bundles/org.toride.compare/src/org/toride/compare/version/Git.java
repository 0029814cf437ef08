/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.version;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The git command line, run in the folder of a model file, for reading what a file held at a revision. Only reading
 * commands are used ({@code rev-parse}, {@code show}, {@code log}): the work tree, the index and the refs are never
 * touched.
 */
final class Git {

    /** What a git command gave. */
    record Result(int exit, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private static final long TIMEOUT_SECONDS = 120;

    private final Path directory;

    /** Git for the repository holding {@code directory}. */
    Git(Path directory) {
        this.directory = directory;
    }

    /** The commit {@code revision} names, or null when it names none (or this is no repository, or git is missing). */
    String commit(String revision) {
        if (revision.startsWith("-")) {
            return null;
        }
        try {
            Result result = run("rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
            return result.exit() == 0 ? result.text().strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The bytes of {@code file} (in this folder) at {@code commit}, or null when the commit has no such file. */
    byte[] show(String commit, String file) throws IOException {
        Result result = run("show", commit + ":./" + file);
        if (result.exit() != 0) {
            if (result.err().contains("does not exist") || result.err().contains("exists on disk, but not in")) {
                return null;
            }
            throw new IOException("git show " + commit + ":./" + file + ": " + result.err().strip());
        }
        return result.out();
    }

    /** The commits that changed {@code file} (in this folder), newest first, following renames. */
    List<String> history(String file) throws IOException {
        Result result = run("log", "--format=%H", "--follow", "--", file);
        if (result.exit() != 0) {
            throw new IOException("git log " + file + ": " + result.err().strip());
        }
        List<String> commits = new ArrayList<>();
        for (String line : result.text().split("\n")) {
            if (!line.isBlank()) {
                commits.add(line.strip());
            }
        }
        return commits;
    }

    private Result run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Messages are matched in English; no pager, no prompt for credentials.
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("GIT_PAGER", "cat");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("git is needed to read revisions and was not found: " + e.getMessage(), e);
        }
        process.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] out = readAll(process.getInputStream());
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while git ran", e);
        }
        return new Result(process.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (in) {
            in.transferTo(bytes);
        } catch (IOException e) {
            // What was read so far is all there is.
        }
        return bytes.toByteArray();
    }
}
