/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.core.runtime.IStatus;

/**
 * Xtext logs through log4j 1.x (reload4j); unconfigured it prints "no appenders" noise on the console. In the
 * workbench its errors belong in the Error Log like everything else, and nothing below ERROR is worth showing.
 */
final class LibraryLogging {

    private LibraryLogging() {
    }

    static void install() {
        Logger root = Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.addAppender(new AppenderSkeleton() {
                @Override
                protected void append(LoggingEvent event) {
                    Throwable error = event.getThrowableInformation() == null ? null
                            : event.getThrowableInformation().getThrowable();
                    TorideUiPlugin.log(IStatus.ERROR, event.getLoggerName() + ": " + event.getRenderedMessage(), error);
                }

                @Override
                public boolean requiresLayout() {
                    return false;
                }

                @Override
                public void close() {
                }
            });
        }
        root.setLevel(Level.ERROR);
    }
}
