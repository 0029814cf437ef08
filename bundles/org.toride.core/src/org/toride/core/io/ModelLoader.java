/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;

/**
 * Loads a {@code *.toride} file without ever throwing on bad content: every problem becomes a
 * {@link ModelDiagnostic} naming the file and, where known, line and column. Structural checks that the parser cannot
 * make (root type, duplicate and missing ids, references into other files) run after parsing.
 */
public final class ModelLoader {

    /**
     * Largest file accepted: a model of a million elements is about 250 MB, and a large operator's may grow past
     * that; the limit is there so that a stray multi-gigabyte file is refused before it fills the heap.
     */
    public static final long MAX_FILE_BYTES = 1024L * 1024 * 1024;

    private final long maxFileBytes;

    /** A loader with the default size limit. */
    public ModelLoader() {
        this(MAX_FILE_BYTES);
    }

    /** A loader that refuses files larger than {@code maxFileBytes}. */
    public ModelLoader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** A resource set that knows the Toride package and resource factory, without relying on the plug-in registry. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(ToridePackage.eNS_URI, ToridePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(TorideResourceFactory.EXTENSION, new TorideResourceFactory());
        resourceSet.getURIConverter().getURIHandlers().add(0, new NoNetworkURIHandler());
        return resourceSet;
    }

    /** Loads {@code file} into a fresh resource set. */
    public LoadResult load(Path file) {
        return load(file, newResourceSet());
    }

    /** Loads {@code file} into {@code resourceSet}. */
    public LoadResult load(Path file, ResourceSet resourceSet) {
        String unreadable = unreadableReason(file);
        if (unreadable != null) {
            return LoadResult.unreadable(file, unreadable);
        }
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file, uri, in, resourceSet, new ArrayList<>());
        } catch (IOException e) {
            return LoadResult.unreadable(file, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Loads a model from {@code content} that is not a file of its own (a git revision, say), with the same checks;
     * diagnostics name {@code shownAs} (such as {@code HEAD~1:water.toride}).
     */
    public LoadResult load(Path shownAs, byte[] content) {
        if (content.length == 0) {
            return LoadResult.unreadable(shownAs, "file is empty");
        }
        if (content.length > maxFileBytes) {
            return LoadResult.unreadable(shownAs, "file is " + content.length
                    + " bytes; the largest model accepted is " + maxFileBytes + " bytes");
        }
        // Not a file URI: nothing may mistake the content for the file of that name in the work tree.
        URI uri = URI.createURI("toride-content:/" + URI.encodeSegment(shownAs.toString(), false));
        return parse(shownAs, uri, new ByteArrayInputStream(content), newResourceSet(), new ArrayList<>());
    }

    private LoadResult parse(Path file, URI uri, InputStream in, ResourceSet resourceSet,
            List<ModelDiagnostic> diagnostics) {
        TorideResource resource = (TorideResource) new TorideResourceFactory().createResource(uri);
        resourceSet.getResources().add(resource);
        LoadProblemTranslator translator = new LoadProblemTranslator(file);

        Throwable thrown = null;
        try {
            resource.load(in, resource.getDefaultLoadOptions());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            thrown = e;
        }
        for (Resource.Diagnostic error : resource.getErrors()) {
            diagnostics.add(translator.translate(error, Severity.ERROR));
        }
        for (Resource.Diagnostic warning : resource.getWarnings()) {
            diagnostics.add(translator.translate(warning, Severity.WARNING));
        }
        if (thrown != null && !alreadyReported(thrown, resource)) {
            diagnostics.add(translator.translate(thrown, TextPosition.UNKNOWN));
        }

        SecurityModel model = rootModel(file, resource, diagnostics);
        if (model != null) {
            new StructuralChecks(file, resource).run(model, diagnostics);
        }
        diagnostics.sort(Comparator.comparing(ModelDiagnostic::severity)
                .thenComparingInt(d -> d.position().line())
                .thenComparingInt(d -> d.position().column()));
        return new LoadResult(file, model, resource, List.copyOf(diagnostics));
    }

    private String unreadableReason(Path file) {
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (Files.isDirectory(file)) {
            return "is a directory, not a model file";
        }
        if (!Files.isReadable(file)) {
            return "cannot be read (permission denied)";
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                return "file is empty";
            }
            if (size > maxFileBytes) {
                return "file is " + size + " bytes; the largest model accepted is " + maxFileBytes + " bytes";
            }
        } catch (IOException e) {
            return "cannot be read: " + e.getMessage();
        }
        return null;
    }

    /** EMF rethrows the first recorded error, wrapped; do not report it twice. */
    private static boolean alreadyReported(Throwable thrown, Resource resource) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Resource.Diagnostic error : resource.getErrors()) {
                if (error == t || error instanceof XMIException xmi && xmi.getWrappedException() == t) {
                    return true;
                }
            }
        }
        return false;
    }

    private static SecurityModel rootModel(Path file, TorideResource resource, List<ModelDiagnostic> diagnostics) {
        List<EObject> roots = resource.getContents();
        if (roots.isEmpty()) {
            if (diagnostics.stream().noneMatch(ModelDiagnostic::isError)) {
                diagnostics.add(error(file, DiagnosticKind.ROOT, "file contains no model"));
            }
            return null;
        }
        EObject first = roots.get(0);
        if (!(first instanceof SecurityModel model)) {
            diagnostics.add(new ModelDiagnostic(Severity.ERROR, DiagnosticKind.ROOT, file, resource.positionOf(first), null,
                    "root element is a " + first.eClass().getName() + "; a Toride model file has one SecurityModel root"));
            return null;
        }
        if (roots.size() > 1) {
            diagnostics.add(new ModelDiagnostic(Severity.ERROR, DiagnosticKind.ROOT, file, resource.positionOf(roots.get(1)), null,
                    "file has " + roots.size() + " root elements; a Toride model file has exactly one SecurityModel"));
        }
        return model;
    }

    private static ModelDiagnostic error(Path file, DiagnosticKind kind, String message) {
        return new ModelDiagnostic(Severity.ERROR, kind, file, TextPosition.UNKNOWN, null, message);
    }
}
