/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.toride.model.ModelElement;
import org.toride.model.ToridePackage;
import org.toride.ui.Messages;
import org.toride.ui.emf.EditImages;
import org.toride.ui.emf.ModelGroup;

/**
 * The editing actions of the model editor (undo, redo, cut, copy, paste, delete, rename, new child), each executing
 * an EMF.Edit command on the editor's one command stack. They follow the editor's selection.
 */
public final class EditActions {

    private final EditingDomain domain;
    private final Shell shell;
    private IStructuredSelection selection = StructuredSelection.EMPTY;

    final CommandAction undo;
    final CommandAction redo;
    final CommandAction cut;
    final CommandAction copy;
    final CommandAction paste;
    final CommandAction delete;
    final Action rename;

    public EditActions(EditingDomain domain, Shell shell) {
        this.domain = domain;
        this.shell = shell;
        CommandStack stack = domain.getCommandStack();
        undo = new CommandAction(ActionFactory.UNDO, ISharedImages.IMG_TOOL_UNDO) {
            @Override
            Command command() {
                return stack.getUndoCommand();
            }

            @Override
            public void run() {
                stack.undo();
                update();
            }

            @Override
            String label(Command command) {
                return command == null ? Messages.EditActions_undo : NLS.bind(Messages.EditActions_undoNamed, command.getLabel());
            }
        };
        redo = new CommandAction(ActionFactory.REDO, ISharedImages.IMG_TOOL_REDO) {
            @Override
            Command command() {
                return stack.getRedoCommand();
            }

            @Override
            public void run() {
                stack.redo();
                update();
            }

            @Override
            String label(Command command) {
                return command == null ? Messages.EditActions_redo : NLS.bind(Messages.EditActions_redoNamed, command.getLabel());
            }
        };
        cut = new CommandAction(ActionFactory.CUT, ISharedImages.IMG_TOOL_CUT) {
            @Override
            Command command() {
                return elements().isEmpty() ? null : CutToClipboardCommand.create(domain, elements());
            }
        };
        copy = new CommandAction(ActionFactory.COPY, ISharedImages.IMG_TOOL_COPY) {
            @Override
            Command command() {
                return elements().isEmpty() ? null : CopyToClipboardCommand.create(domain, elements());
            }
        };
        paste = new CommandAction(ActionFactory.PASTE, ISharedImages.IMG_TOOL_PASTE) {
            @Override
            Command command() {
                Object target = single();
                Command paste = target instanceof ModelGroup group
                        ? PasteFromClipboardCommand.create(domain, group.owner(), group.feature())
                        : target instanceof EObject owner ? PasteFromClipboardCommand.create(domain, owner, null) : null;
                return paste == null ? null : new FreshIdsPaste(paste);
            }
        };
        delete = new CommandAction(ActionFactory.DELETE, ISharedImages.IMG_TOOL_DELETE) {
            @Override
            Command command() {
                // DeleteCommand also removes every reference to the deleted elements, so no dangling links stay.
                return elements().isEmpty() ? null : DeleteCommand.create(domain, elements());
            }
        };
        rename = new Action(Messages.EditActions_rename) {
            @Override
            public void run() {
                renameSelected();
            }
        };
        rename.setActionDefinitionId("org.eclipse.ui.edit.rename");
        rename.setId(ActionFactory.RENAME.getId());
    }

    /** Follows a new selection: enables what applies to it. */
    public void selectionChanged(IStructuredSelection newSelection) {
        selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
        update();
    }

    /** Re-evaluates every action against the command stack and the selection. */
    public void update() {
        for (CommandAction action : List.of(undo, redo, cut, copy, paste, delete)) {
            action.update();
        }
        rename.setEnabled(single() instanceof ModelElement);
    }

    /** Fills a context menu: New ▸, then the edit actions. */
    public void fillContextMenu(IMenuManager menu) {
        MenuManager newChild = new MenuManager(Messages.EditActions_new);
        for (IAction action : newChildActions()) {
            newChild.add(action);
        }
        menu.add(newChild);
        menu.add(new Separator("edit"));
        menu.add(undo);
        menu.add(redo);
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(new Separator());
        menu.add(delete);
        menu.add(rename);
        menu.add(new Separator("additions"));
    }

    /** One action per kind of child the selection can take (for a folder: the kinds its list takes). */
    public List<IAction> newChildActions() {
        Object target = single();
        EObject owner = target instanceof ModelGroup group ? group.owner() : target instanceof EObject o ? o : null;
        List<IAction> actions = new ArrayList<>();
        if (owner == null) {
            return actions;
        }
        for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
            if (target instanceof ModelGroup group && descriptor instanceof CommandParameter parameter
                    && (parameter.getEStructuralFeature() != group.feature() || group.kind() != null
                            && parameter.getValue() instanceof EObject value && value.eClass() != group.kind())) {
                continue;
            }
            Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
            if (!command.canExecute()) {
                continue;
            }
            Action action = new Action() {
                @Override
                public void run() {
                    domain.getCommandStack().execute(CreateChildCommand.create(domain, owner, descriptor, List.of(owner)));
                }
            };
            if (command instanceof CommandActionDelegate delegate) {
                action.setText(delegate.getText());
                action.setToolTipText(delegate.getToolTipText());
                action.setImageDescriptor(EditImages.descriptor(delegate.getImage()));
            } else {
                action.setText(command.getLabel());
            }
            actions.add(action);
        }
        return actions;
    }

    private void renameSelected() {
        if (!(single() instanceof ModelElement element)) {
            return;
        }
        InputDialog dialog = new InputDialog(shell, Messages.EditActions_renameTitle, Messages.EditActions_renameMessage,
                element.getName(), text -> text == null || text.isBlank() ? Messages.EditActions_renameEmpty : null);
        if (dialog.open() == Window.OK && !dialog.getValue().strip().equals(element.getName())) {
            domain.getCommandStack().execute(SetCommand.create(domain, element,
                    ToridePackage.Literals.MODEL_ELEMENT__NAME, dialog.getValue().strip()));
        }
    }

    private Object single() {
        return selection.size() == 1 ? selection.getFirstElement() : null;
    }

    private Collection<Object> elements() {
        List<Object> result = new ArrayList<>();
        for (Object element : selection.toList()) {
            if (element instanceof EObject && !(element instanceof org.toride.model.SecurityModel)) {
                result.add(element);
            }
        }
        return result;
    }

    /** An action that runs the command its subclass builds for the current state. */
    abstract class CommandAction extends Action {

        CommandAction(ActionFactory factory, String image) {
            setId(factory.getId());
            setActionDefinitionId(factory.getCommandId());
            setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
            setText(label(null));
        }

        abstract Command command();

        String label(Command command) {
            return switch (getId()) {
                case "cut" -> Messages.EditActions_cut;
                case "copy" -> Messages.EditActions_copy;
                case "paste" -> Messages.EditActions_paste;
                case "delete" -> Messages.EditActions_delete;
                default -> getId();
            };
        }

        void update() {
            Command command = command();
            setEnabled(command != null && (this == undo ? domain.getCommandStack().canUndo()
                    : this == redo ? domain.getCommandStack().canRedo() : command.canExecute()));
            setText(label(command));
        }

        @Override
        public void run() {
            Command command = command();
            if (command != null && command.canExecute()) {
                domain.getCommandStack().execute(command);
            }
            EditActions.this.update();
        }
    }
}
