/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.SecurityModel;
import org.toride.model.edit.EditAdapters;

/**
 * A {@link ModelHandle} for a model file with nobody else editing it ({@code toride serve}): its own editing domain,
 * one lock for every read and write, and the model and its notation saved after every executed, undone or redone
 * command, so that closing the browser or stopping the server never loses an edit. Findings are recomputed by the
 * host's function after every change.
 */
public final class StandaloneModelHandle implements ModelHandle {

    private final Path file;
    private final Path notationFile;
    private final ReentrantLock lock = new ReentrantLock();
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final Resource resource;
    private final SecurityModel model;
    private final DiagramNotation notation;
    private final Function<SecurityModel, List<DiagramFinding>> findingsFunction;
    private final List<Runnable> findingsListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<String>>> selectionListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> problemListeners = new CopyOnWriteArrayList<>();
    /** Why the last save after an edit failed; null while every edit is on disk. */
    private volatile String saveProblem;
    private volatile List<DiagramFinding> findings = List.of();
    private volatile List<String> selection = List.of();
    private byte[] savedModel;

    private StandaloneModelHandle(Path file, Function<SecurityModel, List<DiagramFinding>> findingsFunction)
            throws IOException {
        this.file = file;
        this.notationFile = DiagramNotation.fileFor(file);
        this.findingsFunction = findingsFunction;
        adapterFactory = EditAdapters.create();
        ResourceSet resourceSet = ModelLoader.newResourceSet();
        domain = EditAdapters.domain(adapterFactory, resourceSet);
        LoadResult loaded = new ModelLoader().load(file, resourceSet);
        if (loaded.hasErrors() || loaded.model() == null) {
            List<ModelDiagnostic> errors = loaded.errors();
            String first = errors.isEmpty() ? file + ": not a Toride model" : errors.get(0).toLocatedString();
            throw new ModelLoadException(first, loaded.diagnostics());
        }
        model = loaded.model();
        resource = loaded.resource();
        notation = DiagramNotation.read(notationFile);
        savedModel = readOrNull(file);
        recomputeFindings();
        domain.getCommandStack().addCommandStackListener(event -> afterCommand());
    }

    /**
     * Opens {@code file}. A model with errors is a {@link ModelLoadException} naming {@code FILE:LINE:COL}; a
     * malformed notation file an {@link IOException} naming it.
     *
     * @param findings computes the findings of the model (called under the lock, after every change)
     */
    public static StandaloneModelHandle open(Path file, Function<SecurityModel, List<DiagramFinding>> findings)
            throws IOException {
        return new StandaloneModelHandle(file, findings == null ? m -> List.of() : findings);
    }

    /** The model file. */
    public Path file() {
        return file;
    }

    /** The model (read it inside {@link #read}). */
    public SecurityModel model() {
        return model;
    }

    @Override
    public Resource resource() {
        return resource;
    }

    @Override
    public EditingDomain domain() {
        return domain;
    }

    @Override
    public DiagramNotation notation() {
        return notation;
    }

    @Override
    public <T> T read(Supplier<T> reader) {
        lock.lock();
        try {
            return reader.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void write(Runnable writer) {
        lock.lock();
        try {
            writer.run();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<DiagramFinding> findings() {
        return findings;
    }

    @Override
    public Runnable onFindingsChanged(Runnable listener) {
        findingsListeners.add(listener);
        return () -> findingsListeners.remove(listener);
    }

    @Override
    public void selected(List<String> elementIds) {
        selection = List.copyOf(elementIds);
    }

    /** What a diagram last reported as selected. */
    public List<String> selection() {
        return selection;
    }

    @Override
    public Runnable onSelectionRequest(Consumer<List<String>> listener) {
        selectionListeners.add(listener);
        return () -> selectionListeners.remove(listener);
    }

    /** Asks every open diagram to select (and show) {@code elementIds}, as a host's other views would. */
    public void requestSelection(List<String> elementIds) {
        List<String> ids = List.copyOf(elementIds);
        selectionListeners.forEach(listener -> listener.accept(ids));
    }

    /** Saves the model (only when its bytes changed, so a move leaves the model file untouched) and the notation. */
    @Override
    public void save() {
        write(() -> {
            try {
                byte[] bytes = new ModelSaver().serialize(model);
                if (savedModel == null || !Arrays.equals(bytes, savedModel)) {
                    ModelSaver.writeAtomically(bytes, file);
                    savedModel = bytes;
                }
                if (notation.isDirty()) {
                    notation.write(notationFile);
                }
                ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            } catch (IOException e) {
                // A file-system error's own message names the temporary file too; its reason is what the user needs.
                String reason = e instanceof java.nio.file.FileSystemException failed && failed.getReason() != null
                        ? failed.getReason() : e.getMessage();
                throw new UncheckedIOException(file + ": cannot save: " + reason, e);
            }
        });
    }

    /** Releases the item providers. */
    public void dispose() {
        adapterFactory.dispose();
    }

    @Override
    public Runnable onProblem(Consumer<String> listener) {
        problemListeners.add(listener);
        String now = saveProblem;
        if (now != null) {
            listener.accept(now);
        }
        return () -> problemListeners.remove(listener);
    }

    /** Whether some edits are only in memory: the last save after an edit failed. */
    public boolean hasUnsavedEdits() {
        return saveProblem != null;
    }

    /**
     * The last resort when the model cannot be saved where it belongs: writes it to a new file in {@code directory}
     * (named after the model and the time) and returns that file.
     */
    public Path saveCopy(Path directory) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.toride$", "");
        Path copy = directory.resolve(name + ".unsaved-" + System.currentTimeMillis() + ".toride");
        byte[] bytes = read(() -> {
            try {
                return new ModelSaver().serialize(model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ModelSaver.writeAtomically(bytes, copy);
        return copy;
    }

    /**
     * Runs on the thread that executed, undid or redid a command, still holding the lock. A failed save must not
     * undo the edit nor stop the diagrams from showing it: the edit stays in memory, the problem goes to the
     * listeners, and the next save after an edit writes everything.
     */
    private void afterCommand() {
        write(() -> {
            try {
                save();
                if (saveProblem != null) {
                    saveProblem = null;
                    problemListeners.forEach(listener -> listener.accept(null));
                }
            } catch (UncheckedIOException e) {
                saveProblem = e.getMessage();
                problemListeners.forEach(listener -> listener.accept(saveProblem));
            }
            recomputeFindings();
        });
    }

    private void recomputeFindings() {
        List<DiagramFinding> fresh = List.copyOf(findingsFunction.apply(model));
        if (!fresh.equals(findings)) {
            findings = fresh;
            findingsListeners.forEach(Runnable::run);
        }
    }

    private static byte[] readOrNull(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
