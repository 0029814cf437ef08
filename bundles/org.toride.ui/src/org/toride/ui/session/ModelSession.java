/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.toride.core.ids.IdAssigner;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.core.io.TorideResource;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.SecurityModel;
import org.toride.model.edit.EditAdapters;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;

/**
 * A model file open for editing, apart from whatever shows it: the resource, the editing domain and its one
 * command stack, the diagrams' layout, saving, crash recovery, reloading after outside changes, and the index of
 * the latest findings. Pages, the Outline, the Properties view, the Compliance view, the live check and the diagram
 * host all depend on a session and follow it through {@link SessionListener}; the editor is a part over it.
 * Everything here runs in the UI thread.
 */
public final class ModelSession {

    /** Quiet time after the last edit before the unsaved state is copied aside, in milliseconds. */
    static final long RECOVERY_DELAY_MS = 2000;

    private final IFile file;
    private final Path path;
    private final Recovery recovery;
    private final ComposedAdapterFactory adapterFactory = EditAdapters.create();
    private final VersionedCommandStack stack = new VersionedCommandStack();
    private final AdapterFactoryEditingDomain domain;
    private final FindingsIndex findings = new FindingsIndex();
    private boolean checking;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final SessionLayout layout;
    private final CommandStackListener stackListener = event -> Display.getDefault().asyncExec(this::stackChanged);
    private final IResourceChangeListener workspaceListener = this::workspaceChanged;
    private final Consumer<ModelSession> onDispose;
    private final Rereading rereading;
    /** Counts the reloads asked for; a reading that a later one overtook is dropped. UI thread only. */
    private int reloads;
    private TorideResource resource;
    private volatile SecurityModel model;
    private List<ModelDiagnostic> loadProblems = List.of();
    /** The model came from a recovery copy: unsaved until saved, whatever the command stack says. */
    private boolean restored;
    /** True while this session writes its own file, whose change must not count as someone else's. */
    private volatile boolean saving;
    private Job recoveryJob;
    private volatile boolean disposed;
    /** Writes the model to its file, atomically. */
    static final ModelWriter FILE_WRITER = (model, target) -> new ModelSaver().save(model, target);
    /** How the model reaches its file; a test puts a full disk here. */
    private ModelWriter writer = FILE_WRITER;

    /** Writes a model to its file. */
    @FunctionalInterface
    interface ModelWriter {
        void write(SecurityModel model, Path target) throws IOException;
    }

    /**
     * A model read off the UI thread and not yet seen by anything else: its resource set, what loading said, whether
     * it came from a recovery copy, and the diagrams' layout beside it. It belongs to the thread that holds it; the
     * session that takes it ({@link ModelSessions} hands it over to the UI thread) owns it from then on.
     */
    record Loaded(ResourceSet resourceSet, LoadResult result, boolean restored, SessionLayout layout) {
    }

    /** Reads a model file into a resource set; tests put a slow or failing reader here. */
    @FunctionalInterface
    interface Reader {
        LoadResult read(Path file, ResourceSet resourceSet);
    }

    /** How a session's model is read: {@link ModelLoader}. */
    static final Reader FILE_READER = (file, resourceSet) -> new ModelLoader().load(file, resourceSet);

    /** How a session reads its file again ({@link #reload}): with which reader, and whether in the background. */
    interface Rereading {
        Reader reader();

        boolean inBackground(IFile file);
    }

    /**
     * Reads {@code file}'s model (from its recovery copy when {@code fromCopy}), in any thread: nothing else may
     * see what it returns until it is handed over. The elements are watched for new ones needing ids already here,
     * since that walks every element.
     */
    static Loaded read(IFile file, Recovery recovery, boolean fromCopy, Reader reader) {
        Path path = file.getLocation().toFile().toPath();
        ResourceSet resourceSet = ModelLoader.newResourceSet();
        LoadResult result = null;
        boolean restored = false;
        try {
            Path copy = fromCopy ? recovery.store().pending(path) : null;
            if (copy != null) {
                LoadResult fromRecovery = reader.read(copy, resourceSet);
                if (!fromRecovery.hasErrors() && fromRecovery.model() != null) {
                    // The model keeps its own file's URI, so saving writes the file, not the copy.
                    fromRecovery.resource().setURI(URI.createFileURI(path.toAbsolutePath().toString()));
                    result = fromRecovery;
                    restored = true;
                } else {
                    resourceSet.getResources().clear();
                }
            }
            if (result == null) {
                result = reader.read(path, resourceSet);
            }
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // The loader reports what it knows as diagnostics; anything else still ends as a clear problem, not as
            // an editor that never stops loading.
            resourceSet.getResources().clear();
            result = LoadResult.unreadable(path, "cannot be read: " + e);
        }
        watchIds(result);
        return new Loaded(resourceSet, result, restored, new SessionLayout(file, path));
    }

    /**
     * The session of {@code file} over a model {@link #read} elsewhere and handed over to this (the UI) thread,
     * which owns it from now on.
     */
    ModelSession(IFile file, Recovery recovery, Loaded loaded, Consumer<ModelSession> onDispose, Rereading rereading) {
        this.file = file;
        this.path = file.getLocation().toFile().toPath();
        this.recovery = recovery;
        this.onDispose = onDispose;
        this.rereading = rereading;
        this.domain = EditAdapters.domain(adapterFactory, stack, loaded.resourceSet());
        take(loaded.result());
        this.restored = loaded.restored();
        this.layout = loaded.layout();
        domain.getCommandStack().addCommandStackListener(stackListener);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
    }

    /**
     * Whether to read {@code file} from the recovery copy a crash left, asked in {@code shell} (the UI thread); a
     * copy the user turns down is discarded.
     */
    static boolean recoverCopy(IFile file, Recovery recovery, Shell shell) {
        Path path = file.getLocation().toFile().toPath();
        Path copy = recovery.store().pending(path);
        if (copy == null) {
            return false;
        }
        if (recovery.prompt().test(shell, NLS.bind(Messages.ModelEditor_recoverMessage, path.getFileName(),
                LocalDateTime.ofInstant(copy.toFile().lastModified() > 0
                        ? Instant.ofEpochMilli(copy.toFile().lastModified()) : Instant.now(),
                        ZoneId.systemDefault()).withNano(0)))) {
            return true;
        }
        recovery.store().discard(path);
        return false;
    }

    private void take(LoadResult result) {
        loadProblems = result.diagnostics();
        boolean usable = !result.hasErrors() && result.model() != null;
        model = usable ? result.model() : null;
        resource = usable ? result.resource() : null;
    }

    // ---- what views read ----------------------------------------------------------------------------------

    /** The workspace file. */
    public IFile file() {
        return file;
    }

    /** The file in the file system. */
    public Path path() {
        return path;
    }

    /** The model, or null when the file did not load. */
    public SecurityModel model() {
        return model;
    }

    /** The model's resource, or null when the file did not load. */
    public TorideResource resource() {
        return resource;
    }

    /** The problems found while loading (errors keep the model from opening). */
    public List<ModelDiagnostic> loadProblems() {
        return loadProblems;
    }

    /** The editing domain, with the command stack every view of this model shares. */
    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    /** The item providers' adapter factory. */
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** Where the diagrams' boxes are, saved beside the model with it. */
    public DiagramNotation notation() {
        return layout.notation();
    }

    /** The latest findings of the model. */
    public FindingsIndex findings() {
        return findings;
    }

    /** The element with this id, or null. */
    public EObject element(String id) {
        return resource == null || id == null ? null : resource.getEObject(id);
    }

    /** Whether there are changes not saved to the file. */
    public boolean isDirty() {
        return restored || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** Whether the live check is bringing the findings up to date (after an edit, or while checking anew). */
    public boolean isChecking() {
        return checking;
    }

    /** Says whether the live check is bringing the findings up to date. */
    public void checking(boolean now) {
        if (checking != now) {
            checking = now;
            fire(SessionListener::checkingChanged);
        }
    }

    /** Whether the session ended. */
    public boolean isDisposed() {
        return disposed;
    }

    // ---- what changes it ----------------------------------------------------------------------------------

    /** Writes the model (atomically) and the diagrams' layout; the recovery copy goes. */
    public void save(IProgressMonitor monitor) throws IOException, CoreException {
        if (model == null) {
            return;
        }
        saving = true;
        try {
            writer.write(model, path);
            layout.save();
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            restored = false;
            recovery.store().discard(path);
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
        } finally {
            saving = false;
        }
        fire(SessionListener::dirtyChanged);
        fire(SessionListener::saved);
    }

    /** Writes the model with {@code replacement} from now on (tests simulate a full disk with it). */
    void useWriter(ModelWriter replacement) {
        this.writer = replacement;
    }

    /** Asks for the model to be checked again at once (say, because its project's requirement files changed). */
    public void requestCheck() {
        fire(SessionListener::checkRequested);
    }

    /**
     * Reads the model again from its file, in the same editing domain, and forgets the undo history (its commands
     * refer to the elements of the old model). Every view hears {@link SessionListener#reloaded()}; when the file
     * no longer loads, {@link SessionListener#loadFailed()} instead, with the problems in {@link #loadProblems()}.
     * <p>
     * A large file is read in a job, as when it was opened, and the views keep showing the model they have until the
     * new one is handed over in the UI thread (reading 100,000 elements held the UI thread about a second). If the
     * user edits a model that was saved meanwhile, the edits are not thrown away: the views hear
     * {@link SessionListener#changedOnDisk()} instead, as when the file changes under unsaved edits.
     */
    public void reload() {
        boolean discarding = isDirty();  // the user chose the file over the unsaved edits
        int reload = ++reloads;
        if (!rereading.inBackground(file)) {
            replaceWith(readAgain());
            return;
        }
        Job job = Job.create(NLS.bind(Messages.ModelEditor_loadingJob, file.getName()), monitor -> {
            LoadResult result = readAgain();
            Display.getDefault().asyncExec(() -> {
                if (disposed || reload != reloads) {
                    return;
                }
                if (!discarding && isDirty()) {
                    fire(SessionListener::changedOnDisk);
                } else {
                    replaceWith(result);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private LoadResult readAgain() {
        LoadResult result = rereading.reader().read(path, ModelLoader.newResourceSet());
        watchIds(result);
        return result;
    }

    /**
     * Elements created in the session (New ▸, paste, the diagram's palette) get an id at once. Attaching the watcher
     * walks every element, so it is done where the model is read (a job for a large file), before the hand-over.
     */
    private static void watchIds(LoadResult result) {
        if (!result.hasErrors() && result.model() != null) {
            new IdAssigner().watch(result.model());
        }
    }

    /** Puts the model read again in place of the one the views show (the UI thread). */
    private void replaceWith(LoadResult result) {
        if (result.hasErrors() || result.model() == null) {
            loadProblems = result.diagnostics();
            fire(SessionListener::loadFailed);
            return;
        }
        stack.changing(() -> {
            if (resource != null) {
                // Not unloaded: unloading visits every element (each made a proxy, each adapter list cleared, each
                // content adapter walking the tree as it goes), 0.75 s in the UI thread at 100,000 elements. Nothing
                // outside this resource refers into it, and the views move to the new model on reloaded().
                domain.getResourceSet().getResources().remove(resource);
            }
            result.resource().getResourceSet().getResources().remove(result.resource());
            domain.getResourceSet().getResources().add(result.resource());
            take(result);
        });
        restored = false;
        recovery.store().discard(path);
        layout.reload();
        findings.update(null);
        // Flushing tells the command stack's listeners (the diagrams among them) that everything changed.
        domain.getCommandStack().flush();
        fire(SessionListener::reloaded);
        fire(SessionListener::modelChanged);
        fire(SessionListener::dirtyChanged);
    }

    /** Tells the views that new findings are in {@link #findings()} (the live check calls this). */
    public void findingsUpdated() {
        fire(SessionListener::findingsChanged);
        findings.told();
    }

    /** Tells every listener; one that fails is logged and does not keep the others from hearing. */
    private void fire(Consumer<SessionListener> event) {
        for (SessionListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                TorideUiPlugin.logError("A view of " + path.getFileName() + " failed to follow a change", e);
            }
        }
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    /** Ends the session: listeners, jobs and the recovery copy (closing discards unsaved changes on purpose). */
    void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        domain.getCommandStack().removeCommandStackListener(stackListener);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
        if (recoveryJob != null) {
            recoveryJob.cancel();
        }
        if (model != null) {
            recovery.store().discard(path);
        }
        listeners.clear();
        adapterFactory.dispose();
        onDispose.accept(this);
    }

    // ---- reactions ----------------------------------------------------------------------------------------

    private void stackChanged() {
        if (disposed) {
            return;
        }
        fire(SessionListener::modelChanged);
        fire(SessionListener::dirtyChanged);
        scheduleRecoveryCopy();
    }

    /**
     * Keeps a copy of the unsaved state a few seconds after edits stop. The copy is taken and written in the
     * background (serialising a large model takes longer than the UI may be held); a copy that overlapped an edit
     * is thrown away and taken again a moment later.
     */
    private void scheduleRecoveryCopy() {
        if (recoveryJob == null) {
            recoveryJob = Job.create(Messages.ModelEditor_recoveryJob, monitor -> {
                SecurityModel current = model;
                if (current == null || disposed || !isDirty()) {
                    recovery.store().discard(path);
                    return Status.OK_STATUS;
                }
                try {
                    Optional<byte[]> copy = stack.readConsistently(() -> {
                        try {
                            return new ModelSaver().serializeAsIs(current);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                    if (copy.isPresent() && current == model) {
                        recovery.store().write(path, copy.get());
                    } else if (!disposed) {
                        recoveryJob.schedule(RECOVERY_DELAY_MS);
                    }
                } catch (IOException | RuntimeException e) {
                    TorideUiPlugin.logError("Keeping a recovery copy of " + path + " failed", e);
                }
                return Status.OK_STATUS;
            });
            recoveryJob.setSystem(true);
        }
        recoveryJob.schedule(RECOVERY_DELAY_MS);
    }

    private void workspaceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null) {
            return;
        }
        // A deleted file's delta also says its markers went: look at the kind before dismissing marker-only news.
        if (delta.getKind() == IResourceDelta.REMOVED) {
            Display.getDefault().asyncExec(() -> {
                if (!disposed) {
                    fire(SessionListener::fileRemoved);
                }
            });
        } else if ((delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0 && !saving) {
            Display.getDefault().asyncExec(() -> {
                if (disposed) {
                    return;
                }
                if (isDirty()) {
                    fire(SessionListener::changedOnDisk);
                } else {
                    reload();
                }
            });
        }
    }
}
