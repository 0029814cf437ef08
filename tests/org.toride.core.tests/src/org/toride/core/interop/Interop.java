/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.toride.core.io.TorideResource;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;
import org.toride.testsupport.Repository;

/** Reads, plans and applies threat models the way the workflow does, for the interop tests. */
final class Interop {

    private Interop() {
    }

    static Path example(String name) {
        return Repository.root().resolve("examples/interop/" + name);
    }

    /** Reads {@code file} as its content says. */
    static ImportSource read(Path file) throws IOException, UnreadableFileException {
        Node document = new DocumentReader().read(file);
        return ThreatModelFormat.of(document) == ThreatModelFormat.OTM ? new OtmReader().read(document)
                : new ThreagileReader().read(document);
    }

    static ImportSource read(String text) throws UnreadableFileException {
        Node document = new DocumentReader().parse(text);
        return ThreatModelFormat.of(document) == ThreatModelFormat.OTM ? new OtmReader().read(document)
                : new ThreagileReader().read(document);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** An empty model in a resource of {@code domain}, as an import into a new file starts. */
    static SecurityModel emptyModel(EditingDomain domain) {
        SecurityModel model = (SecurityModel) EcoreUtil.create(ToridePackage.Literals.SECURITY_MODEL);
        model.setId("model-test");
        TorideResource resource = new TorideResource(URI.createURI("memory:/imported.toride"));
        domain.getResourceSet().getResources().add(resource);
        resource.getContents().add(model);
        return model;
    }

    static EditingDomain domain() {
        return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(
                ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
    }

    static EditingDomain domainOf(SecurityModel model) {
        EditingDomain domain = domain();
        domain.getResourceSet().getResources().add(model.eResource());
        return domain;
    }

    /** Plans {@code source} against {@code model} and executes its one command on {@code domain}'s stack. */
    static ThreatModelResult apply(SecurityModel model, ImportSource source, EditingDomain domain, boolean partial) {
        ThreatModelPlan plan = new ThreatModelPlanner().plan(model, source);
        Command command = plan.command(domain, partial, "Import");
        if (command != null) {
            domain.getCommandStack().execute(command);
        }
        return plan.result(command != null);
    }

    /** A new model holding {@code source}, which must import without problems. */
    static SecurityModel importNew(ImportSource source) {
        EditingDomain domain = domain();
        SecurityModel model = emptyModel(domain);
        ThreatModelResult result = apply(model, source, domain, false);
        if (!result.problems().isEmpty() || !result.applied()) {
            throw new AssertionError("import failed: " + result.problems());
        }
        return model;
    }

    /** The element of {@code model} with {@code id}, of {@code type}. */
    static <T extends ModelElement> T element(SecurityModel model, String id, Class<T> type) {
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ModelElement element && Objects.equals(element.getId(), id)) {
                return type.cast(element);
            }
        }
        throw new AssertionError("no element " + id);
    }

    /** All notes and problems as English text, for assertions on what the report says. */
    static String report(ThreatModelResult result) {
        return ImportReport.text(result, "file", Locale.ROOT);
    }
}
