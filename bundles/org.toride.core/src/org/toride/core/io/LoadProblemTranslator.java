/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import java.io.CharConversionException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.toride.core.model.ClosestNames;
import org.toride.model.ModelElement;
import org.toride.model.ToridePackage;
import org.xml.sax.SAXParseException;

/**
 * Turns what EMF and the XML parser report into messages a model author understands, with line and column where the
 * parser knew them. Parser texts are matched in English; anything unrecognised keeps the parser's own words.
 */
final class LoadProblemTranslator {

    private final Path file;

    LoadProblemTranslator(Path file) {
        this.file = file;
    }

    ModelDiagnostic translate(Resource.Diagnostic diagnostic, Severity severity) {
        TextPosition position = new TextPosition(Math.max(0, diagnostic.getLine()), Math.max(0, diagnostic.getColumn()));
        String elementId = null;
        String message;
        DiagnosticKind kind = DiagnosticKind.OTHER;
        if (diagnostic instanceof PackageNotFoundException notFound) {
            kind = DiagnosticKind.NAMESPACE;
            message = unknownNamespace(notFound.uri());
        } else if (diagnostic instanceof ClassNotFoundException notFound) {
            kind = DiagnosticKind.UNKNOWN_TYPE;
            message = "unknown element type '" + notFound.getName() + "'";
        } else if (diagnostic instanceof FeatureNotFoundException notFound) {
            elementId = idOf(notFound.getObject());
            kind = DiagnosticKind.UNKNOWN_FEATURE;
            message = "unknown attribute or element '" + notFound.getName() + "'" + onElement(notFound.getObject());
        } else if (diagnostic instanceof UnresolvedReferenceException unresolved) {
            elementId = idOf(unresolved.getObject());
            kind = DiagnosticKind.DANGLING_REFERENCE;
            message = "dangling reference: " + featureOf(unresolved.getObject(), unresolved.getFeature())
                    + " points to '" + unresolved.getReference() + "', but no element has that id";
        } else if (diagnostic instanceof IllegalValueException illegal) {
            elementId = idOf(illegal.getObject());
            kind = DiagnosticKind.INVALID_VALUE;
            message = "invalid value '" + illegal.getValue() + "' for " + featureOf(illegal.getObject(), illegal.getFeature())
                    + expectation(illegal.getFeature(), String.valueOf(illegal.getValue()));
        } else if (diagnostic instanceof XMIException xmi && xmi.getWrappedException() != null) {
            return translate(xmi.getWrappedException(), position);
        } else {
            message = diagnostic.getMessage();
        }
        return new ModelDiagnostic(severity, kind, file, position, elementId, message);
    }

    ModelDiagnostic translate(Throwable problem, TextPosition fallback) {
        Throwable cause = rootCause(problem);
        if (cause instanceof Resource.Diagnostic diagnostic && cause != problem) {
            return translate(diagnostic, Severity.ERROR);
        }
        if (cause instanceof SAXParseException parse) {
            TextPosition position = new TextPosition(Math.max(0, parse.getLineNumber()), Math.max(0, parse.getColumnNumber()));
            return new ModelDiagnostic(Severity.ERROR, DiagnosticKind.XML, file, position, null, parserMessage(parse.getMessage()));
        }
        if (cause instanceof CharConversionException) {
            return new ModelDiagnostic(Severity.ERROR, DiagnosticKind.XML, file, fallback, null,
                    "not valid text in the file's encoding (UTF-8 unless the XML declaration says otherwise): "
                            + cause.getMessage());
        }
        if (cause instanceof StackOverflowError) {
            return new ModelDiagnostic(Severity.ERROR, DiagnosticKind.XML, file, fallback, null, "nesting too deep to read");
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ModelDiagnostic(Severity.ERROR, DiagnosticKind.OTHER, file, fallback, null, text);
    }

    static String unknownNamespace(String uri) {
        String expected = ToridePackage.eNS_URI;
        if (uri != null && uri.startsWith("http://www.toride.org/model/")) {
            return "model version '" + uri.substring("http://www.toride.org/model/".length())
                    + "' is not supported: this Toride reads " + expected;
        }
        return "not a Toride model: unknown namespace '" + uri + "' (expected " + expected + ")";
    }

    private static String parserMessage(String raw) {
        String text = raw == null ? "" : raw;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("premature end of file")) {
            return "file is empty or has no root element";
        }
        if (lower.contains("content is not allowed in prolog")) {
            return "not an XML file: content is not allowed before the root element";
        }
        if (lower.contains("must start and end within the same entity")
                || lower.contains("must be terminated by the matching end-tag")
                || lower.contains("xml document structures must")) {
            return "XML is incomplete or malformed (truncated file?): " + text;
        }
        if (lower.contains("doctype is disallowed")) {
            return "DOCTYPE declarations are not allowed in model files (they can pull in external entities)";
        }
        if (lower.contains("maxelementdepth") || lower.contains("element depth")) {
            return "elements are nested deeper than " + SecureXml.MAX_ELEMENT_DEPTH + " levels";
        }
        if (lower.contains("invalid byte") || lower.contains("byte sequence")) {
            return "not valid text in the file's encoding: " + text;
        }
        return "malformed XML: " + text;
    }

    private static String expectation(EStructuralFeature feature, String value) {
        if (feature != null && feature.getEType() == ToridePackage.Literals.DATE) {
            return " (expected a date such as 2025-04-01)";
        }
        if (feature != null && feature.getEType() instanceof EEnum kinds) {
            // Every literal, so the author need not look the kinds up; the nearest first when the value is a typo.
            List<String> allowed = kinds.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
            List<String> closest = ClosestNames.closest(value, allowed);
            return (closest.isEmpty() ? "" : " (did you mean " + String.join(", ", closest) + "?)")
                    + "; allowed: " + String.join(", ", allowed);
        }
        return "";
    }

    private static String featureOf(EObject object, EStructuralFeature feature) {
        String owner = object == null ? "" : object.eClass().getName() + ".";
        return owner + (feature == null ? "?" : feature.getName()) + onElement(object).replace(" on ", " of ");
    }

    private static String onElement(EObject object) {
        String id = idOf(object);
        return id == null ? "" : " on '" + id + "'";
    }

    private static String idOf(EObject object) {
        return object instanceof ModelElement element ? element.getId() : null;
    }

    /** The most telling cause: a located parser error or EMF diagnostic if there is one, else the deepest cause. */
    private static Throwable rootCause(Throwable problem) {
        Throwable current = problem;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof SAXParseException
                    || current != problem && current instanceof Resource.Diagnostic) {
                return current;
            }
            if (current.getCause() == null || current.getCause() == current) {
                return current;
            }
            current = current.getCause();
        }
        return problem;
    }
}
