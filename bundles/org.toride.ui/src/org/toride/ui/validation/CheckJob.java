/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;

/**
 * A background check of models, in the one job family of all of them, so that whoever must know the markers are
 * current (a test, a shutdown) can wait until no check is pending.
 */
final class CheckJob extends Job {

    /** The family every check job belongs to. */
    static final String FAMILY = TorideUiPlugin.ID + ".checks";

    private final IJobFunction work;

    CheckJob(IJobFunction work) {
        super(Messages.ModelValidation_job);
        this.work = work;
        setSystem(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        return work.run(monitor);
    }

    @Override
    public boolean belongsTo(Object family) {
        return FAMILY.equals(family);
    }
}
