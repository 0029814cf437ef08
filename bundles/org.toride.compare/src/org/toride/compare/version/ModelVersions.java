/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.version;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the version a command names as its base: a model file; a git revision of the model file ({@code HEAD~1},
 * {@code main}, a tag or a commit id); or {@code approved}, the state a recorded review approved
 * ({@link Approvals}). An existing file wins over a revision of the same name.
 */
public final class ModelVersions {

    /** The name of the approved state. */
    public static final String APPROVED = "approved";

    private ModelVersions() {
    }

    /** The version {@code spec} names, for comparing with {@code modelFile}. */
    public static ModelVersion resolve(String spec, Path modelFile) throws VersionException {
        if (spec == null || spec.isBlank()) {
            throw new VersionException("no base given");
        }
        Path asFile = Path.of(spec);
        if (Files.isRegularFile(asFile)) {
            return ModelVersion.ofFile(asFile);
        }
        if (spec.equals(APPROVED)) {
            return Approvals.approvedVersion(modelFile);
        }
        return revision(spec, modelFile);
    }

    /** {@code modelFile} as it was at git revision {@code revision}. */
    public static ModelVersion revision(String revision, Path modelFile) throws VersionException {
        Path absolute = modelFile.toAbsolutePath().normalize();
        Git git = new Git(absolute.getParent());
        String commit = git.commit(revision);
        if (commit == null) {
            throw new VersionException(revision + ": neither a file nor a git revision of the repository of "
                    + modelFile);
        }
        return atCommit(git, revision, commit, modelFile);
    }

    static ModelVersion atCommit(Git git, String revision, String commit, Path modelFile) throws VersionException {
        String name = modelFile.toAbsolutePath().normalize().getFileName().toString();
        try {
            byte[] content = git.show(commit, name);
            if (content == null) {
                throw new VersionException(revision + ":" + modelFile + ": the file does not exist at revision "
                        + revision);
            }
            byte[] layout = git.show(commit, name + ".layout");
            return ModelVersion.ofRevision(revision + ":" + modelFile, modelFile, commit, content, layout);
        } catch (IOException e) {
            throw new VersionException(revision + ":" + modelFile + ": " + e.getMessage(), e);
        }
    }
}
