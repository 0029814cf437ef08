/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.diagram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.toride.core.runtime.LoggingBundles;
import org.toride.diagram.client.ClientFiles;
import org.toride.diagram.server.DiagramServer;
import org.toride.ui.TorideUiPlugin;

/**
 * The workbench's diagram server: started when a model editor has its model (so a workbench that shows no model opens
 * no port), on 127.0.0.1 and a free port, with a token of its own; stopped with the workbench bundle. An OSGi
 * service of the workbench bundle.
 */
public final class DiagramHosting {

    /**
     * How long after a model editor opens the server starts: after the window, the editor and the first check have
     * had the cores, and usually before the user first shows a diagram.
     */
    private static final long START_DELAY_MS = 2_000;

    private DiagramServer server;
    private boolean scheduled;
    private boolean stopped;
    /** What waits for the server to have started and warmed up. */
    private final List<Runnable> waitingForWarmth = new ArrayList<>();

    /** The running server, started on first use. */
    public synchronized DiagramServer server() throws IOException {
        if (server == null) {
            LoggingBundles.start();  // before Jetty's classes load, so SPI Fly weaves those that need it
            server = DiagramServer.start(0, ClientFiles::open);
            waitingForWarmth.forEach(this::whenWarm);
            waitingForWarmth.clear();
        }
        return server;
    }

    /**
     * Runs {@code action} once the server has started and warmed up, whether or not the warm-up succeeded, on the
     * thread that completes it; never if the server does not start.
     */
    public synchronized void whenWarm(Runnable action) {
        if (server == null) {
            waitingForWarmth.add(action);
        } else {
            server.warmedUp().whenComplete((done, failure) -> action.run());
        }
    }

    /**
     * Starts the server in the background, soon, unless it runs or is about to. A new server warms its diagram path
     * up ({@link DiagramServer#warmedUp()}, 0.6–1.5 s of a fresh JVM's first handshake, injector and graph): started
     * when the first diagram page is shown, that warm-up competed with the page's own first diagram for the cores;
     * started here, the first diagram a user opens finds it done.
     */
    public synchronized void startSoon() {
        if (server != null || scheduled) {
            return;
        }
        scheduled = true;
        Job job = Job.create("Starting the diagram server", monitor -> {
            try {
                startUnlessStopped();
            } catch (IOException e) {
                // A diagram page that is shown starts it again and says why it cannot.
                TorideUiPlugin.logError("The diagram server did not start", e);
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule(START_DELAY_MS);
    }

    private synchronized void startUnlessStopped() throws IOException {
        // The workbench may have closed, or begun to, before the delay ran out; then the bundles stop.
        if (!stopped && PlatformUI.isWorkbenchRunning() && !PlatformUI.getWorkbench().isClosing()) {
            server();
        }
    }

    /** Stops the server if it runs. */
    public synchronized void stop() {
        stopped = true;
        waitingForWarmth.clear();
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
