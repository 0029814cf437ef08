/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.Strings;
import org.toride.core.io.TextPosition;
import org.toride.requirements.engine.ExpressionDepth;
import org.toride.requirements.engine.RequirementLoader;

/**
 * A requirement file that refuses expressions nested deeper than {@link ExpressionDepth#LIMIT}: ANTLR's parser,
 * linking and validation recurse once per level, and a file nested 20,000 deep (pasted into the editor, opened by a
 * language client) would end in a StackOverflowError wherever it is read. Such a file reads as empty, with one
 * error at the place that goes too deep; every reader (CLI, workbench editor, language server) gets it from here.
 */
public class RequirementsResource extends LazyLinkingResource {

    @Override
    protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
        byte[] bytes = in.readAllBytes();
        String text = new String(bytes, charset(options));
        TextPosition tooDeep = ExpressionDepth.tooDeepBrackets(text);
        if (tooDeep == null) {
            try {
                super.doLoad(new ByteArrayInputStream(bytes), options);
                EObject deep = ExpressionDepth.tooDeep(this);
                if (deep == null) {
                    return;
                }
                // Dropped, not unloaded: unloading computes a URI for each element, quadratic in the depth.
                getContents().clear();
                refuse(text, RequirementLoader.position(deep));
                return;
            } catch (RuntimeException | StackOverflowError e) {
                if (!causedByStackOverflow(e)) {
                    throw e;
                }
                tooDeep = new TextPosition(1, 1);
            }
        }
        super.doLoad(new ByteArrayInputStream(new byte[0]), options);
        refuse(text, tooDeep);
    }

    /** The one error of a file nested too deep, at {@code position} of its {@code text}. */
    private void refuse(String text, TextPosition position) {
        getErrors().add(new NestingDiagnostic(getURI().toString(), position, offset(text, position)));
    }

    private Charset charset(Map<?, ?> options) {
        Object encoding = options == null ? null : options.get(OPTION_ENCODING);
        String name = encoding instanceof String given && !Strings.isEmpty(given) ? given : getEncoding();
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static int offset(String text, TextPosition position) {
        int offset = 0;
        for (int line = 1; line < position.line() && offset >= 0; line++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return 0;
            }
        }
        return Math.min(text.length(), offset + Math.max(0, position.column() - 1));
    }

    /** Whether {@code problem} is, or was caused by, a parser running out of stack (Xtext wraps it). */
    public static boolean causedByStackOverflow(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StackOverflowError || String.valueOf(t.getMessage()).contains("StackOverflowError")) {
                return true;
            }
        }
        return false;
    }

    /** The one error of a file nested too deep, where it first goes too deep. */
    private record NestingDiagnostic(String location, TextPosition position, int offset)
            implements org.eclipse.xtext.diagnostics.Diagnostic {

        @Override
        public String getMessage() {
            return ExpressionDepth.message();
        }

        @Override
        public String getLocation() {
            return location;
        }

        @Override
        public int getLine() {
            return position.line();
        }

        @Override
        public int getColumn() {
            return position.column();
        }

        @Override
        public int getOffset() {
            return offset;
        }

        @Override
        public int getLength() {
            return 1;
        }

        @Override
        public int getLineEnd() {
            return position.line();
        }

        @Override
        public int getColumnEnd() {
            return position.column() + 1;
        }
    }
}
