/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.toride.ui.TorideUiPlugin;

/**
 * A Toride project: its models are checked by {@link ModelBuilder}. The example project and the new-project wizard
 * give it; Configure ▸ Enable Toride Checks adds it to any other project.
 */
public final class TorideNature implements IProjectNature {

    /** Id of the nature in plugin.xml. */
    public static final String ID = TorideUiPlugin.ID + ".nature";

    private IProject project;

    /** Adds the nature (and so the builder) to {@code project} unless it has it. */
    public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        if (description.hasNature(ID)) {
            return;
        }
        List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
        natures.add(ID);
        description.setNatureIds(natures.toArray(String[]::new));
        project.setDescription(description, monitor);
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        for (ICommand command : description.getBuildSpec()) {
            if (ModelBuilder.ID.equals(command.getBuilderName())) {
                return;
            }
        }
        ICommand command = description.newCommand();
        command.setBuilderName(ModelBuilder.ID);
        List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
        commands.add(command);
        description.setBuildSpec(commands.toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(command -> !ModelBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject value) {
        project = value;
    }
}
