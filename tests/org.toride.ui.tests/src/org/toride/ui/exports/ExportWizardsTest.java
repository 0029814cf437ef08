/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.core.inventory.InventoryExport.Format;
import org.toride.ui.Workbench;

/** The export wizards driven as a user would: opened on the selected example, options set, Finish. */
class ExportWizardsTest {

    private WizardDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
        Workbench.page().closeAllEditors(false);
    }

    private void open(ExportWizard wizard, IFile selected) {
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(selected));
        dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
    }

    @Test
    void inventoryXlsxBesideTheSelectedModelReadsBackWithPoi() throws Exception {
        IFile model = Workbench.freshExample();
        InventoryExportWizard wizard = new InventoryExportWizard();
        open(wizard, model);
        assertEquals(model, wizard.page.model.file(), "prefilled from the selection");
        Path expected = model.getLocation().toFile().toPath().resolveSibling("water-utility.inventory.xlsx");
        assertEquals(expected, wizard.page.output.path(), "default output beside the model");
        assertTrue(wizard.page.isPageComplete());
        wizard.page.language.select("en");

        assertTrue(wizard.performFinish());

        IFile written = model.getProject().getFile("water-utility.inventory.xlsx");
        assertTrue(written.exists(), "the workspace was refreshed and sees the new file");
        try (InputStream in = Files.newInputStream(expected); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(5, workbook.getNumberOfSheets());
            Sheet assets = workbook.getSheetAt(0);
            assertEquals("ID", assets.getRow(0).getCell(0).getStringCellValue(), "English headers");
            assertTrue(cells(assets).contains("sys-billing"), "the example's billing system is listed");
        }
    }

    @Test
    void anExistingOutputIsReplacedOnlyWhenTheUserAgrees() throws Exception {
        IFile model = Workbench.freshExample();
        InventoryExportWizard wizard = new InventoryExportWizard();
        open(wizard, model);
        wizard.page.setFormat(Format.md);
        Path target = wizard.page.output.path();
        assertEquals("water-utility.inventory.md", target.getFileName().toString(), "the default follows the format");
        Files.writeString(target, "keep me");
        wizard.page.validate();
        assertEquals(org.eclipse.jface.dialogs.IMessageProvider.WARNING, wizard.page.getMessageType(),
                "the page warns before anything is replaced");
        List<Path> asked = new ArrayList<>();
        wizard.overwrite = path -> asked.add(path) && false;

        assertFalse(wizard.performFinish());
        assertEquals(List.of(target), asked);
        assertEquals("keep me", Files.readString(target));

        wizard.overwrite = path -> true;
        assertTrue(wizard.performFinish());
        assertTrue(Files.readString(target).contains("sys-billing"));
    }

    @Test
    void inventoryCsvIsTheAssetsSheetWithAByteOrderMark() throws Exception {
        IFile model = Workbench.freshExample();
        InventoryExportWizard wizard = new InventoryExportWizard();
        open(wizard, model);
        wizard.page.setFormat(Format.csv);
        wizard.page.language.select("ja");
        Path target = model.getLocation().toFile().toPath().resolveSibling("out/assets.csv");
        wizard.page.output.set(target);

        assertTrue(wizard.performFinish());

        byte[] bytes = Files.readAllBytes(target);
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("sys-billing,料金システム"), text.lines().limit(3).toList().toString());
        assertTrue(model.getProject().getFile("out/assets.csv").exists(), "a new folder in the project is seen too");
    }

    @Test
    void reviewReportHasTheMatrixAndTheFindingsTheCommandLineGives() throws Exception {
        IFile model = Workbench.freshExample();
        ReportExportWizard wizard = new ReportExportWizard();
        open(wizard, model);
        wizard.page.language.select("en");
        wizard.today = LocalDate.of(2026, 11, 27); // the day of examples/water-utility.check.txt
        Path target = wizard.page.output.path();
        assertEquals("water-utility.review.html", target.getFileName().toString());

        assertTrue(wizard.performFinish());

        String html = Files.readString(target);
        assertTrue(html.contains("<h2 id=\"matrix\">"), "the compliance matrix");
        // examples/water-utility.check.txt: 11 errors, 16 warnings, 3 info, 0 waived
        assertTrue(html.contains("11 ERROR, 16 WARNING, 3 INFO, 0 "), "the findings count of `toride check`");
        assertTrue(html.contains("<svg"), "diagrams are included by default");
        assertTrue(model.getProject().getFile("water-utility.review.html").exists());
    }

    @Test
    void aBrokenRequirementFileIsShownWithFileAndLineAndNothingIsWritten() throws Exception {
        IFile model = Workbench.freshExample();
        IFile broken = model.getProject().getFile("own.treq");
        broken.create(new ByteArrayInputStream("requirement OWN-1 {\n  this is not the language\n".getBytes(
                StandardCharsets.UTF_8)), true, null);
        ReportExportWizard wizard = new ReportExportWizard();
        open(wizard, model);
        Path target = wizard.page.output.path();

        assertFalse(wizard.performFinish());

        assertFalse(Files.exists(target), "nothing written");
        assertNull(wizard.outcome.html());
        String problems = wizard.page.problemsText();
        assertTrue(problems.matches("(?s).*own\\.treq:\\d+(:\\d+)?: .*"), problems);
        assertTrue(wizard.page.getErrorMessage() != null);
    }

    private static List<String> cells(Sheet sheet) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                values.add(cell.toString());
            }
        }
        return values;
    }
}
