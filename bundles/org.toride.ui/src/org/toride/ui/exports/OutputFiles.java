/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.resources.IFile;
import org.toride.core.io.ModelSaver;

/** Where exports go by default, and writing them so that the workspace sees the new file. */
final class OutputFiles {

    private OutputFiles() {
    }

    /** The file beside {@code model} named after it: {@code water-utility.toride} + {@code .inventory.xlsx}. */
    static Path beside(IFile model, String suffix) {
        Path location = model.getLocation().toFile().toPath();
        String name = location.getFileName().toString();
        String base = name.endsWith(".toride") ? name.substring(0, name.length() - ".toride".length()) : name;
        return location.resolveSibling(base + suffix);
    }

    /** Writes {@code content} atomically, then refreshes the folder holding it when that folder is in the workspace. */
    static void write(byte[] content, Path target) throws IOException, CoreException {
        ModelSaver.writeAtomically(content, target);
        refresh(target);
    }

    /** Lets the workspace see a file written behind its back, and any folder created for it. */
    static void refresh(Path target) throws CoreException {
        Path parent = target.toAbsolutePath().getParent();
        IContainer folder = ResourcesPlugin.getWorkspace().getRoot()
                .getContainerForLocation(IPath.fromOSString(parent.toString()));
        IContainer existing = folder;
        while (existing != null && !existing.exists()) {
            existing = existing.getParent();
        }
        if (existing != null) {
            existing.refreshLocal(existing.equals(folder) ? IResource.DEPTH_ONE : IResource.DEPTH_INFINITE, null);
        }
    }
}
