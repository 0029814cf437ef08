/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.toride.compare.version.ModelVersions;
import org.toride.ui.Messages;

/**
 * Compare With ▸ Approved Baseline, Git Revision… and Each Other on {@code .toride} files: compares in a job (git and
 * two checks), then shows the result in the Changes view; what could not be read is named in a dialog.
 */
public final class CompareWithHandler extends AbstractHandler {

    /** Command ids. */
    public static final String APPROVED = "org.toride.ui.compareWithApproved";
    /** Command ids. */
    public static final String REVISION = "org.toride.ui.compareWithRevision";
    /** Command ids. */
    public static final String EACH_OTHER = "org.toride.ui.compareWithEachOther";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window.getShell();
        List<IFile> files = models(HandlerUtil.getCurrentStructuredSelection(event));
        String command = event.getCommand().getId();
        if (files.isEmpty() || command.equals(EACH_OTHER) && files.size() != 2) {
            MessageDialog.openInformation(shell, Messages.CompareWith_title, Messages.CompareWith_selectModels);
            return null;
        }
        IFile file = files.get(files.size() - 1);
        String base;
        if (command.equals(APPROVED)) {
            base = ModelVersions.APPROVED;
        } else if (command.equals(EACH_OTHER)) {
            base = files.get(0).getLocation().toOSString();
        } else {
            InputDialog ask = new InputDialog(shell, Messages.CompareWith_revisionTitle,
                    NLS.bind(Messages.CompareWith_revisionPrompt, file.getName()), "HEAD",
                    text -> text.isBlank() ? Messages.CompareWith_revisionMissing : null);
            if (ask.open() != Window.OK) {
                return null;
            }
            base = ask.getValue().strip();
        }
        compare(window, file, base);
        return null;
    }

    /** Compares {@code file} with {@code base} in a job and shows the result in {@code window}'s Changes view. */
    public static Job compare(IWorkbenchWindow window, IFile file, String base) {
        boolean japanese = Locale.getDefault().getLanguage().equals("ja");
        Job job = Job.create(NLS.bind(Messages.CompareWith_job, file.getName()), (IProgressMonitor monitor) -> {
            ChangeReviewBuilder.Outcome outcome = ChangeReviewBuilder.build(file, base, japanese);
            window.getShell().getDisplay().asyncExec(() -> {
                if (window.getShell().isDisposed()) {
                    return;
                }
                if (outcome.review() == null) {
                    MessageDialog.openError(window.getShell(), Messages.CompareWith_title,
                            NLS.bind(Messages.CompareWith_failed, file.getName(), outcome.problem()));
                    return;
                }
                IWorkbenchPage page = window.getActivePage();
                try {
                    ChangesView view = (ChangesView) page.showView(ChangesView.ID);
                    view.show(outcome.review(), file, japanese ? Locale.JAPANESE : Locale.ENGLISH);
                } catch (PartInitException e) {
                    MessageDialog.openError(window.getShell(), Messages.CompareWith_title, e.getMessage());
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static List<IFile> models(IStructuredSelection selection) {
        List<IFile> files = new ArrayList<>();
        if (selection != null) {
            for (Object element : selection.toList()) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file != null && "toride".equals(file.getFileExtension()) && file.getLocation() != null) {
                    files.add(file);
                }
            }
        }
        return files;
    }
}
