/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.toride.core.io.DiagnosticKind;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.Severity;
import org.toride.core.io.TextPosition;
import org.toride.requirements.parser.RequirementsResource;
import org.toride.requirements.requirements.Document;
import org.toride.requirements.requirements.Profile;
import org.toride.requirements.requirements.Requirement;
import org.toride.requirements.requirements.RequirementSet;
import org.toride.requirements.requirements.Waiver;

import com.google.inject.Inject;

/**
 * Loads requirement files (and the shipped baseline library, so that profiles and waivers can refer to it) into one
 * resource set, links and validates them, and reports every problem with file, line and column. Requirement ids
 * must be unique across everything loaded.
 */
public final class RequirementLoader {

    /** Made by the language's injector ({@link RequirementsLanguage#loader()}). */
    @Inject
    RequirementLoader() {
    }

    @Inject
    private RequirementResourceSets resourceSets;
    @Inject
    private IResourceValidator validator;

    /** Loads the baseline and {@code paths} (files, or directories searched for *.treq). */
    public LoadedRequirements load(List<Path> paths) {
        return load(paths, false);
    }

    /**
     * Loads the baseline and the requirement files a user named (the command line's {@code --requirements}): as
     * {@link #load(List)}, but a file that declares nothing, or a directory without *.treq files, is an error
     * naming it. Otherwise the user, who asked for their own requirements, would silently be checked against the
     * baseline instead. In the workbench, where a project's files add to the baseline, a new empty file is fine.
     */
    public LoadedRequirements loadNamed(List<Path> paths) {
        return load(paths, true);
    }

    private LoadedRequirements load(List<Path> paths, boolean named) {
        XtextResourceSet resourceSet = resourceSets.create();
        List<ModelDiagnostic> diagnostics = new ArrayList<>();
        Map<Resource, Path> displayPaths = new HashMap<>();

        Resource baseline = loadBaseline(resourceSet, diagnostics);
        displayPaths.put(baseline, Path.of(BaselineLibrary.PATH));
        List<Resource> userResources = new ArrayList<>();
        for (Path file : expand(paths, named, diagnostics)) {
            Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            try (InputStream in = Files.newInputStream(file)) {
                // A file nested too deep loads empty with one error (RequirementsResource), reported below.
                resource.load(in, resourceSet.getLoadOptions());
                userResources.add(resource);
                displayPaths.put(resource, file);
            } catch (IOException e) {
                diagnostics.add(error(file, TextPosition.UNKNOWN, "cannot read: " + e.getMessage()));
                resourceSet.getResources().remove(resource);
            } catch (RuntimeException | StackOverflowError e) {
                // The parser recurses per nesting level; pathological nesting must not take the tool down.
                diagnostics.add(error(file, TextPosition.UNKNOWN, RequirementsResource.causedByStackOverflow(e)
                        ? ExpressionDepth.message() : "cannot parse: " + e.getMessage()));
                resourceSet.getResources().remove(resource);
            }
        }
        EcoreUtil.resolveAll(resourceSet);
        for (Resource resource : resourceSet.getResources()) {
            if (resource instanceof XtextResource) {
                for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
                    diagnostics.add(toDiagnostic(issue, displayPaths.get(resource)));
                }
            }
        }
        List<RequirementSet> baselineSets = contents(baseline, RequirementSet.class);
        List<RequirementSet> userSets = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>(contents(baseline, Profile.class));
        List<Waiver> waivers = new ArrayList<>();
        for (Resource resource : userResources) {
            List<RequirementSet> sets = contents(resource, RequirementSet.class);
            List<Profile> fileProfiles = contents(resource, Profile.class);
            List<Waiver> fileWaivers = contents(resource, Waiver.class);
            if (named && resource.getErrors().isEmpty() && sets.isEmpty() && fileProfiles.isEmpty()
                    && fileWaivers.isEmpty()) {
                diagnostics.add(error(displayPaths.get(resource), TextPosition.UNKNOWN,
                        "declares no requirement set, profile or waiver (the file is empty or holds only comments),"
                                + " so nothing of yours would be checked"));
            }
            userSets.addAll(sets);
            profiles.addAll(fileProfiles);
            waivers.addAll(fileWaivers);
        }
        checkUniqueIds(baselineSets, userSets, displayPaths, diagnostics);
        diagnostics.sort(Comparator.comparing(ModelDiagnostic::severity));
        return new LoadedRequirements(baselineSets, userSets, profiles, waivers, List.copyOf(diagnostics));
    }

    private static Resource loadBaseline(XtextResourceSet resourceSet, List<ModelDiagnostic> diagnostics) {
        try {
            return BaselineLibrary.load(resourceSet);
        } catch (IOException e) {
            diagnostics.add(error(Path.of(BaselineLibrary.PATH), TextPosition.UNKNOWN, "cannot read: " + e.getMessage()));
            return resourceSet.getResource(BaselineLibrary.URI_, false);
        }
    }

    private static List<Path> expand(List<Path> paths, boolean named, List<ModelDiagnostic> diagnostics) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    List<Path> found = walk.filter(p -> p.toString().endsWith(".treq") && Files.isRegularFile(p))
                            .sorted().toList();
                    if (named && found.isEmpty()) {
                        diagnostics.add(error(path, TextPosition.UNKNOWN, "no requirement files (*.treq) in this folder"));
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    diagnostics.add(error(path, TextPosition.UNKNOWN, "cannot list: " + e.getMessage()));
                }
            } else if (!Files.exists(path)) {
                diagnostics.add(error(path, TextPosition.UNKNOWN, "no such file"));
            } else if (!path.toString().endsWith(".treq")) {
                diagnostics.add(error(path, TextPosition.UNKNOWN, "not a requirement file (*.treq)"));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static void checkUniqueIds(List<RequirementSet> baseline, List<RequirementSet> user,
            Map<Resource, Path> paths, List<ModelDiagnostic> diagnostics) {
        Map<String, Requirement> seen = new HashMap<>();
        List<RequirementSet> all = new ArrayList<>(baseline);
        all.addAll(user);
        for (RequirementSet set : all) {
            for (Requirement requirement : set.getRequirements()) {
                Requirement first = seen.putIfAbsent(requirement.getName(), requirement);
                if (first != null) {
                    diagnostics.add(error(paths.get(requirement.eResource()), position(requirement),
                            "requirement id " + requirement.getName() + " is already defined at "
                                    + paths.get(first.eResource()) + ":" + position(first).line()));
                }
            }
        }
    }

    /** Line and column where {@code object} starts in its file. */
    public static TextPosition position(EObject object) {
        ICompositeNode node = NodeModelUtils.getNode(object);
        if (node == null) {
            return TextPosition.UNKNOWN;
        }
        int line = node.getStartLine();
        String text = node.getRootNode().getText();
        int lineStart = text.lastIndexOf('\n', Math.max(0, node.getOffset() - 1)) + 1;
        return new TextPosition(line, node.getOffset() - lineStart + 1);
    }

    private static <T> List<T> contents(Resource resource, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            if (root instanceof Document document) {
                document.getElements().stream().filter(type::isInstance).map(type::cast).forEach(result::add);
            }
        }
        return result;
    }

    private static ModelDiagnostic toDiagnostic(Issue issue, Path file) {
        Severity severity = issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR ? Severity.ERROR
                : Severity.WARNING;
        TextPosition position = new TextPosition(issue.getLineNumber() == null ? 0 : issue.getLineNumber(),
                issue.getColumn() == null ? 0 : issue.getColumn());
        return new ModelDiagnostic(severity, DiagnosticKind.REQUIREMENT, file, position, null, issue.getMessage());
    }

    private static ModelDiagnostic error(Path file, TextPosition position, String message) {
        return new ModelDiagnostic(Severity.ERROR, DiagnosticKind.REQUIREMENT, file, position, null, message);
    }
}
