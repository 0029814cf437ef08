/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.toride.ui.Messages;

/**
 * Chooses the value of a single-valued reference in a dialog with a filter: the candidates of a reference can be
 * thousands of elements, which a drop-down cannot list usefully (nor quickly), and they are found only when asked.
 */
public final class ReferenceChooser {

    /** Stands for "no value" in the list. */
    private static final Object NONE = new Object();

    private ReferenceChooser() {
    }

    /**
     * Asks for the new value of {@code descriptor}'s reference of {@code object}: empty when cancelled, else the
     * choice (itself empty for "none").
     */
    public static Optional<Optional<Object>> choose(Shell shell, Object object, IItemPropertyDescriptor descriptor) {
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        List<Object> candidates = new ArrayList<>();
        candidates.add(NONE);
        if (choices != null) {
            for (Object choice : choices) {
                if (choice != null) {
                    candidates.add(choice);
                }
            }
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element == NONE ? Messages.ReferenceChooser_none
                        : PropertyValues.text(descriptor, object, element);
            }
        });
        dialog.setTitle(NLS.bind(Messages.ManyValuesCellEditor_title, descriptor.getDisplayName(object)));
        dialog.setMessage(descriptor.getDescription(object));
        dialog.setMultipleSelection(false);
        dialog.setElements(candidates.toArray());
        Object current = PropertyValues.get(descriptor, object);
        dialog.setInitialSelections(current == null ? NONE : current);
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return Optional.empty();
        }
        Object chosen = dialog.getFirstResult();
        return Optional.of(chosen == NONE ? Optional.empty() : Optional.of(chosen));
    }
}
