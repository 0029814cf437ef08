/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.toride.model.SecurityModel;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.requirements.engine.BaselineLibrary;
import org.toride.requirements.engine.RequirementsLanguage;
import org.toride.requirements.requirements.Profile;
import org.toride.requirements.requirements.RequirementSet;

/**
 * The requirements a project's models are checked against: the shipped baseline plus every {@code *.treq} in the
 * project (the command line replaces the baseline when given sets; in the workbench a project's own sets add to it,
 * which is what an architect adding a rule expects). A project with exactly one profile of its own uses it.
 * <p>
 * Loaded requirements are kept per project until one of its requirement files changes: the workbench re-checks a
 * model after every pause in editing, and parsing and validating the baseline each time was most of that work.
 * Checks against one loaded set take turns ({@link #check}), so no two jobs evaluate the same syntax trees at once.
 * An OSGi service of the workbench bundle, over the workbench's one requirement language context.
 */
public final class ProjectRequirements {

    /** When a requirement file was last changed, as far as the cache is concerned. */
    private record Stamp(Path file, long modified, long size) {
    }

    private record Loaded(List<Stamp> stamps, LoadedRequirements requirements) {
    }

    private final Map<IProject, Loaded> cache = new ConcurrentHashMap<>();
    private final Supplier<RequirementsLanguage> language;

    /** Requirements loaded by the language {@code language} gives when first needed. */
    public ProjectRequirements(Supplier<RequirementsLanguage> language) {
        this.language = language;
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

    /** The baseline and the project's files, the baseline always applying (loaded again only after a change). */
    public LoadedRequirements load(IProject project) {
        List<Path> files = files(project);
        List<Stamp> stamps = stamps(files);
        Loaded cached = cache.get(project);
        if (cached != null && cached.stamps().equals(stamps)) {
            return cached.requirements();
        }
        LoadedRequirements requirements = read(files);
        cache.put(project, new Loaded(stamps, requirements));
        return requirements;
    }

    /** The language the requirements are loaded and checked with. */
    public RequirementsLanguage language() {
        return language.get();
    }

    /** Checks a model against loaded requirements with the project's profile; one check at a time per set. */
    public CheckResult check(LoadedRequirements requirements, SecurityModel model, LocalDate today,
            boolean japanese) {
        synchronized (requirements) {
            return language.get().engine().check(model, requirements, profile(requirements), today, japanese);
        }
    }

    private static List<Stamp> stamps(List<Path> files) {
        List<Stamp> stamps = new ArrayList<>();
        for (Path file : files) {
            try {
                stamps.add(new Stamp(file, Files.getLastModifiedTime(file).toMillis(), Files.size(file)));
            } catch (IOException e) {
                stamps.add(new Stamp(file, -1, -1));
            }
        }
        return stamps;
    }

    private LoadedRequirements read(List<Path> files) {
        LoadedRequirements loaded = language.get().loader().load(files);
        Set<RequirementSet> sets = new LinkedHashSet<>(loaded.baseline());
        sets.addAll(loaded.userSets());
        return new LoadedRequirements(loaded.baseline(), List.copyOf(sets), loaded.profiles(), loaded.waivers(),
                loaded.diagnostics());
    }

    /** The project's own profile when it declares exactly one, else null. */
    public static String profile(LoadedRequirements loaded) {
        List<Profile> own = loaded.profiles().stream()
                .filter(p -> p.eResource() != null && !BaselineLibrary.isShipped(p))
                .toList();
        return own.size() == 1 ? own.get(0).getName() : null;
    }
}
