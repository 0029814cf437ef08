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

    private static String filtered(PropertiesView properties, ModelEditor editor, Conduit conduit) {
        return properties.value(editor, conduit, ToridePackage.Literals.CONDUIT__FILTERED);
    }
}
