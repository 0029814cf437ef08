/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.cli;

import java.util.concurrent.Callable;

import org.toride.requirements.ide.server.RequirementsLanguageServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code toride lsp}: the requirement language server on stdin/stdout, for editors other than the workbench. */
@Command(name = "lsp", mixinStandardHelpOptions = true, description = "Serve the requirement language (*.treq) over LSP on stdin/stdout.")
final class LspCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "OPTION", description = "Xtext server options: -log, -trace, -noValidate.")
    private String[] options = new String[0];

    @Override
    public Integer call() {
        QuietLogging.quietXtext();
        RequirementsLanguageServer.run(options);
        return Toride.OK;
    }
}
