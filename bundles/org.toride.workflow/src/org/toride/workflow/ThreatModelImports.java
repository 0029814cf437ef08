/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.toride.core.ids.IdGenerator;
import org.toride.core.interop.DocumentReader;
import org.toride.core.interop.ImportSource;
import org.toride.core.interop.Message;
import org.toride.core.interop.Node;
import org.toride.core.interop.OtmReader;
import org.toride.core.interop.ThreagileReader;
import org.toride.core.interop.ThreatModelFormat;
import org.toride.core.interop.ThreatModelPlan;
import org.toride.core.interop.ThreatModelPlanner;
import org.toride.core.interop.ThreatModelResult;
import org.toride.core.interop.UnreadableFileException;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.core.io.TorideResourceFactory;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;
import org.toride.model.edit.EditAdapters;

/**
 * Importing a threat model (OTM or Threagile) into a model, the one sequence behind {@code toride import} and File ▸
 * Import ▸ Threat model: read the file safely, map it to Toride elements, plan them against the model (nothing
 * changes), then execute the plan's one command on the model's command stack — an open model's in the workbench,
 * so one Undo takes the import back, or a plain one for a file, which is then saved atomically. A model file that
 * does not exist is created.
 */
public final class ThreatModelImports {

    /**
     * What came of importing into a file.
     *
     * @param result      the import's result; null when it did not get that far
     * @param modelErrors errors of the existing model file
     * @param unreadable  why the threat model could not be read at all, or null
     * @param created     whether the model file is new (made by this import, or would be on a dry run)
     */
    public record FileOutcome(ThreatModelResult result, List<ModelDiagnostic> modelErrors,
            UnreadableFileException unreadable, boolean created) {
    }

    private ThreatModelImports() {
    }

    /** Reads {@code file} as {@code format}, or as its content says when {@code format} is null. */
    public static ImportSource read(Path file, ThreatModelFormat format) throws IOException, UnreadableFileException {
        Node document = new DocumentReader().read(file);
        ThreatModelFormat chosen = format != null ? format : ThreatModelFormat.of(document);
        if (chosen == null) {
            throw new UnreadableFileException(new Message("format.unknown"), document.line());
        }
        return chosen == ThreatModelFormat.OTM ? new OtmReader().read(document) : new ThreagileReader().read(document);
    }

    /** Plans {@code source} against {@code model}; nothing changes. */
    public static ThreatModelPlan plan(SecurityModel model, ImportSource source) {
        return new ThreatModelPlanner().plan(model, source);
    }

    /**
     * Executes the plan on {@code domain}'s command stack as one command labelled {@code label}, unless this is a
     * dry run or the plan does not apply (problems without {@code partial}, or nothing to change).
     */
    public static ThreatModelResult apply(ThreatModelPlan plan, EditingDomain domain, boolean partial,
            boolean dryRun, String label) {
        Command command = dryRun ? null : plan.command(domain, partial, label);
        if (command != null) {
            domain.getCommandStack().execute(command);
        }
        return plan.result(command != null);
    }

    /**
     * Imports {@code file} into the model file {@code model} that no editor holds, creating it when it does not
     * exist, and saving it when the import changed it.
     */
    public static FileOutcome intoFile(Path file, ThreatModelFormat format, Path model, boolean partial,
            boolean dryRun) throws IOException {
        ImportSource source;
        try {
            source = read(file, format);
        } catch (UnreadableFileException e) {
            return new FileOutcome(null, List.of(), e, false);
        }
        EditingDomain domain = EditAdapters.domain(EditAdapters.create(), ModelLoader.newResourceSet());
        boolean created = !Files.exists(model);
        SecurityModel target;
        if (created) {
            target = newModel(domain, model, source.title() != null ? source.title() : file.getFileName().toString());
            target.setDescription(source.description());
        } else {
            LoadResult loaded = new ModelLoader().load(model, domain.getResourceSet());
            if (loaded.hasErrors() || loaded.model() == null) {
                return new FileOutcome(null, loaded.errors(), null, false);
            }
            target = loaded.model();
        }
        ThreatModelResult result = apply(plan(target, source), domain, partial, dryRun, "Import " + file.getFileName());
        if (result.applied()) {
            new ModelSaver().save(target, model);
        }
        return new FileOutcome(result, List.of(), null, created);
    }

    /** An empty model named {@code name} in a resource of {@code domain}'s set, for an import to fill. */
    public static SecurityModel newModel(EditingDomain domain, Path file, String name) {
        SecurityModel model = (SecurityModel) org.eclipse.emf.ecore.util.EcoreUtil
                .create(ToridePackage.Literals.SECURITY_MODEL);
        model.setId(new IdGenerator().next(model.eClass(), id -> false));
        model.setName(name);
        var resource = new TorideResourceFactory()
                .createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
        domain.getResourceSet().getResources().add(resource);
        resource.getContents().add(model);
        return model;
    }
}
