/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.toride.requirements.ide.RequirementsIdeLanguage;

/**
 * The services an in-process editor calls (the workbench's requirement editor) give what the language server gives:
 * the same completions, diagnostics and hover, plus lexical colours and an outline.
 */
class EditorServicesTest {

    private static final URI URI_ = URI.createURI("memory:/t.treq");
    private static final String TEXT = """
            // tailoring
            requirements t {
              parameter interval = 12 months
              requirement T-01 "t" {
                guideline NISC-4.1.3.2.ki.network
                severity error
                for each c : Conduit
                require c.filterd
                message "m"
              }
            }
            profile p extends nisc.baseline {
              disable NET-02 because "none"
            }
            """;

    private final RequirementsIdeLanguage language = new RequirementsIdeLanguage();
    private final EditorServices services = language.editorServices();

    @Test
    void validationFindsTheTypeErrorAndLinksProfilesToTheBaseline() {
        List<Issue> issues = services.validate(services.parseLinked(TEXT, URI_, Map.of()), CancelIndicator.NullImpl);

        assertEquals(List.of("Conduit has no feature 'filterd' (did you mean filtered?)"),
                issues.stream().map(Issue::getMessage).toList());
        assertEquals(8, issues.get(0).getLineNumber());
    }

    /**
     * A pasted expression nested 20,000 deep (brackets, or a chain of not) is refused at its line with the limit, as
     * toride check refuses it; the editor's parse, linking and validation never recurse that deep.
     */
    @Test
    void anExpressionNestedTooDeepIsOneErrorAtItsLine() {
        String brackets = "(".repeat(20_000) + "true" + ")".repeat(20_000);
        String nots = "not ".repeat(20_000) + "true";
        for (String condition : List.of(brackets, nots)) {
            String text = TEXT.replace("require c.filterd", "require " + condition);
            XtextResource resource = services.parseLinked(text, URI_, Map.of());
            List<Issue> issues = services.validate(resource, CancelIndicator.NullImpl);

            assertEquals(List.of(org.toride.requirements.engine.ExpressionDepth.message()),
                    issues.stream().map(Issue::getMessage).toList());
            assertEquals(condition == brackets ? 8 : 1, issues.get(0).getLineNumber());
            services.parse(text, URI_);
            services.highlight(resource, (offset, length, styles) -> { }, CancelIndicator.NullImpl);
        }
    }

    @Test
    void profilesMayNameSetsAndRequirementsOfNeighbouringFiles() {
        String profile = """
                profile acme extends acme.base {
                  disable B-01 because "x"
                  disable B-02 because "y"
                }
                """;
        Map<URI, String> neighbours = Map.of(URI.createURI("memory:/base.treq"), """
                requirements acme.base {
                  requirement B-01 "b" {
                    guideline NISC-4.1.3.2.ki.network
                    severity error
                    for each c : Conduit
                    require c.filtered
                    message "m"
                  }
                }
                """);

        List<Issue> issues = services.validate(services.parseLinked(profile, URI_, neighbours), CancelIndicator.NullImpl);

        assertEquals(List.of("Couldn't resolve reference to Requirement 'B-02'."),
                issues.stream().map(Issue::getMessage).toList());
    }

    @Test
    void completionAfterADotOffersTheReceiversFeatures() {
        XtextResource resource = services.parseLinked(TEXT, URI_, Map.of());

        List<String> proposals = services.complete(resource, TEXT, TEXT.indexOf("c.filterd") + 2).stream()
                .map(ContentAssistEntry::getProposal).toList();

        assertTrue(proposals.containsAll(List.of("filtered", "monitored", "from", "to")), proposals.toString());
        assertTrue(!proposals.contains("supportingAssets"), proposals.toString());
    }

    @Test
    void hoverOnAClassShowsItsDocumentation() {
        XtextResource resource = services.parseLinked(TEXT, URI_, Map.of());

        String hover = services.hover(resource, TEXT, TEXT.indexOf("Conduit") + 1);

        assertTrue(hover.contains("A communication link between two zones"), hover);
    }

    @Test
    void lexicalHighlightingColoursKeywordsCommentsStringsAndNumbers() {
        Map<String, String> styles = new HashMap<>();
        language.injector().getInstance(LexicalHighlighting.class).highlight(TEXT,
                (offset, length, ids) -> styles.put(TEXT.substring(offset, offset + length), ids[0]));

        assertEquals(LexicalHighlighting.COMMENT, styles.get("// tailoring\n"));
        assertEquals(LexicalHighlighting.KEYWORD, styles.get("requirement"));
        assertEquals(LexicalHighlighting.KEYWORD, styles.get("profile"));
        assertEquals(LexicalHighlighting.STRING, styles.get("\"none\""));
        assertEquals(LexicalHighlighting.NUMBER, styles.get("12"));
        assertEquals(null, styles.get("{"));
    }

    @Test
    void outlineListsSetsWithTheirMembersAndProfilesWithTheirTailorings() {
        List<OutlineNode> outline = RequirementsOutline.of(services.parse(TEXT, URI_));

        assertEquals(List.of("t", "p"), outline.stream().map(OutlineNode::label).toList());
        assertEquals(List.of("interval", "T-01: t"), outline.get(0).children().stream().map(OutlineNode::label).toList());
        assertEquals(List.of("disable NET-02"), outline.get(1).children().stream().map(OutlineNode::label).toList());
        OutlineNode requirement = outline.get(0).children().get(1);
        assertEquals("T-01", TEXT.substring(requirement.nameOffset(), requirement.nameOffset() + requirement.nameLength()));
    }
}
