/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A workbench window as it is on screen, saved as PNG: the user guide's pictures are taken by tests in the UI
 * harness. Only UI tests call it (headless tests never load SWT, so the SWT import is optional).
 */
public final class Screenshots {

    private Screenshots() {
    }

    /** Saves what the screen shows of {@code shell} to {@code out} (a path below the repository). */
    public static Path save(Shell shell, String out) throws Exception {
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // let pending paints happen first
        }
        Rectangle bounds = display.getBounds().intersection(shell.getBounds());
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            Path file = Repository.root().resolve(out);
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
