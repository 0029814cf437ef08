/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.core.importer.ImportResult;
import org.toride.model.Asset;
import org.toride.model.ToridePackage;
import org.toride.testsupport.Repository;
import org.toride.ui.Pointer;
import org.toride.ui.Workbench;
import org.toride.ui.editor.ModelEditor;

/** The asset list import wizard: dry run, rejected rows with their lines, a model with unsaved edits refused. */
class AssetImportWizardTest {

    private static final String RENAME = "ID,Name\nsys-billing,Billing renamed by import\n";

    private WizardDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
        Workbench.page().closeAllEditors(false);
    }

    private AssetImportWizard open(IFile model) {
        AssetImportWizard wizard = new AssetImportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model));
        dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return wizard;
    }

    private static Path csv(IFile model, String name, String content) throws Exception {
        Path file = model.getLocation().toFile().toPath().resolveSibling(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] bytes(IFile model) throws Exception {
        return Files.readAllBytes(model.getLocation().toFile().toPath());
    }

    @Test
    void theExamplesOwnAssetListChangesNothing() throws Exception {
        IFile model = Workbench.freshExample();
        byte[] before = bytes(model);
        AssetImportWizard wizard = open(model);
        assertEquals(model, wizard.page.model.file(), "prefilled from the selection");
        wizard.page.set(Repository.root().resolve("examples/water-utility.assets.csv"), model, true, false);

        assertFalse(wizard.performFinish(), "a dry run keeps the wizard open with its report");
        ImportResult dry = wizard.outcome.result();
        assertEquals(0, dry.created());
        assertEquals(0, dry.updated());
        assertEquals(80, dry.unchanged(), "every row of the list");
        assertTrue(dry.problems().isEmpty(), dry.problems().toString());
        assertTrue(wizard.page.reportText().contains("80"), wizard.page.reportText());

        wizard.page.set(Repository.root().resolve("examples/water-utility.assets.csv"), model, false, false);
        assertTrue(wizard.performFinish());
        assertEquals(80, wizard.outcome.result().unchanged());
        assertArrayEquals(before, bytes(model), "the model is not rewritten");
    }

    @Test
    void aBadRowIsReportedWithItsLineAndNothingChanges() throws Exception {
        IFile model = Workbench.freshExample();
        byte[] before = bytes(model);
        Path csv = csv(model, "bad.csv", "ID,Name,Type\nsys-billing,Billing renamed,\nasset-new,A new thing,\n");
        AssetImportWizard wizard = open(model);
        wizard.page.set(csv, model, false, false);

        assertFalse(wizard.performFinish(), "rejected rows keep the wizard open");

        ImportResult result = wizard.outcome.result();
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(3, result.problems().get(0).line());
        assertFalse(result.applied());
        assertTrue(wizard.page.reportText().contains("bad.csv:3: "), wizard.page.reportText());
        assertNotNull(wizard.page.getErrorMessage());
        assertArrayEquals(before, bytes(model), "nothing imported");

        wizard.page.set(csv, model, false, true);
        assertFalse(wizard.performFinish(), "still open: the rejected row is shown");
        assertEquals(1, wizard.outcome.result().updated());
        assertTrue(new String(bytes(model), StandardCharsets.UTF_8).contains("Billing renamed"), "partial applies the good row");
    }

    @Test
    void aModelWithUnsavedEditsTakesTheImportAsOneStepThatCtrlZUndoes() throws Exception {
        IFile model = Workbench.freshExample();
        ModelEditor editor = assertInstanceOf(ModelEditor.class, Workbench.open(model));
        Asset asset = editor.session().model().getAssets().stream().filter(a -> !"sys-billing".equals(a.getId()))
                .findFirst().orElseThrow();
        editor.session().domain().getCommandStack().execute(SetCommand.create(editor.session().domain(), asset,
                ToridePackage.Literals.MODEL_ELEMENT__NAME, "Edited, not saved"));
        assertTrue(editor.isDirty());
        byte[] before = bytes(model);
        Asset billing = (Asset) editor.session().element("sys-billing");
        String billingName = billing.getName();
        AssetImportWizard wizard = open(model);
        wizard.page.set(csv(model, "rename.csv", RENAME), model, false, false);

        assertTrue(wizard.performFinish(), wizard.page.reportText());

        assertEquals("Billing renamed by import", billing.getName(), "the import went into the open model");
        assertEquals("Edited, not saved", asset.getName(), "the unsaved edit is kept");
        assertTrue(editor.isDirty(), "imported, not saved: the user saves");
        assertArrayEquals(before, bytes(model), "the file is untouched until saved");
        assertEquals("Import rename.csv", editor.session().domain().getCommandStack().getUndoCommand().getLabel(),
                "Edit > Undo names the import");

        // Ctrl+Z, pressed as a user presses it in the editor's tree, takes the whole import back and nothing else.
        dialog.close();
        dialog = null;
        Workbench.page().activate(editor);
        editor.showPage(0);
        editor.getSite().getShell().forceActive();
        editor.setFocus();
        Workbench.flush();
        Pointer.key("ctrl+z");
        Workbench.waitUntil("Ctrl+Z to undo the import", 10, () -> billingName.equals(billing.getName()));
        assertEquals("Edited, not saved", asset.getName(), "one Ctrl+Z undoes the import only");
        Pointer.key("ctrl+z");
        Workbench.waitUntil("a second Ctrl+Z to undo the edit before it", 10,
                () -> !"Edited, not saved".equals(asset.getName()));
    }
}
