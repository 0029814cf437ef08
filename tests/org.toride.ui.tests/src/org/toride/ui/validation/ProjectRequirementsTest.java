/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.Test;
import org.toride.requirements.engine.LoadedRequirements;
import org.toride.ui.Workbench;

/** A project's requirements are loaded once and again only when one of its requirement files changes. */
class ProjectRequirementsTest {

    private static final String WAIVER = "waiver NET-02 on \"conduit-x\" because \"test\" owner \"o\" expires 2027-03-31\n";

    @Test
    void loadedAgainOnlyAfterARequirementFileChanges() throws Exception {
        IProject project = Workbench.freshExample().getProject();
        LoadedRequirements first = requirements().load(project);
        assertSame(first, requirements().load(project), "nothing changed: the same loaded set");

        IFile file = project.getFile("mine.treq");
        file.create(new ByteArrayInputStream(WAIVER.getBytes(StandardCharsets.UTF_8)), true, null);
        LoadedRequirements withWaiver = requirements().load(project);
        assertNotSame(first, withWaiver, "a new file is read");
        assertFalse(withWaiver.hasErrors(), withWaiver.diagnostics().toString());
        assertEquals(first.waivers().size() + 1, withWaiver.waivers().size());

        // Same size, other content: the time of the change tells it apart.
        Path path = file.getLocation().toFile().toPath();
        Files.writeString(path, WAIVER.replace("2027-03-31", "2027-03-30"));
        Files.setLastModifiedTime(path, FileTime.fromMillis(Files.getLastModifiedTime(path).toMillis() + 2000));
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        LoadedRequirements changed = requirements().load(project);
        assertNotSame(withWaiver, changed);
        assertEquals("2027-03-30", changed.waivers().get(changed.waivers().size() - 1).getExpires().toString());
    }

    private static ProjectRequirements requirements() {
        return org.toride.ui.WorkbenchServices.get(ProjectRequirements.class);
    }
}
