/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.model.SecurityModel;
import org.toride.testsupport.Repository;
import org.toride.testsupport.Screenshots;
import org.toride.ui.Workbench;
import org.toride.ui.editor.ModelEditor;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * File > Import > Threat model and File > Export > Open Threat Model as a user goes through them: the dry-run page
 * before anything changes, a new model, an open model taking the import as one undoable step, a broken file.
 */
class ThreatModelWizardsTest {

    private WizardDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
        Workbench.page().closeAllEditors(false);
    }

    private ThreatModelImportWizard openImport(IFile selected) {
        ThreatModelImportWizard wizard = new ThreatModelImportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(selected));
        dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return wizard;
    }

    /** Next, as the user presses it: the dry-run page computes what will change. */
    private void next(ThreatModelImportWizard wizard) {
        assertTrue(wizard.page.isPageComplete(), wizard.page.getMessage());
        dialog.showPage(wizard.preview);
        Workbench.flush();
    }

    /** Lets GTK paint what changed (button states come a moment after the change) before a screenshot. */
    private static void settle() throws InterruptedException {
        long end = System.currentTimeMillis() + 500;
        while (System.currentTimeMillis() < end) {
            Workbench.flush();
            Thread.sleep(25);
        }
    }

    /** Whether the dialog's Finish button, as the user sees it, can be pressed. */
    private boolean finishButtonEnabled() {
        return findFinish(dialog.getShell());
    }

    private static boolean findFinish(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Button button
                    && org.eclipse.jface.dialogs.IDialogConstants.FINISH_LABEL.equals(button.getText())) {
                return button.isEnabled();
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite && findFinish(composite)) {
                return true;
            }
        }
        return false;
    }

    private static Path interop(String name) {
        return Repository.root().resolve("examples/interop/" + name);
    }

    @Test
    void aThreagileFileBecomesANewModelAfterTheDryRunPage() throws Exception {
        IFile example = Workbench.freshExample();
        ThreatModelImportWizard wizard = openImport(example);
        wizard.page.set(interop("minato-portal.threagile.yaml"), null, "water-utility/portal.toride", false);
        assertFalse(wizard.canFinish(), "Finish waits for the dry run");
        settle();
        Screenshots.save(dialog.getShell(), "tests/org.toride.ui.tests/target/screenshots/threat-model-import.png");

        next(wizard);

        IFile target = example.getProject().getFile("portal.toride");
        assertFalse(target.exists(), "the dry run creates nothing");
        String report = wizard.preview.reportText();
        assertTrue(report.contains("Zone control-network  Control Network"), report);
        assertTrue(report.contains("derived: flows cross these zones"), report);
        assertTrue(report.contains("minato-portal.threagile.yaml:"), "notes carry file and line: " + report);
        assertTrue(wizard.canFinish());
        assertTrue(finishButtonEnabled(), "the Finish button is enabled, not only canFinish()");
        settle();
        Screenshots.save(dialog.getShell(), "tests/org.toride.ui.tests/target/screenshots/threat-model-import-preview.png");

        assertTrue(wizard.performFinish(), wizard.preview.reportText());

        assertTrue(target.exists(), "created and seen by the workspace");
        LoadResult loaded = new ModelLoader().load(target.getLocation().toFile().toPath());
        assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
        SecurityModel model = loaded.model();
        assertEquals(4, model.getZones().size());
        assertEquals(5, model.getFlows().size());
        assertEquals("Minato Water customer portal", model.getName());
    }

    @Test
    void anOpenModelTakesTheImportAsOneUndoableStep() throws Exception {
        IFile example = Workbench.freshExample();
        ModelEditor editor = assertInstanceOf(ModelEditor.class, Workbench.open(example));
        byte[] before = Files.readAllBytes(example.getLocation().toFile().toPath());
        int zones = editor.session().model().getZones().size();
        ThreatModelImportWizard wizard = openImport(example);
        wizard.page.set(interop("minato-portal.otm.json"), example, null, false);
        next(wizard);
        assertTrue(wizard.preview.reportText().contains("Zone dmz  DMZ"), wizard.preview.reportText());
        assertEquals(zones, editor.session().model().getZones().size(), "the dry run changes nothing");

        assertTrue(wizard.performFinish(), wizard.preview.reportText());

        assertEquals(zones + 5, editor.session().model().getZones().size());
        assertTrue(editor.isDirty(), "imported, not saved: the user saves");
        assertArrayEquals(before, Files.readAllBytes(example.getLocation().toFile().toPath()));
        assertEquals("Import minato-portal.otm.json",
                editor.session().domain().getCommandStack().getUndoCommand().getLabel());
        editor.session().domain().getCommandStack().undo();
        assertEquals(zones, editor.session().model().getZones().size(), "one Undo takes it all back");
        assertNull(editor.session().element("dmz"));
    }

    @Test
    void aBrokenFileShowsItsLineAndCannotBeFinished() throws Exception {
        IFile example = Workbench.freshExample();
        Path broken = example.getLocation().toFile().toPath().resolveSibling("broken.yaml");
        Files.writeString(broken, "threagile_version: 1.0.0\ntechnical_assets:\n  A: {id: a\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(example.getLocation().toFile().toPath());
        ThreatModelImportWizard wizard = openImport(example);
        wizard.page.set(broken, example, null, false);

        next(wizard);

        assertTrue(wizard.preview.reportText().startsWith("broken.yaml:"), wizard.preview.reportText());
        assertNotNull(wizard.preview.getErrorMessage());
        assertFalse(wizard.canFinish());
        assertArrayEquals(before, Files.readAllBytes(example.getLocation().toFile().toPath()));
    }

    @Test
    void theExampleExportsAsOtmBesideTheModel() throws Exception {
        IFile example = Workbench.freshExample();
        OtmExportWizard wizard = new OtmExportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(example));
        dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Path expected = example.getLocation().toFile().toPath().resolveSibling("water-utility.otm.json");
        assertEquals(expected, wizard.page.output.path());

        assertTrue(wizard.performFinish());

        assertTrue(example.getProject().getFile("water-utility.otm.json").exists());
        JsonObject document = JsonParser.parseString(Files.readString(expected)).getAsJsonObject();
        assertEquals("0.2.0", document.get("otmVersion").getAsString());
        SecurityModel model = new ModelLoader().load(example.getLocation().toFile().toPath()).model();
        assertEquals(model.getFlows().size(), document.getAsJsonArray("dataflows").size());
        assertTrue(wizard.export.leftOut().containsKey("Conduit"));
    }
}
