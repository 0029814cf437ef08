/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.model.CriticalService;
import org.toride.model.ModelElement;
import org.toride.model.Sector;
import org.toride.model.SecurityModel;
import org.toride.model.Trust;
import org.toride.model.Zone;
import org.toride.model.ZoneKind;

/** The sector templates: sound models, the figures of Annex 2, and texts complete in both languages. */
class SectorTemplatesTest {

    @TempDir
    Path dir;

    private final SectorTemplates templates = new SectorTemplates();

    /** Saves and reloads, so that what is asserted is what a user gets from the file. */
    private SecurityModel roundTrip(Sector sector, Locale locale) throws IOException {
        Path file = dir.resolve(sector.getName() + "-" + locale.getLanguage() + ".toride");
        new ModelSaver().save(templates.create(sector, "Operator " + sector.getName(), locale), file);
        LoadResult loaded = new ModelLoader().load(file);
        assertEquals(List.of(), loaded.diagnostics(), sector + " " + locale);
        return loaded.model();
    }

    private static List<ModelElement> elements(SecurityModel model) {
        List<ModelElement> all = new java.util.ArrayList<>(List.of(model));
        model.eAllContents().forEachRemaining(o -> all.add((ModelElement) o));
        return all;
    }

    @ParameterizedTest
    @EnumSource(Sector.class)
    void everySectorYieldsAModelThatLoadsBackCleanInBothLanguages(Sector sector) throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            SecurityModel model = roundTrip(sector, locale);

            assertEquals("Operator " + sector.getName(), model.getOperator().getName());
            assertTrue(model.getOperator().isSetSector());
            assertEquals(sector, model.getOperator().getSector());
            assertFalse(model.getServices().isEmpty(), sector + " has no service");
            for (CriticalService service : model.getServices()) {
                assertFalse(service.getName().isBlank());
                assertFalse(service.getDescription().isBlank());
                assertFalse(service.getMaintenanceLevel().isBlank(), service.getName());
            }
            for (ModelElement element : elements(model)) {
                assertNotNull(element.getId(), element.eClass().getName());
            }
            assertEquals(elements(model).size(), elements(model).stream().map(ModelElement::getId).distinct().count());
            assertTrue(model.getAssets().isEmpty(), "a template invents no assets");
        }
    }

    @ParameterizedTest
    @EnumSource(Sector.class)
    void zonesAreTheStartingSkeletonWithTrustAndAControlZoneOnlyForControlSectors(Sector sector) throws IOException {
        SecurityModel model = roundTrip(sector, Locale.ENGLISH);

        Set<ZoneKind> kinds = model.getZones().stream().map(Zone::getKind).collect(Collectors.toSet());
        boolean control = Set.of(Sector.RAILWAY, Sector.ELECTRICITY, Sector.GAS, Sector.WATER, Sector.CHEMICAL,
                Sector.PETROLEUM).contains(sector);
        assertEquals(control ? Set.of(ZoneKind.INTERNET, ZoneKind.DMZ, ZoneKind.CORPORATE, ZoneKind.CONTROL)
                : Set.of(ZoneKind.INTERNET, ZoneKind.DMZ, ZoneKind.CORPORATE), kinds);
        for (Zone zone : model.getZones()) {
            assertTrue(zone.isSetKind() && zone.isSetTargetSecurityLevel(), zone.getName());
            assertEquals(zone.getKind() == ZoneKind.INTERNET ? Trust.UNTRUSTED : Trust.TRUSTED, zone.getTrust(),
                    zone.getName());
        }
        assertEquals(model.getZones().size() - 1, model.getConduits().size(), "zones form a chain");
        model.getConduits().forEach(c -> {
            assertNotNull(c.getFrom(), c.getName());
            assertNotNull(c.getTo(), c.getName());
            assertFalse(c.getFrom().getTrust() == Trust.UNTRUSTED && c.getTo().getKind() == ZoneKind.CONTROL);
        });
    }

    @Test
    void telecomCarriesTheFiguresOfItsReportingRules() throws IOException {
        List<CriticalService> services = roundTrip(Sector.TELECOM, Locale.ENGLISH).getServices();

        assertEquals(3, services.size());
        assertThresholds(services.get(0), 120, 30_000, null, null);
        assertThresholds(services.get(1), 15, null, null, null);
        assertThresholds(services.get(2), 120, 30_000, null, null);
        assertTrue(services.get(0).getMaintenanceLevel().contains("30,000 users or more for 2 hours or more"),
                services.get(0).getMaintenanceLevel());
    }

    @Test
    void electricityCarriesOneHundredThousandKilowattsForTenMinutes() throws IOException {
        List<CriticalService> services = roundTrip(Sector.ELECTRICITY, Locale.JAPANESE).getServices();

        assertEquals(2, services.size());
        for (CriticalService service : services) {
            assertThresholds(service, 10, null, 100_000, null);
            assertTrue(service.getMaintenanceLevel().contains("供給支障電力が10万キロワット以上で、その支障時間が10分以上"),
                    service.getMaintenanceLevel());
        }
    }

    @Test
    void gasCarriesThirtyHouseholds() throws IOException {
        List<CriticalService> services = roundTrip(Sector.GAS, Locale.ENGLISH).getServices();

        assertEquals(2, services.size());
        for (CriticalService service : services) {
            assertThresholds(service, null, null, null, 30);
            assertTrue(service.getMaintenanceLevel().contains("30 households or more"), service.getMaintenanceLevel());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Sector.class, names = { "TELECOM", "ELECTRICITY", "GAS" }, mode = EnumSource.Mode.EXCLUDE)
    void sectorsWithoutThresholdsGetTheNoFailureLevel(Sector sector) throws IOException {
        assertFalse(SectorTemplates.hasThresholds(sector));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            String expected = SectorTemplates.texts(locale).getString("level.none");
            for (CriticalService service : roundTrip(sector, locale).getServices()) {
                assertThresholds(service, null, null, null, null);
                assertEquals(expected, service.getMaintenanceLevel());
            }
        }
    }

    @Test
    void exactlyTelecomElectricityAndGasHaveThresholds() {
        assertEquals(Set.of(Sector.TELECOM, Sector.ELECTRICITY, Sector.GAS),
                SectorTemplates.sectors().stream().filter(SectorTemplates::hasThresholds).collect(Collectors.toSet()));
        assertEquals(13, SectorTemplates.sectors().size());
    }

    private static void assertThresholds(CriticalService service, Integer minutes, Integer users, Integer kilowatts,
            Integer households) {
        assertEquals(minutes, service.getMaxOutageMinutes(), service.getName() + ": minutes");
        assertEquals(users, service.getAffectedUsersThreshold(), service.getName() + ": users");
        assertEquals(kilowatts, service.getAffectedKilowattsThreshold(), service.getName() + ": kW");
        assertEquals(households, service.getAffectedHouseholdsThreshold(), service.getName() + ": households");
    }

    @Test
    void japaneseAndEnglishFilesHaveTheSameKeysAndNoBlankValue() throws IOException {
        Properties english = properties("templates.properties");
        Properties japanese = properties("templates_ja.properties");

        Set<String> missingInJapanese = new TreeSet<>(english.stringPropertyNames());
        missingInJapanese.removeAll(japanese.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(japanese.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        // A key missing from the Japanese file would silently fall back to English; compare the files, not bundles.
        assertEquals(Set.of(), missingInJapanese, "keys missing in templates_ja.properties");
        assertEquals(Set.of(), missingInEnglish, "keys missing in templates.properties");
        for (Properties texts : List.of(english, japanese)) {
            texts.forEach((key, value) -> assertFalse(value.toString().isBlank(), key.toString()));
        }
    }

    @Test
    void everyServiceOfTheCatalogueHasItsTextsAndNoTextIsOrphaned() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (Sector sector : Sector.VALUES) {
            for (ServiceTemplate service : SectorCatalogue.services(sector)) {
                expected.add("service." + service.key() + ".name");
                expected.add("service." + service.key() + ".description");
                if (service.hasOwnLevel()) {
                    expected.add("service." + service.key() + ".level");
                }
            }
        }
        Set<String> actual = properties("templates.properties").stringPropertyNames().stream()
                .filter(k -> k.startsWith("service.")).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @EnumSource(Sector.class)
    void japaneseAndEnglishTextsDiffer(Sector sector) {
        SecurityModel english = templates.create(sector, "X", Locale.ENGLISH);
        SecurityModel japanese = templates.create(sector, "X", Locale.JAPANESE);

        assertEquals(english.getServices().size(), japanese.getServices().size());
        for (int i = 0; i < english.getServices().size(); i++) {
            CriticalService en = english.getServices().get(i);
            CriticalService ja = japanese.getServices().get(i);
            assertNotEquals(en.getName(), ja.getName());
            assertNotEquals(en.getDescription(), ja.getDescription());
            assertNotEquals(en.getMaintenanceLevel(), ja.getMaintenanceLevel());
            assertTrue(en.getName().chars().allMatch(c -> c < 128), "English name is ASCII: " + en.getName());
            assertTrue(ja.getName().chars().anyMatch(c -> c > 0x3000), "Japanese name has kana or kanji: " + ja.getName());
        }
        assertNotEquals(english.getZones().get(0).getName(), japanese.getZones().get(0).getName());
        assertEquals("X security model", english.getName());
        assertEquals("X セキュリティモデル", japanese.getName());
    }

    @Test
    void anOperatorNeedsANameAndASector() {
        assertThrows(IllegalArgumentException.class, () -> templates.create(Sector.WATER, " ", Locale.ENGLISH));
        assertThrows(NullPointerException.class, () -> templates.create(null, "X", Locale.ENGLISH));
        assertNull(templates.create(Sector.WATER, "X", Locale.ENGLISH).eResource(), "the caller decides where it lives");
    }

    private static Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SectorTemplates.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
