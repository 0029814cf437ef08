/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Xtext logs through log4j 1.x (reload4j); unconfigured, it prints "No appenders" noise on every run. A command line
 * tool shows only real errors of libraries, in its own error format.
 */
final class QuietLogging {

    private QuietLogging() {
    }

    static void install() {
        Logger root = Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            ConsoleAppender appender = new ConsoleAppender(new PatternLayout("error: internal: %c: %m%n"),
                    ConsoleAppender.SYSTEM_ERR);
            root.addAppender(appender);
        }
        root.setLevel(Level.ERROR);
    }
}
