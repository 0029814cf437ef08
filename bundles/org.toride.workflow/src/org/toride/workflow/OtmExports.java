/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.toride.core.interop.OtmExporter;
import org.toride.core.io.ModelSaver;
import org.toride.diagram.DiagramView;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.model.SecurityModel;

/**
 * Exporting a model as an Open Threat Model document, the one call behind {@code toride export} and File ▸ Export ▸
 * Open Threat Model: the model, with the boxes of the diagrams the user arranged (its layout file) as OTM
 * representations, written atomically.
 */
public final class OtmExports {

    private OtmExports() {
    }

    /** The document for {@code model} with the diagrams of {@code notation} (empty when nothing was arranged). */
    public static OtmExporter.Export export(SecurityModel model, DiagramNotation notation) {
        List<OtmExporter.Representation> representations = new ArrayList<>();
        representations.add(representation(notation, DiagramView.NETWORK, "toride-network", "Network diagram"));
        representations.add(representation(notation, DiagramView.DATAFLOW, "toride-dataflow", "Data-flow diagram"));
        representations.removeIf(r -> r.boxes().isEmpty());
        return new OtmExporter().export(model, representations);
    }

    /** Writes the document to {@code out} atomically and returns it. */
    public static OtmExporter.Export write(SecurityModel model, DiagramNotation notation, Path out) throws IOException {
        OtmExporter.Export export = export(model, notation);
        ModelSaver.writeAtomically(export.json().getBytes(StandardCharsets.UTF_8), out);
        return export;
    }

    private static OtmExporter.Representation representation(DiagramNotation notation, DiagramView view, String id,
            String name) {
        Map<String, OtmExporter.Box> boxes = new LinkedHashMap<>();
        notation.snapshot(view).forEach((element, bounds) -> boxes.put(element,
                new OtmExporter.Box(bounds.x(), bounds.y(), bounds.width(), bounds.height())));
        return new OtmExporter.Representation(id, name, boxes);
    }
}
