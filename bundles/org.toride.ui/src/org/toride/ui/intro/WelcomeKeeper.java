/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.intro;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroManager;
import org.toride.ui.perspectives.DesignPerspective;

/**
 * Keeps the welcome page in the Design perspective until the user closes it: a visit to the Review perspective
 * took it away for good, since the page has no place there and nothing put it back.
 */
public final class WelcomeKeeper extends PerspectiveAdapter {

    private final IWorkbenchWindow window;
    /** The welcome page was showing when the user left the Design perspective. */
    private boolean openWhenLeft;

    private WelcomeKeeper(IWorkbenchWindow window) {
        this.window = window;
    }

    /** Watches {@code window}'s perspective switches. */
    public static void watch(IWorkbenchWindow window) {
        window.addPerspectiveListener(new WelcomeKeeper(window));
    }

    @Override
    public void perspectiveDeactivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
        if (DesignPerspective.ID.equals(perspective.getId())) {
            openWhenLeft = intro().getIntro() != null;
        }
    }

    @Override
    public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
        if (DesignPerspective.ID.equals(perspective.getId()) && openWhenLeft && intro().getIntro() == null) {
            intro().showIntro(window, true);
        }
    }

    private static IIntroManager intro() {
        return PlatformUI.getWorkbench().getIntroManager();
    }
}
