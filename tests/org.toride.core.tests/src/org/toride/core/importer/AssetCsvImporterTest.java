/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.toride.core.inventory.CsvInventory;
import org.toride.core.inventory.InventoryBuilder;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.model.Asset;
import org.toride.model.Level;
import org.toride.model.SecurityModel;
import org.toride.testsupport.Repository;

/** Importing asset lists: exact round trip with the inventory, clear row errors, and no partial damage. */
class AssetCsvImporterTest {

    private static SecurityModel example() {
        return new ModelLoader().load(Repository.waterUtility()).model();
    }

    /** Imports as the command line does: the plan's one command on a plain command stack. */
    private static ImportResult importInto(SecurityModel model, String csv, boolean partial) throws IOException {
        return importInto(model, csv, partial, domain(model));
    }

    private static ImportResult importInto(SecurityModel model, String csv, boolean partial, EditingDomain domain)
            throws IOException {
        ImportPlan plan = new AssetCsvImporter().plan(model, new StringReader(csv));
        Command command = plan.command(domain, partial, "Import");
        if (command != null) {
            domain.getCommandStack().execute(command);
        }
        return plan.result(command != null);
    }

    private static EditingDomain domain(SecurityModel model) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(
                ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        domain.getResourceSet().getResources().add(model.eResource());
        return domain;
    }

    private static String inventoryCsv(SecurityModel model, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvInventory.write(new InventoryBuilder(locale).build(model).get(0), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void inventoryCsvImportsBackToTheSameAssets() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            SecurityModel model = example();
            SecurityModel before = EcoreUtil.copy(model);

            ImportResult result = importInto(model, inventoryCsv(model, locale), false);

            assertTrue(result.problems().isEmpty(), result.problems().toString());
            assertEquals(0, result.created());
            assertEquals(0, result.updated());
            assertEquals(80, result.unchanged());
            assertTrue(EcoreUtil.equals(before, model), "import of an unedited inventory changed the model");
            assertArrayEquals(new ModelSaver().serialize(before), new ModelSaver().serialize(model));
        }
    }

    @Test
    void operatedByNamesTheSupplierThatRunsTheAssetAndRoundTrips() throws IOException {
        SecurityModel model = example();
        String supplier = model.getSuppliers().get(0).getName();
        String csv = "ID,Provider,Operated by\nsys-billing,in-house," + supplier + "\n";

        ImportResult result = importInto(model, csv, false);

        assertTrue(result.problems().isEmpty(), result.problems().toString());
        org.toride.model.Asset billing = model.getAssets().stream().filter(a -> a.getId().equals("sys-billing"))
                .findFirst().orElseThrow();
        assertEquals(supplier, billing.getOperatedBy().getName());
        assertTrue(billing.isInHouse(), "supplied in-house, operated by the supplier");
        String inventory = inventoryCsv(model, Locale.JAPANESE);
        assertTrue(inventory.contains("運用委託先"), inventory.lines().findFirst().orElse(""));
        assertEquals(0, importInto(model, inventory, false).updated(), "the inventory shows it and imports back unchanged");
        assertEquals(supplier, billing.getOperatedBy().getName());
    }

    @Test
    void malformedCsvIsRefusedWithTheLineNotAParserException() {
        SecurityModel model = example();
        // Found by fuzzing (docs/fuzzing.md): text after a closing quote, in the header and in a record.
        for (String csv : List.of("ID,\"A\"m", "ID,Name\n\"A\"x,b\n")) {
            CsvFormatException refused = org.junit.jupiter.api.Assertions.assertThrows(CsvFormatException.class,
                    () -> new AssetCsvImporter().plan(model, new StringReader(csv)), csv);
            assertTrue(refused.getMessage().contains("line"), refused.getMessage());
        }
    }

    @Test
    void oneBadRowChangesNothingAndEveryBadRowIsNamed() throws IOException {
        SecurityModel model = example();
        byte[] before = new ModelSaver().serialize(model);
        String csv = "ID,Name,Type,Kind,Zone,C\n"
                + ",新しい端末,Device,ENDPOINT,浄水場 監視制御LAN,MEDIUM\n"
                + "sys-billing,料金システム,,,,LOW\n"
                + ",x,Spaceship,,,\n"
                + ",y,InformationSystem,SERVER,No Such Zone,\n";

        ImportResult result = importInto(model, csv, false);

        assertFalse(result.applied());
        assertEquals(List.of(4L, 5L), result.problems().stream().map(ImportResult.RowProblem::line).toList());
        assertTrue(result.problems().get(0).message().contains("unknown Type 'Spaceship'"));
        assertTrue(result.problems().get(1).message().contains("no zone named or with id 'No Such Zone'"));
        assertArrayEquals(before, new ModelSaver().serialize(model));
    }

    /** Found by AssetListFuzzTest: a NUL in a cell was imported, and then no save of the model could succeed. */
    @Test
    void aCellWithACharacterNoModelFileCanHoldIsARowProblem() throws IOException {
        SecurityModel model = example();
        String csv = "ID,Name,Type\n,ok,Device\n,bad\u0000name,Device\n";

        ImportResult result = importInto(model, csv, true);

        assertEquals(1, result.created());
        assertEquals(List.of("line 3: name holds U+0000, a control character that a model file cannot hold"),
                result.problems().stream().map(p -> "line " + p.line() + ": " + p.message()).toList());
        assertEquals(null, org.toride.core.io.XmlText.findUnwritable(model));
        new org.toride.core.io.ModelSaver().serialize(model);
    }

    /** Found by AssetListFuzzTest: an id holding a space was imported, and the saved file no longer loaded. */
    @Test
    void anIdWithASpaceIsARowProblemAndNoSaveWritesOne() throws IOException {
        SecurityModel model = example();
        String csv = "ID,Name,Type,Critical services\n8.10 x,pump,Device,水道による水の供給\n";

        ImportResult result = importInto(model, csv, true);

        assertEquals(0, result.created());
        assertEquals(List.of("line 2: id '8.10 x' holds a space; an id may not (a model file lists references as ids"
                + " separated by spaces)"), result.problems().stream().map(p -> "line " + p.line() + ": " + p.message())
                        .toList());
        model.getAssets().get(0).setId("a b");
        IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> new org.toride.core.io.ModelSaver().serialize(model));
        assertEquals("cannot be saved: the id 'a b' holds whitespace, which would split every reference to it in two",
                refused.getMessage());
    }

    @Test
    void partialImportTakesTheGoodRows() throws IOException {
        SecurityModel model = example();
        String csv = "ID,Name,Type,Kind,Zone,C,Critical services\n"
                + ",新しい端末,Device,ENDPOINT,浄水場 監視制御LAN,MEDIUM,水道による水の供給\n"
                + "sys-billing,料金システム,,,,LOW,\n"
                + ",x,Spaceship,,,,\n";

        ImportResult result = importInto(model, csv, true);

        assertTrue(result.applied());
        assertEquals(1, result.created());
        assertEquals(1, result.updated());
        Asset created = model.getAssets().stream().filter(a -> "新しい端末".equals(a.getName())).findFirst().orElseThrow();
        assertTrue(created.getId().startsWith("dev-"), created.getId());
        assertEquals("浄水場 監視制御LAN", created.getZone().getName());
        assertEquals(Level.HIGH, created.getCriticality());
        Asset billing = model.getAssets().stream().filter(a -> a.getId().equals("sys-billing")).findFirst().orElseThrow();
        assertEquals(Level.LOW, billing.getConfidentiality());
        assertTrue(billing.getSupportedServices().isEmpty(), "an empty services cell clears the services");
    }

    @Test
    void anImportIsOneCommandThatUndoesAndRedoesWhole() throws IOException {
        SecurityModel model = example();
        byte[] before = new ModelSaver().serialize(model);
        EditingDomain domain = domain(model);
        String csv = "ID,Name,Type,Kind,Zone,C,Critical services\n"
                + ",新しい端末,Device,ENDPOINT,浄水場 監視制御LAN,MEDIUM,水道による水の供給\n"
                + "sys-billing,料金システム,,,本庁 情報系サーバセグメント,LOW,\n";

        ImportResult result = importInto(model, csv, false, domain);
        byte[] after = new ModelSaver().serialize(model);

        assertTrue(result.applied());
        assertEquals("Import", domain.getCommandStack().getUndoCommand().getLabel());
        domain.getCommandStack().undo();
        assertArrayEquals(before, new ModelSaver().serialize(model), "one undo takes the whole import back");
        assertTrue(model.getServices().stream().noneMatch(s -> s.getSupportingAssets().stream()
                .anyMatch(a -> "新しい端末".equals(a.getName()))), "no service keeps pointing at the undone asset");
        domain.getCommandStack().redo();
        assertArrayEquals(after, new ModelSaver().serialize(model), "redo gives the import back, ids included");
    }

    @Test
    void neutralisedFormulaCellsComeBackAsWritten() throws IOException {
        SecurityModel model = example();
        String csv = "ID,Name,Type\n,'=1+1 server,InformationSystem\n";

        importInto(model, csv, false);

        assertTrue(model.getAssets().stream().anyMatch(a -> "=1+1 server".equals(a.getName())));
    }

    @Test
    void aFileWithoutIdOrNameColumnIsRejectedWhole() throws IOException {
        ImportResult result = importInto(example(), "foo,bar\n1,2\n", true);

        assertFalse(result.applied());
        assertTrue(result.problems().get(0).message().startsWith("no ID or Name column"));
    }
}
