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
import org.toride.ui.session.Recovery;
import org.toride.ui.session.RecoveryStore;

/** A crash does not eat the last edits: the unsaved state is kept aside and offered back on the next opening. */
class RecoveryTest {

    @TempDir
    Path store;
    private Recovery previous;
    /** What the user answers when asked to restore; null: the question is a test failure. */
    private BiPredicate<Shell, String> answer;

    @BeforeEach
    void useTemporaryStore() {
        previous = Workbench.sessions().recovery();
        Workbench.sessions().useRecovery(new Recovery(new RecoveryStore(store), (shell, message) -> {
            if (answer == null) {
                throw new AssertionError("unexpectedly asked: " + message);
            }
            return answer.test(shell, message);
        }));
    }

    @AfterEach
    void restore() {
        Workbench.page().closeAllEditors(false);
        Workbench.sessions().useRecovery(previous);
    }

    private static RecoveryStore store() {
        return Workbench.sessions().recovery().store();
    }

    @Test
    void unsavedEditsSurviveAnEditorThatNeverClosedCleanly() throws Exception {
        IFile file = Workbench.freshExample();
        Path model = file.getLocation().toFile().toPath();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Asset asset = editor.session().model().getAssets().get(0);
        String id = asset.getId();
        editor.session().domain().getCommandStack().execute(SetCommand.create(editor.session().domain(), asset,
                ToridePackage.Literals.MODEL_ELEMENT__NAME, "Edited before the crash"));
        Path copy = store().copyOf(model);
        Workbench.waitUntil("the recovery copy", 30, () -> Files.exists(copy));

        // A crash leaves the copy behind; closing the editor would discard it, so keep what a crash keeps.
        Path leftover = store.resolve("leftover");
        Files.copy(copy, leftover);
        Workbench.page().closeAllEditors(false);
        assertFalse(Files.exists(copy), "discarding changes on purpose leaves nothing to recover");
        Files.move(leftover, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().plusSeconds(5)));

        String[] asked = new String[1];
        answer = (shell, message) -> {
            asked[0] = message;
            return true;
        };
        ModelEditor reopened = (ModelEditor) Workbench.open(file);
        assertNotNull(asked[0], "the user is asked");
        assertTrue(asked[0].contains(model.getFileName().toString()), asked[0]);
        assertEquals("Edited before the crash", ((Asset) reopened.session().element(id)).getName());
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
        Path copy = store().copyOf(model);
        Files.createDirectories(copy.getParent());
        Files.copy(model, copy);
        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().plusSeconds(5)));
        answer = (shell, message) -> false;
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        assertFalse(editor.isDirty());
        assertFalse(Files.exists(copy));
        assertNull(store().pending(model));
    }
}
