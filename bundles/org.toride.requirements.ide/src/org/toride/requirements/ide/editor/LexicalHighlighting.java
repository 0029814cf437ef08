/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide.editor;

import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Colours by token, without parsing: keywords, comments, strings, numbers and ids, with the language's own lexer, so
 * an editor colours exactly what the parser will read as such. Works on any text, however broken.
 */
public class LexicalHighlighting {

    /** Keywords of the grammar (words, not punctuation). */
    public static final String KEYWORD = "keyword";
    /** Single- and multi-line comments. */
    public static final String COMMENT = "comment";
    /** String literals. */
    public static final String STRING = "string";
    /** Numbers. */
    public static final String NUMBER = "constant.numeric";

    @Inject
    @Named(LexerBindings.RUNTIME)
    private Provider<Lexer> lexers;
    @Inject
    private ITokenDefProvider tokenDefs;

    /** Reports every token of {@code text} that has a style, in text order. */
    public void highlight(String text, IHighlightedPositionAcceptor acceptor) {
        Map<Integer, String> names = tokenDefs.getTokenDefMap();
        Lexer lexer = lexers.get();
        lexer.setCharStream(new ANTLRStringStream(text));
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            String style = style(names.get(token.getType()));
            if (style != null && token instanceof CommonToken common) {
                int start = common.getStartIndex();
                acceptor.addPosition(start, common.getStopIndex() - start + 1, style);
            }
        }
    }

    private static String style(String name) {
        if (name == null) {
            return null;
        }
        if (name.length() > 2 && name.startsWith("'") && Character.isLetter(name.charAt(1))) {
            return KEYWORD;
        }
        return switch (name) {
            case "RULE_SL_COMMENT", "RULE_ML_COMMENT" -> COMMENT;
            case "RULE_STRING" -> STRING;
            case "RULE_INT" -> NUMBER;
            default -> null;
        };
    }
}
