/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.toride.core.ids.IdGenerator;
import org.toride.core.io.XmlText;
import org.toride.model.Asset;
import org.toride.model.CriticalService;
import org.toride.model.Facility;
import org.toride.model.ModelElement;
import org.toride.model.Responsible;
import org.toride.model.SecurityModel;
import org.toride.model.Software;
import org.toride.model.Supplier;
import org.toride.model.SystemAsset;
import org.toride.model.ToridePackage;
import org.toride.model.Zone;
import org.toride.model.edit.EditLabels;

/**
 * Creates or updates assets from a CSV asset list, the way operators keep them in spreadsheets today. The format
 * is the assets sheet of {@code toride inventory --format csv} (English or Japanese headers, any column order,
 * unknown columns ignored), so an exported inventory can be edited and imported back. Rows are matched by ID;
 * zones, facilities, managers, providers and services are found by name or id. Every row is checked before
 * anything changes: with one bad row, nothing is applied unless partial import is asked for.
 */
public final class AssetCsvImporter {

    private static final List<String> ASSET_TYPES = List.of("InformationSystem", "ControlSystem", "Software",
            "DataAsset", "Device", "ExternalService", "Facility", "ExternalParty");

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.JAPANESE);

    private final Map<String, String> columnByHeader = new HashMap<>();
    private final Map<String, Boolean> booleans = new HashMap<>();
    private final List<String> inHouseWords = new ArrayList<>();
    private final List<String> unknownWords = new ArrayList<>();
    /** "not stated" / 未記入, as the inventory writes an unstated kind: imported back as unstated. */
    private final List<String> notStatedWords = new ArrayList<>();
    private final IdGenerator ids = new IdGenerator();

    /** An importer that understands the English and Japanese headers of the inventory. */
    public AssetCsvImporter() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            ResourceBundle labels = ResourceBundle.getBundle("org.toride.core.inventory.labels", locale,
                    AssetCsvImporter.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : List.of("id", "name", "type", "kind", "zone", "facility", "manager", "provider",
                    "operatedBy", "confidentiality", "integrity", "availability", "criticalSystem", "services", "lifecycle",
                    "version", "supportEnd", "tags", "description")) {
                if (labels.containsKey(key)) {
                    columnByHeader.put(normal(labels.getString(key)), key);
                }
                columnByHeader.put(normal(key), key);
            }
            booleans.put(normal(labels.getString("yes")), true);
            booleans.put(normal(labels.getString("no")), false);
            inHouseWords.add(normal(labels.getString("inHouse")));
            unknownWords.add(normal(labels.getString("unknown")));
            notStatedWords.add(normal(labels.getString("notStated")));
        }
        booleans.put("true", true);
        booleans.put("false", false);
    }

    /**
     * Reads {@code csv} against {@code model}: every row checked, the changes it asks for and the rows that cannot
     * be taken. Nothing changes until the plan's command is executed on an editing domain's command stack.
     */
    public ImportPlan plan(SecurityModel model, Reader csv) throws IOException {
        try {
            return readRows(model, csv);
        } catch (CSVException e) {
            throw new CsvFormatException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // commons-csv reports a malformed record while iterating as an unchecked wrapper of its CSVException.
            if (e.getCause() instanceof CSVException malformed) {
                throw new CsvFormatException(malformed.getMessage(), malformed);
            }
            throw e.getCause();
        }
    }

    private ImportPlan readRows(SecurityModel model, Reader csv) throws IOException {
        List<ImportResult.RowProblem> problems = new ArrayList<>();
        List<AssetChange> changes = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).build();
        try (CSVParser parser = open(csv, format)) {
            Map<String, String> headerToColumn = new LinkedHashMap<>();
            for (String header : parser.getHeaderNames()) {
                String column = columnByHeader.get(normal(stripBom(header)));
                if (column != null) {
                    headerToColumn.put(header, column);
                }
            }
            if (!headerToColumn.containsValue("id") && !headerToColumn.containsValue("name")) {
                problems.add(new ImportResult.RowProblem(1, "no ID or Name column; the header row is "
                        + parser.getHeaderNames()));
                return new ImportPlan(model, List.of(), problems);
            }
            Lookup lookup = new Lookup(model);
            Map<String, Long> seenIds = new HashMap<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new HashMap<>();
                headerToColumn.forEach((header, column) -> row.put(column, unneutralise(record.isMapped(header)
                        && record.isSet(header) ? record.get(header).strip() : "")));
                String id = row.getOrDefault("id", "");
                Long first = id.isEmpty() ? null : seenIds.putIfAbsent(id, parser.getCurrentLineNumber());
                if (first != null) {
                    problems.add(new ImportResult.RowProblem(parser.getCurrentLineNumber(),
                            "id '" + id + "' appears again (first at line " + first + ")"));
                    continue;
                }
                try {
                    changes.add(prepare(model, row, lookup));
                } catch (RowException e) {
                    problems.add(new ImportResult.RowProblem(parser.getCurrentLineNumber(), e.getMessage()));
                }
            }
        }
        return new ImportPlan(model, changes, problems);
    }

    private AssetChange prepare(SecurityModel model, Map<String, String> row, Lookup lookup) throws RowException {
        for (Map.Entry<String, String> cell : row.entrySet()) {
            int unwritable = XmlText.firstUnwritable(cell.getValue());
            if (unwritable >= 0) {
                throw new RowException(cell.getKey() + " holds " + XmlText.name(unwritable)
                        + ", a control character that a model file cannot hold");
            }
        }
        String id = row.getOrDefault("id", "");
        if (XmlText.splitsInReferences(id)) {
            throw new RowException("id '" + id + "' holds a space; an id may not (a model file lists references as"
                    + " ids separated by spaces)");
        }
        Asset existing = id.isEmpty() ? null : lookup.assets.get(id);
        if (!id.isEmpty() && existing == null && lookup.anyElement.containsKey(id)) {
            throw new RowException("id '" + id + "' belongs to a " + lookup.anyElement.get(id).eClass().getName()
                    + ", not an asset");
        }
        String type = row.getOrDefault("type", "");
        EClass eClass;
        if (type.isEmpty()) {
            if (existing == null) {
                throw new RowException("a new asset needs a Type (" + String.join(", ", ASSET_TYPES) + ")");
            }
            eClass = existing.eClass();
        } else {
            String named = assetType(type);
            if (named == null) {
                throw new RowException("unknown Type '" + type + "' (one of " + String.join(", ", ASSET_TYPES) + ")");
            }
            type = named;
            eClass = (EClass) ToridePackage.eINSTANCE.getEClassifier(type);
            if (existing != null && existing.eClass() != eClass) {
                throw new RowException("asset " + id + " is a " + existing.eClass().getName() + ", not a " + type
                        + "; change of type is not supported by import");
            }
        }
        Asset values = (Asset) EcoreUtil.create(eClass);
        AssetChange change = new AssetChange();
        change.target = existing;
        change.values = values;
        if (existing != null) {
            for (EAttribute attribute : eClass.getEAllAttributes()) {
                if (!attribute.isDerived() && existing.eIsSet(attribute)) {
                    values.eSet(attribute, existing.eGet(attribute));
                }
            }
            change.zone = existing.getZone();
            change.facility = existing.getFacility();
            change.manager = existing.getManager();
            change.provider = existing.getProvider();
            change.operatedBy = existing.getOperatedBy();
            change.services.addAll(existing.getSupportedServices());
        }
        if (!id.isEmpty()) {
            values.setId(id);
        } else if (existing == null) {
            // A new asset gets its id now, so that the command that adds it adds it whole, and undo and redo keep it.
            values.setId(ids.next(eClass, candidate -> lookup.anyElement.containsKey(candidate)
                    || lookup.planned.contains(candidate)));
        }
        if (existing == null) {
            lookup.planned.add(values.getId());
        }
        set(row, "name", v -> {
            values.setName(v);
            return null;
        });
        if (existing == null && (values.getName() == null || values.getName().isBlank())) {
            throw new RowException("a new asset needs a Name");
        }
        set(row, "description", v -> {
            values.setDescription(v);
            return null;
        });
        if (row.containsKey("kind") && eClass.getEStructuralFeature("kind") instanceof EAttribute kind) {
            setEnum(values, kind, row.get("kind"), "Kind");
        }
        for (String rating : List.of("confidentiality", "integrity", "availability")) {
            if (row.containsKey(rating)) {
                setEnum(values, (EAttribute) eClass.getEStructuralFeature(rating), row.get(rating), rating);
            }
        }
        if (row.containsKey("lifecycle") && !row.get("lifecycle").isEmpty()) {
            setEnum(values, ToridePackage.Literals.ASSET__LIFECYCLE, row.get("lifecycle"), "Lifecycle");
        }
        if (row.containsKey("criticalSystem") && !row.get("criticalSystem").isEmpty()) {
            Boolean flag = booleans.get(normal(row.get("criticalSystem")));
            if (flag == null) {
                throw new RowException("'" + row.get("criticalSystem") + "' is not yes or no");
            }
            if (values instanceof SystemAsset system) {
                system.setCriticalSystem(flag);
            }
        }
        if (row.containsKey("zone")) {
            change.zone = row.get("zone").isEmpty() ? null : lookup.find(lookup.zones, row.get("zone"), "zone");
        }
        if (row.containsKey("facility")) {
            change.facility = row.get("facility").isEmpty() ? null
                    : lookup.find(lookup.facilities, row.get("facility"), "facility");
        }
        if (row.containsKey("manager")) {
            change.manager = row.get("manager").isEmpty() ? null
                    : lookup.find(lookup.responsibles, row.get("manager"), "manager (person or role)");
        }
        if (row.containsKey("provider")) {
            String provider = normal(row.get("provider"));
            if (provider.isEmpty() || unknownWords.contains(provider)) {
                change.provider = null;
                values.setInHouse(false);
            } else if (inHouseWords.contains(provider)) {
                change.provider = null;
                values.setInHouse(true);
            } else {
                change.provider = lookup.find(lookup.suppliers, row.get("provider"), "supplier");
                values.setInHouse(false);
            }
        }
        if (row.containsKey("operatedBy")) {
            change.operatedBy = row.get("operatedBy").isEmpty() ? null
                    : lookup.find(lookup.suppliers, row.get("operatedBy"), "supplier");
        }
        if (row.containsKey("services")) {
            change.services.clear();
            for (String name : list(row.get("services"))) {
                change.services.add(lookup.find(lookup.services, name, "critical service"));
            }
        }
        if (values instanceof Software software) {
            set(row, "version", v -> {
                software.setVersion(v);
                return null;
            });
            if (row.containsKey("supportEnd")) {
                try {
                    software.setSupportEnd(row.get("supportEnd").isEmpty() ? null : LocalDate.parse(row.get("supportEnd")));
                } catch (DateTimeParseException e) {
                    throw new RowException("Support end '" + row.get("supportEnd") + "' is not a date (yyyy-mm-dd)");
                }
            }
        }
        if (row.containsKey("tags")) {
            values.getTags().clear();
            values.getTags().addAll(list(row.get("tags")));
        }
        return change;
    }

    private static void set(Map<String, String> row, String column, Function<String, Void> setter) {
        if (row.containsKey(column) && !row.get(column).isEmpty()) {
            setter.apply(row.get(column));
        }
    }

    private void setEnum(Asset values, EAttribute attribute, String text, String column) throws RowException {
        if (text.isEmpty() || notStatedWords.contains(normal(text))) {
            if (attribute.isUnsettable()) {
                values.eUnset(attribute);
            }
            return;
        }
        EEnum eEnum = (EEnum) attribute.getEType();
        EEnumLiteral literal = eEnum.getEEnumLiteral(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        if (literal == null) {
            literal = labelled(eEnum, text);
        }
        if (literal == null) {
            throw new RowException(column + " '" + text + "' is not one of "
                    + eEnum.getELiterals().stream().map(EEnumLiteral::getName).toList());
        }
        values.eSet(attribute, literal.getInstance());
    }

    /** The literal the inventory wrote as its label (高, Infusion pump) in either language, or null. */
    private static EEnumLiteral labelled(EEnum eEnum, String text) {
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            for (Locale locale : LANGUAGES) {
                if (normal(EditLabels.literal(literal.getInstance(), locale)).equals(normal(text))) {
                    return literal;
                }
            }
        }
        return null;
    }

    /** The asset class named {@code text}: its name (InformationSystem) or its label in either language. */
    private static String assetType(String text) {
        for (String type : ASSET_TYPES) {
            EClass eClass = (EClass) ToridePackage.eINSTANCE.getEClassifier(type);
            if (type.equals(text.strip()) || LANGUAGES.stream()
                    .anyMatch(locale -> normal(EditLabels.type(eClass, locale)).equals(normal(text)))) {
                return type;
            }
        }
        return null;
    }

    private static List<String> list(String text) {
        List<String> values = new ArrayList<>();
        for (String part : text.split("[,、]")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }

    /** Undoes {@code CellSafety.neutralise}: an apostrophe before a formula character was added on export. */
    static String unneutralise(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** A row that cannot be taken. */
    private static final class RowException extends Exception {
        private static final long serialVersionUID = 1L;

        RowException(String message) {
            super(message);
        }
    }

    /** Elements of the model by id and by name. */
    private static final class Lookup {
        final Map<String, ModelElement> anyElement = new HashMap<>();
        final Map<String, Asset> assets = new HashMap<>();
        final Map<String, List<ModelElement>> zones = new HashMap<>();
        final Map<String, List<ModelElement>> facilities = new HashMap<>();
        final Map<String, List<ModelElement>> responsibles = new HashMap<>();
        final Map<String, List<ModelElement>> suppliers = new HashMap<>();
        final Map<String, List<ModelElement>> services = new HashMap<>();
        /** Ids given to new assets of this import. */
        final java.util.Set<String> planned = new java.util.HashSet<>();

        Lookup(SecurityModel model) {
            model.eAllContents().forEachRemaining(o -> {
                if (o instanceof ModelElement element && element.getId() != null) {
                    anyElement.put(element.getId(), element);
                }
                if (o instanceof Asset asset) {
                    assets.put(asset.getId(), asset);
                }
                if (o instanceof Zone zone) {
                    index(zones, zone);
                }
                if (o instanceof Facility facility) {
                    index(facilities, facility);
                }
                if (o instanceof Responsible responsible) {
                    index(responsibles, responsible);
                }
                if (o instanceof Supplier supplier) {
                    index(suppliers, supplier);
                }
                if (o instanceof CriticalService service) {
                    index(services, service);
                }
            });
        }

        private static void index(Map<String, List<ModelElement>> map, ModelElement element) {
            if (element.getId() != null) {
                map.computeIfAbsent(element.getId(), k -> new ArrayList<>()).add(element);
            }
            if (element.getName() != null) {
                map.computeIfAbsent(element.getName().strip(), k -> new ArrayList<>()).add(element);
            }
        }

        @SuppressWarnings("unchecked")
        <T extends ModelElement> T find(Map<String, List<ModelElement>> map, String key, String what)
                throws RowException {
            List<ModelElement> found = map.get(key.strip());
            if (found == null || found.isEmpty()) {
                throw new RowException("no " + what + " named or with id '" + key + "'");
            }
            if (found.stream().distinct().count() > 1) {
                throw new RowException(what + " '" + key + "' is ambiguous: "
                        + found.stream().map(ModelElement::getId).toList() + "; use the id");
            }
            return (T) found.get(0);
        }
    }

    private static CSVParser open(Reader csv, CSVFormat format) throws IOException {
        try {
            return CSVParser.parse(csv, format);
        } catch (IllegalArgumentException headerRefused) {
            // A header row with the same name twice, or an empty one.
            throw new CsvFormatException(headerRefused.getMessage(), headerRefused);
        }
    }
}
