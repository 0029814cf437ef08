/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.util.List;

import org.toride.core.io.ModelDiagnostic;
import org.toride.requirements.requirements.Profile;
import org.toride.requirements.requirements.RequirementSet;
import org.toride.requirements.requirements.Waiver;

/**
 * Requirement files as loaded: the baseline library and the user's files, their sets, profiles and waivers, and
 * every syntax or type error with file, line and column.
 *
 * @param baseline    the sets of the shipped library
 * @param userSets    the sets defined in the user's files
 * @param profiles    every profile found
 * @param waivers     every waiver found
 * @param diagnostics problems, errors first
 */
public record LoadedRequirements(List<RequirementSet> baseline, List<RequirementSet> userSets, List<Profile> profiles,
        List<Waiver> waivers, List<ModelDiagnostic> diagnostics) {

    /** Whether any diagnostic is an error; then no findings may be computed. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(ModelDiagnostic::isError);
    }
}
