/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.eval;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.toride.requirements.requirements.Expression;
import org.toride.requirements.services.RequirementsGrammarAccess;

import com.google.inject.Inject;

/** Parses the {@code {...}} expressions of a requirement's message with the language's own expression parser. */
public class MessageTemplates {

    /** A template that did not parse. */
    public static class TemplateException extends Exception {
        private static final long serialVersionUID = 1L;

        TemplateException(String message) {
            super(message);
        }
    }

    @Inject
    private IParser parser;

    @Inject
    private RequirementsGrammarAccess grammar;

    /** The parts of {@code template}; throws with a readable message when an expression does not parse. */
    public List<Messages.Part> parse(String template) throws TemplateException {
        List<String[]> pieces;
        try {
            pieces = Messages.split(template == null ? "" : template);
        } catch (IllegalArgumentException e) {
            throw new TemplateException("message template: " + e.getMessage());
        }
        List<Messages.Part> parts = new ArrayList<>();
        for (String[] piece : pieces) {
            if (piece[0] != null) {
                parts.add(new Messages.Part(piece[0], null));
                continue;
            }
            IParseResult result = parser.parse(grammar.getExpressionRule(), new StringReader(piece[1]));
            if (result.hasSyntaxErrors() || !(result.getRootASTElement() instanceof Expression expression)) {
                String detail = "";
                for (INode error : result.getSyntaxErrors()) {
                    detail = ": " + error.getSyntaxErrorMessage().getMessage();
                    break;
                }
                throw new TemplateException("message template: cannot read {" + piece[1] + "}" + detail);
            }
            parts.add(new Messages.Part(null, expression));
        }
        return parts;
    }
}
