/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.report;

import java.io.PrintWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;
import org.toride.requirements.engine.RequirementOutcome;
import org.toride.requirements.requirements.Severity;

/**
 * JUnit XML for CI dashboards: one test case per requirement; a requirement with active findings at error or
 * warning level fails (one failure element listing them), a disabled one is skipped with its justification.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    /** Writes {@code result} as a JUnit XML test suite. */
    public static void write(CheckResult result, String modelFile, PrintWriter out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            long failures = result.outcomes().stream().filter(o -> failing(result, o)).count();
            long skipped = result.outcomes().stream().filter(RequirementOutcome::disabled).count();
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "toride check " + modelFile);
            xml.writeAttribute("tests", Integer.toString(result.outcomes().size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", Long.toString(result.outcomes().stream().filter(o -> o.errors() > 0).count()));
            xml.writeAttribute("skipped", Long.toString(skipped));
            xml.writeCharacters("\n");
            for (RequirementOutcome outcome : result.outcomes()) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "toride." + String.join(".", outcome.guidelineIds().isEmpty()
                        ? List.of("requirements") : List.of(outcome.guidelineIds().get(0).replace('.', '_'))));
                xml.writeAttribute("name", outcome.requirementId() + " " + (outcome.title() == null ? "" : outcome.title()));
                if (outcome.disabled()) {
                    xml.writeStartElement("skipped");
                    xml.writeAttribute("message", "disabled by profile: " + nullToEmpty(outcome.justification()));
                    xml.writeEndElement();
                } else if (failing(result, outcome)) {
                    List<Finding> findings = findings(result, outcome);
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", outcome.severity().getLiteral());
                    xml.writeAttribute("message", findings.size() + " element(s) do not meet " + outcome.requirementId());
                    StringBuilder body = new StringBuilder();
                    for (Finding finding : findings) {
                        body.append(TextReport.line(finding)).append('\n');
                    }
                    xml.writeCharacters(body.toString());
                    xml.writeEndElement();
                }
                if (outcome.errors() > 0) {
                    xml.writeStartElement("error");
                    xml.writeAttribute("message", outcome.errors() + " element(s) could not be evaluated");
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    private static boolean failing(CheckResult result, RequirementOutcome outcome) {
        return !outcome.disabled() && outcome.severity() != Severity.INFO && !findings(result, outcome).isEmpty();
    }

    private static List<Finding> findings(CheckResult result, RequirementOutcome outcome) {
        return result.activeFindings().stream().filter(f -> f.requirementId().equals(outcome.requirementId())).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
