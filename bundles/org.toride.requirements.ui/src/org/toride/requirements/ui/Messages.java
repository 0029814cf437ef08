/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import org.eclipse.osgi.util.NLS;

/** The requirement editor's texts (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.toride.requirements.ui.messages"; //$NON-NLS-1$

    /** Name of the job that checks a saved requirement file; {0} is the file. */
    public static String ProblemMarkers_job;
    /** Logged when a saved requirement file cannot be checked; {0} is the file. */
    public static String ProblemMarkers_failed;
    /** A proposal with its description: {0} the proposal, {1} what it is. */
    public static String ContentAssist_proposal;
    /** Shown in the proposal popup when computing proposals failed; {0} is the reason. */
    public static String ContentAssist_failed;
    /** Shown in the Outline when the file declares nothing. */
    public static String Outline_empty;

    /** Error Log entries when a service failed on a requirement file. */
    public static String Log_highlighting;
    public static String Log_contentAssist;
    public static String Log_hover;
    public static String Log_validation;
    public static String Log_outline;
    /** Error Log entry when the requirement files of a project cannot be listed; {0} is the project. */
    public static String Log_listFiles;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
