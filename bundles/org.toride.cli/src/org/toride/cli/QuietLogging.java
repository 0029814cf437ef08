/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Xtext logs through log4j 1.x (reload4j) and POI through the Log4j 2 API; unconfigured, both print noise on every
 * run. A command line tool shows only real errors of libraries.
 * <p>
 * log4j 1.x is set up only when Xtext is about to be used ({@link #quietXtext()}): its classes are old bytecode that
 * no class-data cache holds, and loading and verifying them took a fifth of {@code toride --help}.
 */
final class QuietLogging {

    private QuietLogging() {
    }

    static void install() {
        // POI logs through the Log4j 2 API; with no provider installed it complains on every run. Its simple
        // logger, at ERROR, goes to stderr like the rest.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
    }

    /** Before Xtext's first use: its log4j 1.x logging, at ERROR, to stderr. Idempotent. */
    static synchronized void quietXtext() {
        // No search of the class path for a log4j.properties: one of the product's jars has one, and configuring
        // from it (its layout set up through java.beans introspection, which looks for BeanInfo classes in every
        // jar) cost every command that reads requirements; the appender below is all the command line wants.
        System.setProperty("log4j.defaultInitOverride", "true");
        Logger root = Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            ConsoleAppender appender = new ConsoleAppender(new PatternLayout("error: internal: %c: %m%n"),
                    ConsoleAppender.SYSTEM_ERR);
            root.addAppender(appender);
        }
        root.setLevel(Level.ERROR);
    }
}
