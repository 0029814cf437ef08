/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.toride.requirements.ide.contentassist.RequirementsProposalProvider;
import org.toride.requirements.ide.highlighting.RequirementsHighlighting;
import org.toride.requirements.ide.hover.RequirementsHover;

/** Guice wiring of the editor services (content assist, hover, highlighting) shared by the workbench and LSP. */
public class RequirementsIdeModule extends AbstractRequirementsIdeModule {

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return RequirementsProposalProvider.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return RequirementsHighlighting.class;
    }

    public Class<? extends IHoverService> bindIHoverService() {
        return RequirementsHover.class;
    }
}
