/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.model.Asset;
import org.toride.model.ToridePackage;
import org.toride.ui.Dialogs;
import org.toride.ui.Messages;
import org.toride.ui.Workbench;
import org.toride.ui.editor.ModelEditor;

/**
 * What goes wrong under an editor with unsaved edits — a full disk, a deleted or read-only file, a git checkout —
 * keeps the edits and tells the user what happened, in a dialog the test answers with the pointer.
 */
class WorkbenchFaultsTest {

    private static final String EDITED = "Edited before the fault";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void aFullDiskLeavesTheFileAsItWasAndTheEditsInTheEditor() throws Exception {
        IFile file = Workbench.freshExample();
        Path model = path(file);
        byte[] before = Files.readAllBytes(model);
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        String id = edit(editor);
        // The disk fills after the first bytes of the new content are written.
        editor.session().useWriter((m, target) -> ModelSaver.writeAtomically(target, out -> {
            out.write(new ModelSaver().serializeAsIs(m), 0, 200);
            throw new IOException("No space left on device");
        }));

        Dialogs.Answer failed = Dialogs.answer(Messages.ModelEditor_saveFailedTitle, IDialogConstants.OK_LABEL);
        save(editor);
        String said = failed.await();

        assertTrue(said.contains(model.toString()) && said.contains("No space left on device"), said);
        assertArrayEquals(before, Files.readAllBytes(model), "the file on disk changed");
        assertEquals(List.of(model.getFileName().toString()), modelFiles(model), "a temporary file was left behind");
        assertTrue(editor.isDirty());
        assertEquals(EDITED, name(editor, id));

        editor.session().useWriter(ModelSession.FILE_WRITER); // space freed
        save(editor);
        Workbench.waitUntil("the save", 30, () -> !editor.isDirty());
        assertEquals(EDITED, nameOnDisk(model, id));
    }

    @Test
    void aFileDeletedUnderUnsavedEditsKeepsTheEditorAndSaveWritesItAgain() throws Exception {
        IFile file = Workbench.freshExample();
        Path model = path(file);
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        String id = edit(editor);

        Dialogs.Answer told = Dialogs.answer(Messages.ModelEditor_removedTitle, IDialogConstants.OK_LABEL);
        Files.delete(model);
        file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
        String said = told.await();

        assertTrue(said.contains(file.getName()), said);
        assertTrue(Arrays.asList(Workbench.page().getEditors()).contains(editor), "the editor was closed");
        assertTrue(editor.isDirty());
        assertEquals(EDITED, name(editor, id));

        save(editor);
        Workbench.waitUntil("the save", 30, () -> !editor.isDirty());
        assertEquals(EDITED, nameOnDisk(model, id));
    }

    @Test
    void aFileDeletedUnderAnEditorWithoutEditsClosesIt() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);

        Files.delete(path(file));
        file.getParent().refreshLocal(IResource.DEPTH_ONE, null);

        Workbench.waitUntil("the editor to close", 30,
                () -> !Arrays.asList(Workbench.page().getEditors()).contains(editor));
    }

    @Test
    void aReadOnlyFileIsNotReplacedAndTheEditsWaitUntilItIsWritable() throws Exception {
        IFile file = Workbench.freshExample();
        Path model = path(file);
        byte[] before = Files.readAllBytes(model);
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        String id = edit(editor);
        Files.setPosixFilePermissions(model, PosixFilePermissions.fromString("r--r--r--"));
        try {
            Dialogs.Answer failed = Dialogs.answer(Messages.ModelEditor_saveFailedTitle, IDialogConstants.OK_LABEL);
            save(editor);
            String said = failed.await();

            assertTrue(said.contains(model.toString()) && said.contains(Messages.ModelEditor_readOnly), said);
            assertArrayEquals(before, Files.readAllBytes(model));
            assertTrue(editor.isDirty());
        } finally {
            Files.setPosixFilePermissions(model, PosixFilePermissions.fromString("rw-r--r--"));
        }
        save(editor);
        Workbench.waitUntil("the save", 30, () -> !editor.isDirty());
        assertEquals(EDITED, nameOnDisk(model, id));
    }

    @Test
    void aGitCheckoutUnderUnsavedEditsAsksAndKeepsTheEditsUnlessTheUserLoadsTheFile() throws Exception {
        IFile file = Workbench.freshExample();
        Path model = path(file);
        Path repository = model.getParent();
        String name = model.getFileName().toString();
        String original = Files.readString(model);
        String id = new ModelLoader().load(model).model().getAssets().get(0).getId();
        String theirs = "Renamed on the other branch";
        git(repository, "init", "-q", "-b", "main");
        git(repository, "add", name);
        git(repository, "commit", "-q", "-m", "example");
        git(repository, "checkout", "-q", "-b", "other");
        String otherVersion = original.replaceFirst("(id=\"" + id + "\" name=\")[^\"]*\"", "$1" + theirs + "\"");
        assertFalse(otherVersion.equals(original), "the asset's name was not found in the file");
        Files.writeString(model, otherVersion, StandardCharsets.UTF_8);
        git(repository, "commit", "-q", "-am", "rename");
        git(repository, "checkout", "-q", "main");
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        edit(editor);

        Dialogs.Answer keep = Dialogs.answer(Messages.ModelEditor_changedTitle, Messages.ModelEditor_changedKeep);
        git(repository, "checkout", "-q", "other");
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        assertTrue(keep.await().contains(name), keep.text());
        assertTrue(editor.isDirty(), "the edits were dropped");
        assertEquals(EDITED, name(editor, id));
        assertEquals(theirs, nameOnDisk(model, id), "the checkout's version is on disk");

        Dialogs.Answer load = Dialogs.answer(Messages.ModelEditor_changedTitle, Messages.ModelEditor_changedLoad);
        git(repository, "checkout", "-q", "main");
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        load.await();
        Workbench.waitUntil("the reload", 30, () -> !editor.isDirty());
        String originalName = new ModelLoader().load(model).model().eResource().getEObject(id) instanceof Asset a
                ? a.getName() : null;
        assertEquals(originalName, name(editor, id));

        // Without unsaved edits there is nothing to ask: the editor shows the checked-out version.
        git(repository, "checkout", "-q", "other");
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        Workbench.waitUntil("the reload in place", 30, () -> theirs.equals(name(editor, id)));
        assertFalse(editor.isDirty());
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static Path path(IFile file) {
        return file.getLocation().toFile().toPath();
    }

    /** Renames the first asset, unsaved; returns its id. */
    private static String edit(ModelEditor editor) {
        Asset asset = editor.session().model().getAssets().get(0);
        editor.session().domain().getCommandStack().execute(SetCommand.create(editor.session().domain(), asset,
                ToridePackage.Literals.MODEL_ELEMENT__NAME, EDITED));
        Workbench.waitUntil("the edit to show as unsaved", 30, editor::isDirty);
        return asset.getId();
    }

    /**
     * File > Save with the editor active: the command Ctrl+S runs. (The key itself depends on which X window has
     * the focus, which earlier tests in the same workbench may have moved.)
     */
    private static void save(ModelEditor editor) throws Exception {
        Workbench.page().activate(editor);
        Workbench.flush();
        editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.FILE_SAVE, null);
        Workbench.flush();
    }

    private static String name(ModelEditor editor, String id) {
        return editor.session().element(id) instanceof Asset asset ? asset.getName() : null;
    }

    private static String nameOnDisk(Path model, String id) {
        return new ModelLoader().load(model).model().eResource().getEObject(id) instanceof Asset asset
                ? asset.getName() : null;
    }

    /** The model file and anything beside it named after it (the temporary files of a save). */
    private static List<String> modelFiles(Path model) throws IOException {
        String name = model.getFileName().toString();
        try (Stream<Path> files = Files.list(model.getParent())) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.contains(name) && !f.endsWith(".layout"))
                    .sorted().toList();
        }
    }

    private static void git(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Toride Test",
                "-c", "user.email=test@toride.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        Workbench.waitUntil("git " + String.join(" ", args), 30, () -> !process.isAlive());
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "git " + String.join(" ", args) + ": " + output);
    }

}
