/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.core.io.ModelLoader;
import org.toride.model.Asset;
import org.toride.model.DataFlow;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;
import org.toride.ui.editor.ModelEditor;
import org.toride.ui.emf.ModelPropertySourceProvider;

/** The model editor as an architect uses it: open, edit, undo, redo, save, and a broken file. */
class ModelEditorTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void editUndoRedoSave() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = assertInstanceOf(ModelEditor.class, Workbench.open(file));
        SecurityModel model = editor.session().model();
        Asset asset = model.getAssets().get(0);
        String before = asset.getName();

        // Through the Properties view's bridge, as a user typing in the sheet would.
        IPropertySource source = new ModelPropertySourceProvider(editor.session().adapterFactory()).getPropertySource(asset);
        IItemPropertySource items = (IItemPropertySource) editor.session().adapterFactory().adapt(asset, IItemPropertySource.class);
        Object nameId = items.getPropertyDescriptors(asset).stream()
                .filter(d -> d.getFeature(asset) == ToridePackage.Literals.MODEL_ELEMENT__NAME).findFirst().orElseThrow()
                .getId(asset);
        assertTrue(List.of(source.getPropertyDescriptors()).stream().anyMatch(d -> d.getId().equals(nameId)));
        source.setPropertyValue(nameId, "Renamed in test");
        assertEquals("Renamed in test", asset.getName());
        assertTrue(editor.isDirty(), "an edit dirties the editor");

        editor.session().domain().getCommandStack().undo();
        assertEquals(before, asset.getName());
        assertFalse(editor.isDirty(), "undoing the only edit makes the editor clean again");

        editor.session().domain().getCommandStack().redo();
        assertEquals("Renamed in test", asset.getName());
        assertTrue(editor.isDirty());

        editor.doSave(null);
        assertFalse(editor.isDirty());
        SecurityModel saved = new ModelLoader().load(file.getLocation().toFile().toPath()).model();
        assertEquals("Renamed in test", ((Asset) saved.eResource().getEObject(asset.getId())).getName());
    }

    @Test
    void everyPropertyHasADescriptorAndSettingAnEnumIsUndoable() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        DataFlow flow = editor.session().model().getFlows().get(0);
        IItemPropertySource items = (IItemPropertySource) editor.session().adapterFactory().adapt(flow, IItemPropertySource.class);
        IItemPropertyDescriptor encrypted = items.getPropertyDescriptors(flow).stream()
                .filter(d -> d.getFeature(flow) == ToridePackage.Literals.DATA_FLOW__ENCRYPTED).findFirst().orElseThrow();
        boolean old = flow.isEncrypted();
        org.toride.ui.emf.PropertyValues.set(encrypted, flow, !old);
        assertEquals(!old, flow.isEncrypted());
        editor.session().domain().getCommandStack().undo();
        assertEquals(old, flow.isEncrypted());
    }

    @Test
    void deleteRemovesReferencesAndUndoRestoresThem() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Zone zone = editor.session().model().getAssets().stream().map(Asset::getZone).filter(z -> z != null).findFirst().orElseThrow();
        List<Asset> inZone = List.copyOf(zone.getAssets());
        assertFalse(inZone.isEmpty());
        editor.actions().selectionChanged(new StructuredSelection(zone));
        editor.getEditorSite().getSelectionProvider().setSelection(new StructuredSelection(zone));
        runDelete(editor);
        assertFalse(editor.session().model().getZones().contains(zone));
        assertTrue(inZone.stream().allMatch(a -> a.getZone() == null), "assets no longer point at a deleted zone");
        editor.session().domain().getCommandStack().undo();
        assertTrue(editor.session().model().getZones().contains(zone));
        assertTrue(inZone.stream().allMatch(a -> a.getZone() == zone), "undo restores the assets' zone");
    }

    @Test
    void copyAndPasteMakesANewAssetWithItsOwnIdAndNewChildrenGetIds() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        Asset original = editor.session().model().getAssets().get(0);
        int before = editor.session().model().getAssets().size();
        editor.getEditorSite().getSelectionProvider().setSelection(new StructuredSelection(original));
        Workbench.flush();
        global(editor, org.eclipse.ui.actions.ActionFactory.COPY).run();
        org.toride.ui.emf.ModelGroup assets = new org.toride.ui.emf.ModelGroup(editor.session().model(),
                ToridePackage.Literals.SECURITY_MODEL__ASSETS, null);
        editor.actions().selectionChanged(new StructuredSelection(assets));
        org.eclipse.jface.action.IAction paste = global(editor, org.eclipse.ui.actions.ActionFactory.PASTE);
        assertTrue(paste.isEnabled(), "paste into the assets folder");
        paste.run();
        assertEquals(before + 1, editor.session().model().getAssets().size());
        Asset copy = editor.session().model().getAssets().get(before);
        assertEquals(original.getName(), copy.getName());
        assertNotNull(copy.getId());
        assertFalse(copy.getId().equals(original.getId()), "a pasted copy has its own id");
        assertEquals(copy, editor.session().element(copy.getId()));
        assertEquals(original, editor.session().element(original.getId()));

        List<org.eclipse.jface.action.IAction> children = editor.actions().newChildActions();
        assertFalse(children.isEmpty(), "the assets folder offers the kinds of asset");
        children.get(0).run();
        Asset created = editor.session().model().getAssets().get(before + 1);
        assertNotNull(created.getId(), "a new element gets an id at once");
        editor.session().domain().getCommandStack().undo();
        editor.session().domain().getCommandStack().undo();
        assertEquals(before, editor.session().model().getAssets().size());
    }

    @Test
    void aCleanEditorShowsAChangeMadeOutsideIt() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        String id = editor.session().model().getAssets().get(0).getId();
        SecurityModel elsewhere = new ModelLoader().load(file.getLocation().toFile().toPath()).model();
        ((Asset) elsewhere.eResource().getEObject(id)).setName("Changed by the command line");
        file.setContents(new ByteArrayInputStream(new org.toride.core.io.ModelSaver().serialize(elsewhere)), true, false, null);
        Workbench.waitUntil("the editor to show the new content", 30, () -> Workbench.page().getActiveEditor() instanceof ModelEditor open
                && open.session().model() != null && open.session().element(id) instanceof Asset asset
                && "Changed by the command line".equals(asset.getName()));
    }

    private static List<String> texts(org.eclipse.swt.widgets.Composite parent) {
        List<String> found = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Text text) {
                found.add(text.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                found.addAll(texts(composite));
            }
        }
        return found;
    }

    private static org.eclipse.jface.action.IAction global(ModelEditor editor, org.eclipse.ui.actions.ActionFactory action) {
        return editor.getEditorSite().getActionBars().getGlobalActionHandler(action.getId());
    }

    private static void runDelete(ModelEditor editor) {
        org.eclipse.jface.action.IAction delete = editor.getEditorSite().getActionBars()
                .getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.DELETE.getId());
        assertNotNull(delete, "the workbench's Delete is connected to the editor");
        assertTrue(delete.isEnabled());
        delete.run();
    }

    @Test
    void aBrokenFileOpensAsAListOfItsProblems() throws Exception {
        IFile example = Workbench.freshExample();
        IFile broken = example.getProject().getFile("broken.toride");
        broken.create(new ByteArrayInputStream("<toride:SecurityModel xmlns:toride=\"http://www.toride.org/model/1.0\"><zones id="
                .getBytes(StandardCharsets.UTF_8)), true, null);
        IEditorPart part = Workbench.open(broken);
        ModelEditor editor = assertInstanceOf(ModelEditor.class, part);
        assertEquals(null, editor.session().model());
        assertFalse(editor.session().loadProblems().isEmpty());
        assertTrue(editor.session().loadProblems().get(0).toLocatedString().contains("broken.toride:1:"),
                editor.session().loadProblems().toString());
        assertFalse(editor.isDirty());
        String page = texts(editor.getSite().getShell()).stream().filter(t -> t.contains("broken.toride")).findFirst()
                .orElseThrow(() -> new AssertionError("no page lists the problems"));
        assertTrue(page.contains("broken.toride:1:80: XML is incomplete"), page);
        assertFalse(page.contains("ModelDiagnostic["), "problems are shown as the tools print them: " + page);
        editor.doSave(null);
        assertTrue(Files.readString(broken.getLocation().toFile().toPath()).endsWith("<zones id="),
                "saving an editor that could not load writes nothing");
    }
}
