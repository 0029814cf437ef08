/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.model.Conduit;
import org.toride.model.ToridePackage;
import org.toride.ui.Pointer;
import org.toride.ui.PropertiesView;
import org.toride.ui.Workbench;

/**
 * Every view of a model follows every change of its session, whatever made it: here the Properties view, which
 * kept showing a value changed in the details pane, and kept it after Ctrl+Z, until something else was selected.
 */
class SessionViewsTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void thePropertiesViewFollowsAnEditAndItsUndoWithTheSelectionUnchanged() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        PropertiesView properties = PropertiesView.show(editor);
        Conduit conduit = editor.session().model().getConduits().stream().filter(c -> !c.isFiltered()).findFirst()
                .orElseThrow();
        editor.showInTree(conduit);
        Workbench.waitUntil("the Properties view to show " + conduit.getName(), 10,
                () -> "no".equals(filtered(properties, editor, conduit)));

        // What the details pane does when Filtered is set there: a command on the session's stack.
        editor.session().domain().getCommandStack().execute(SetCommand.create(editor.session().domain(), conduit,
                ToridePackage.Literals.CONDUIT__FILTERED, true));
        Workbench.waitUntil("the Properties view to show the new value", 10,
                () -> "yes".equals(filtered(properties, editor, conduit)));

        editor.getSite().getShell().forceActive();
        editor.setFocus();
        Workbench.flush();
        Pointer.key("ctrl+z");
        Workbench.waitUntil("Ctrl+Z to undo the edit", 10, () -> !conduit.isFiltered());
        Workbench.waitUntil("the Properties view to follow the undo", 10,
                () -> "no".equals(filtered(properties, editor, conduit)));
        assertEquals(conduit, ((org.eclipse.jface.viewers.IStructuredSelection) editor.getSite().getSelectionProvider()
                .getSelection()).getFirstElement(), "the selection never changed");
    }

    /** Issue 19, defect 3: after a Delete the Properties view does not keep the deleted element; undo brings it back. */
    @Test
    void thePropertiesViewDropsADeletedElementAndFollowsTheUndoOfAReparent() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        PropertiesView properties = PropertiesView.show(editor);
        org.toride.model.Asset asset = (org.toride.model.Asset) editor.session().element("dev-branch-pc");
        org.toride.model.Zone home = asset.getZone();
        org.toride.model.Zone other = editor.session().model().getZones().stream().filter(z -> z != home).findFirst()
                .orElseThrow();
        editor.showInTree(asset);
        Workbench.waitUntil("the Properties view to show " + asset.getName(), 10,
                () -> asset.getName().equals(name(properties, editor, asset)));

        // A reparent (what a drag into another zone in the diagram executes), then Ctrl+Z.
        editor.session().domain().getCommandStack().execute(SetCommand.create(editor.session().domain(), asset,
                ToridePackage.Literals.ASSET__ZONE, other));
        Workbench.waitUntil("the Properties view to show the new zone", 10,
                () -> zone(properties, editor, asset).contains(other.getName()));
        editor.getSite().getShell().forceActive();
        editor.setFocus();
        Workbench.flush();
        Pointer.key("ctrl+z");
        Workbench.waitUntil("Ctrl+Z to undo the reparent", 10, () -> asset.getZone() == home);
        Workbench.waitUntil("the Properties view to follow the undo of the reparent", 10,
                () -> zone(properties, editor, asset).contains(home.getName()));

        // Delete with the key, in the tree: the view no longer shows the deleted element.
        editor.showInTree(asset);
        editor.treePage().viewer().getControl().setFocus();
        Workbench.flush();
        Pointer.key("Delete");
        Workbench.waitUntil("Delete to delete " + asset.getId(), 10, () -> asset.eResource() == null);
        Workbench.waitUntil("the Properties view to drop the deleted element", 10,
                () -> !asset.getName().equals(name(properties, editor, asset)));
        Pointer.key("ctrl+z");
        Workbench.waitUntil("Ctrl+Z to bring it back", 10, () -> asset.eResource() != null);
        Workbench.waitUntil("the Properties view to show it again", 10,
                () -> asset.getName().equals(name(properties, editor, asset)));
    }

    private static String name(PropertiesView properties, ModelEditor editor, org.eclipse.emf.ecore.EObject element) {
        return properties.value(editor, element, ToridePackage.Literals.MODEL_ELEMENT__NAME);
    }

    private static String zone(PropertiesView properties, ModelEditor editor, org.eclipse.emf.ecore.EObject element) {
        return properties.value(editor, element, ToridePackage.Literals.ASSET__ZONE);
    }

    private static String filtered(PropertiesView properties, ModelEditor editor, Conduit conduit) {
        return properties.value(editor, conduit, ToridePackage.Literals.CONDUIT__FILTERED);
    }
}
