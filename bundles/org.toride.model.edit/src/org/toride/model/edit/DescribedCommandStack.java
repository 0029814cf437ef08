/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.model.edit;

import java.util.Locale;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.EMFEditPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.toride.model.ModelElement;

/**
 * A command stack that names what each property edit did, so that Edit ▸ Undo reads "Undo Set Filtered of 開発環境 ⇔
 * 情報系サーバ" (「開発環境 ⇔ 情報系サーバ のフィルタリングを設定」) instead of EMF's bare "Undo Set". The name is given
 * once, when the command runs, in the language the application runs in.
 */
public class DescribedCommandStack extends BasicCommandStack {

    @Override
    public void execute(Command command) {
        describe(command, Locale.getDefault());
        super.execute(command);
    }

    /** Gives {@code command} a name saying which property of which element it sets, if it is a plain set. */
    public static void describe(Command command, Locale locale) {
        SetCommand set = soleSet(command);
        if (set == null || set.getOwner() == null || !(set.getFeature() instanceof EStructuralFeature feature)) {
            return;
        }
        String label = label(set.getOwner(), feature, set.getValue() == SetCommand.UNSET_VALUE, locale);
        if (generic(set.getLabel())) {
            set.setLabel(label);
        }
        // A command that already says what it is (an import of a CSV that renames one asset) keeps its name.
        if (command instanceof AbstractCommand outer && outer != set && generic(outer.getLabel())) {
            outer.setLabel(label);
        }
    }

    /** Whether {@code label} is no name, EMF's bare "Set" or its "Do Command". */
    private static boolean generic(String label) {
        return label == null || label.isBlank() || label.equals(EMFEditPlugin.INSTANCE.getString("_UI_SetCommand_label"))
                || label.equals(org.eclipse.emf.common.CommonPlugin.INSTANCE.getString("_UI_AbstractCommand_label"));
    }

    /** "Set Filtered of X" / 「X のフィルタリングを設定」; "Clear …" / 「… を未記入に戻す」 for an unset. */
    static String label(EObject owner, EStructuralFeature feature, boolean unset, Locale locale) {
        boolean japanese = locale != null && "ja".equals(locale.getLanguage());
        String featureName = EditLabels.feature(feature, locale);
        String ownerName = owner instanceof ModelElement element
                ? element.getName() != null && !element.getName().isBlank() ? element.getName() : String.valueOf(element.getId())
                : owner.eClass().getName();
        if (japanese) {
            return ownerName + " の" + featureName + (unset ? "を未記入に戻す" : "を設定");
        }
        return (unset ? "Clear " : "Set ") + featureName + " of " + ownerName;
    }

    private static SetCommand soleSet(Command command) {
        if (command instanceof SetCommand set) {
            return set;
        }
        if (command instanceof CompoundCommand compound && compound.getCommandList().size() == 1) {
            return soleSet(compound.getCommandList().get(0));
        }
        if (command instanceof org.eclipse.emf.common.command.CommandWrapper wrapper) {
            return soleSet(wrapper.getCommand());
        }
        return null;
    }
}
