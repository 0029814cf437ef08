/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.requirements.engine.RequirementLoader;
import org.toride.requirements.requirements.Profile;
import org.toride.requirements.requirements.RequirementSet;

/**
 * The requirements a project's models are checked against: the shipped baseline plus every {@code *.treq} in the
 * project (the command line replaces the baseline when given sets; in the workbench a project's own sets add to it,
 * which is what an architect adding a rule expects). A project with exactly one profile of its own uses it.
 */
public final class ProjectRequirements {

    private ProjectRequirements() {
    }

    /** The {@code *.treq} files of a project, outside derived folders. */
    public static List<Path> files(IProject project) {
        List<Path> files = new ArrayList<>();
        try {
            project.accept(resource -> {
                if (resource.isDerived() || resource.getName().equals("target") || resource.getName().startsWith(".")
                        && resource.getType() != IResource.PROJECT) {
                    return false;
                }
                if (resource.getType() == IResource.FILE && "treq".equals(resource.getFileExtension())
                        && resource.getLocation() != null) {
                    files.add(resource.getLocation().toFile().toPath());
                }
                return true;
            });
        } catch (CoreException e) {
            // A closed or vanished project has no requirement files of its own.
        }
        files.sort(null);
        return files;
    }

    /** Loads the baseline and the project's files, the baseline always applying. */
    public static LoadedRequirements load(IProject project) {
        LoadedRequirements loaded = new RequirementLoader().load(files(project));
        Set<RequirementSet> sets = new LinkedHashSet<>(loaded.baseline());
        sets.addAll(loaded.userSets());
        return new LoadedRequirements(loaded.baseline(), List.copyOf(sets), loaded.profiles(), loaded.waivers(),
                loaded.diagnostics());
    }

    /** The project's own profile when it declares exactly one, else null. */
    public static String profile(LoadedRequirements loaded) {
        List<Profile> own = loaded.profiles().stream()
                .filter(p -> p.eResource() != null && !p.eResource().getURI().toString().startsWith("toride-library:"))
                .toList();
        return own.size() == 1 ? own.get(0).getName() : null;
    }
}
