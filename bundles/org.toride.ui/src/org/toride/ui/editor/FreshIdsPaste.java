/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.toride.core.ids.IdAssigner;
import org.toride.model.ModelElement;

/**
 * Paste that gives the pasted elements ids of their own: a copy keeps its original's id, and two elements with one
 * id would make every reference to either ambiguous (the loader reports it as an error).
 */
final class FreshIdsPaste extends CommandWrapper {

    FreshIdsPaste(Command paste) {
        super(paste);
    }

    @Override
    public void execute() {
        super.execute();
        List<ModelElement> pasted = new ArrayList<>();
        EObject root = null;
        for (Object affected : getAffectedObjects()) {
            if (affected instanceof EObject object) {
                root = EcoreUtil.getRootContainer(object);
                if (object instanceof ModelElement element) {
                    pasted.add(element);
                }
                object.eAllContents().forEachRemaining(o -> {
                    if (o instanceof ModelElement element) {
                        pasted.add(element);
                    }
                });
            }
        }
        if (root == null) {
            return;
        }
        for (ModelElement element : pasted) {
            element.setId(null);
        }
        new IdAssigner().assignMissing(root);
    }
}
