/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.validation;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;

/** Quick fixes of a finding marker: waive it (writes a waiver to the project's waivers.treq and opens it). */
public final class WaiveFindingResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getAttribute(FindingMarkers.REQUIREMENT_ID, null) != null
                && marker.getAttribute(FindingMarkers.ELEMENT_ID, null) != null;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return hasResolutions(marker) ? new IMarkerResolution[] {new Waive()} : new IMarkerResolution[0];
    }

    /** Waives the finding after asking for reason, owner and expiry. */
    static final class Waive implements IMarkerResolution2 {

        @Override
        public String getLabel() {
            return Messages.WaiveFinding_label;
        }

        @Override
        public String getDescription() {
            return Messages.WaiveFinding_description;
        }

        @Override
        public org.eclipse.swt.graphics.Image getImage() {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_ELCL_REMOVE);
        }

        @Override
        public void run(IMarker marker) {
            String requirement = marker.getAttribute(FindingMarkers.REQUIREMENT_ID, "");
            String element = marker.getAttribute(FindingMarkers.ELEMENT_ID, "");
            String location = marker.getAttribute(IMarker.LOCATION, element);
            Shell shell = Display.getCurrent().getActiveShell();
            WaiverDialog dialog = new WaiverDialog(shell, requirement, location);
            if (dialog.open() != Window.OK) {
                return;
            }
            try {
                IFile file = WaiverFile.append(marker.getResource().getProject(), WaiverFile.waiver(requirement, element,
                        dialog.reason(), dialog.owner(), dialog.expires()));
                IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, false);
            } catch (CoreException e) {
                TorideUiPlugin.logError("Writing a waiver failed", e);
                MessageDialog.openError(shell, Messages.WaiveFinding_label,
                        NLS.bind(Messages.WaiveFinding_failed, e.getMessage()));
            }
        }
    }
}
