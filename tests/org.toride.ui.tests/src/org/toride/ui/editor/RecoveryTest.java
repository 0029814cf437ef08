/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.function.BiPredicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.core.io.ModelLoader;
import org.toride.model.Asset;
import org.toride.model.ToridePackage;
import org.toride.ui.Workbench;

/** A crash does not eat the last edits: the unsaved state is kept aside and offered back on the next opening. */
class RecoveryTest {

    @TempDir
    Path store;
    private RecoveryStore previousStore;
    private BiPredicate<Shell, String> previousPrompt;

    @BeforeEach
    void useTemporaryStore() {
        previousStore = ModelEditor.recovery;
        previousPrompt = ModelEditor.restorePrompt;
        ModelEditor.recovery = new RecoveryStore(store);
    }

    @AfterEach
    void restore() {
        Workbench.page().closeAllEditors(false);
        ModelEditor.recovery = previousStore;
        ModelEditor.restorePrompt = previousPrompt;
    }

    @Test
    void unsavedEditsSurviveAnEditorThatNeverClosedCleanly() throws Exception {
        IFile file = Workbench.freshExample();
        Path model = file.getLocation().toFile().toPath();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Asset asset = editor.model().getAssets().get(0);
        String id = asset.getId();
        editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), asset,
                ToridePackage.Literals.MODEL_ELEMENT__NAME, "Edited before the crash"));
        Path copy = ModelEditor.recovery.copyOf(model);
        Workbench.waitUntil("the recovery copy", 30, () -> Files.exists(copy));

        // A crash leaves the copy behind; closing the editor would discard it, so keep what a crash keeps.
        Path leftover = store.resolve("leftover");
        Files.copy(copy, leftover);
        Workbench.page().closeAllEditors(false);
        assertFalse(Files.exists(copy), "discarding changes on purpose leaves nothing to recover");
        Files.move(leftover, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().plusSeconds(5)));

        String[] asked = new String[1];
        ModelEditor.restorePrompt = (shell, message) -> {
            asked[0] = message;
            return true;
        };
        ModelEditor reopened = (ModelEditor) Workbench.open(file);
        assertNotNull(asked[0], "the user is asked");
        assertTrue(asked[0].contains(model.getFileName().toString()), asked[0]);
        assertEquals("Edited before the crash", ((Asset) reopened.element(id)).getName());
        assertTrue(reopened.isDirty(), "restored changes are unsaved until saved");
        reopened.doSave(null);
        assertFalse(reopened.isDirty());
        assertFalse(Files.exists(copy), "saving removes the copy");
        assertEquals("Edited before the crash",
                ((Asset) new ModelLoader().load(model).model().eResource().getEObject(id)).getName());
    }

    @Test
    void declinedRecoveryOpensTheFileAndForgetsTheCopy() throws Exception {
        IFile file = Workbench.freshExample();
        Path model = file.getLocation().toFile().toPath();
        Path copy = ModelEditor.recovery.copyOf(model);
        Files.createDirectories(copy.getParent());
        Files.copy(model, copy);
        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().plusSeconds(5)));
        ModelEditor.restorePrompt = (shell, message) -> false;
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        assertFalse(editor.isDirty());
        assertFalse(Files.exists(copy));
        assertNull(ModelEditor.recovery.pending(model));
    }
}
