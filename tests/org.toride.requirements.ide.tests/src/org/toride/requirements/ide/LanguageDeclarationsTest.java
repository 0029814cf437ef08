/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.toride.model.AccessGrant;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.DataFlow;
import org.toride.model.InformationSystem;
import org.toride.model.IsolationPoint;
import org.toride.model.Level;
import org.toride.model.Plan;
import org.toride.model.SecurityModel;
import org.toride.model.Supplier;
import org.toride.model.TorideFactory;
import org.toride.model.Trust;
import org.toride.model.Zone;
import org.toride.model.ZoneKind;
import org.toride.requirements.eval.EvalContext;
import org.toride.requirements.eval.Evaluator;
import org.toride.requirements.eval.Messages;
import org.toride.requirements.ide.editor.EditorServices;
import org.toride.requirements.lang.BinaryOperator;
import org.toride.requirements.lang.Builtin;
import org.toride.requirements.lang.CollectionOperation;
import org.toride.requirements.lang.UnaryOperator;
import org.toride.requirements.requirements.Document;
import org.toride.requirements.requirements.Expression;
import org.toride.requirements.requirements.Requirement;
import org.toride.requirements.requirements.RequirementSet;
import org.toride.requirements.types.Type;
import org.toride.requirements.types.TypeComputer;
import org.toride.testsupport.Repository;

/**
 * Every operation, operator and function the language declares goes through the type checker, the evaluator,
 * content assist, hover and the language reference, each reading the one declaration. An operation added without an
 * example here fails {@link #everyDeclarationHasAnExample()}.
 */
class LanguageDeclarationsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /** An example of each declaration and what it gives on {@link #model()}, as a finding's message shows it. */
    private static final Map<Object, String[]> EXAMPLES = new LinkedHashMap<>();

    static {
        example(CollectionOperation.EXISTS, "m.zones.exists(z | z.kind == CONTROL)", "true");
        example(CollectionOperation.FOR_ALL, "m.zones.forAll(z | z.kind == CONTROL)", "false");
        example(CollectionOperation.SELECT, "m.zones.select(z | z.kind == CORPORATE)", "a, d");
        example(CollectionOperation.REJECT, "m.zones.reject(z | z.kind == CORPORATE)", "b, c");
        example(CollectionOperation.COUNT, "m.zones.count(z | z.parent != null)", "1");
        example(CollectionOperation.IS_EMPTY, "m.risks.isEmpty()", "true");
        example(CollectionOperation.NOT_EMPTY, "m.zones.notEmpty()", "true");
        example(CollectionOperation.SIZE, "m.zones.size()", "4");
        example(CollectionOperation.INCLUDES, "m.zones.kind.includes(DMZ)", "true");
        example(CollectionOperation.OF_TYPE, "m.zones.ofType(Zone).size()", "4");
        example(CollectionOperation.FIRST, "m.zones.first()", "a");
        example(CollectionOperation.DISTINCT, "m.zones.kind.distinct()", "CORPORATE, DMZ, CONTROL");
        example(CollectionOperation.CLOSURE, "m.zones.select(z | z.name == \"c\").first().closure(z | z.parent)", "b");
        example(BinaryOperator.AND, "true and false", "false");
        example(BinaryOperator.OR, "false or true", "true");
        example(BinaryOperator.IMPLIES, "false implies false", "true");
        example(BinaryOperator.EQUALS, "1 == 1.0", "true");
        example(BinaryOperator.NOT_EQUALS, "m.zones.first().kind != CONTROL", "true");
        example(BinaryOperator.LESS, "1 < 2", "true");
        example(BinaryOperator.LESS_OR_EQUAL, "2 <= 2", "true");
        example(BinaryOperator.GREATER, "m.zones.size() > 4", "false");
        example(BinaryOperator.GREATER_OR_EQUAL, "m.zones.size() >= 4", "true");
        example(BinaryOperator.WITHIN, "date(\"2026-11-01\") within 1 months", "true");
        example(BinaryOperator.PLUS, "date(\"2026-11-01\") + 2 weeks", "2026-11-15");
        example(BinaryOperator.MINUS, "10 - 4", "6");
        example(BinaryOperator.TIMES, "2 * 3", "6");
        example(BinaryOperator.DIVIDED_BY, "6 / 4", "1.5");
        example(UnaryOperator.NOT, "not m.risks.notEmpty()", "true");
        example(UnaryOperator.NEGATE, "-m.zones.size()", "-4");
        example(Builtin.TODAY, "today()", "2026-11-27");
        example(Builtin.DATE, "date(\"2025-04-01\")", "2025-04-01");
        example(Builtin.DAYS_SINCE, "daysSince(date(\"2026-11-20\"))", "7");
        example(Builtin.MONTHS_SINCE, "monthsSince(date(\"2026-05-27\"))", "6");
        example(Builtin.REACHABLE, "reachable(m.zones.first(), m.zones.select(z | z.name == \"b\").first())", "true");
        example(Builtin.REACHABLE_UNFILTERED,
                "reachableUnfiltered(m.zones.first(), m.zones.select(z | z.name == \"b\").first())", "false");
        example(Builtin.REACHABLE_ZONES, "reachableZones(m.zones.first())", "a, b");
        example(Builtin.TRAVERSED, "traversed(m.flows.first())", "a-b");
        example(Builtin.MONTHS_OF, "date(\"2026-11-01\") within monthsOf(1)", "true");
        example(Builtin.DAYS_OF, "date(\"2026-11-01\") within daysOf(3)", "false");
        example(Builtin.CRITICAL, "m.assets.select(a | critical(a))", "y");
        example(Builtin.CONTAINED_BY, "m.plans.select(p | containedBy(p, m.suppliers.first()))", "p");
        example(Builtin.ATTACK_SOURCES, "attackSources(m)", "d, s");
        example(Builtin.MAX, "max(1, 2)", "2");
        example(Builtin.MIN, "min(1, 2)", "1");
    }

    private static void example(Object declaration, String expression, String value) {
        EXAMPLES.put(declaration, new String[] { expression, value });
    }

    private final RequirementsIdeLanguage language = new RequirementsIdeLanguage();
    private final EditorServices services = language.editorServices();

    /**
     * Zones a (corporate) - filtered conduit - b (DMZ) with sub-zone c (control); d (corporate, untrusted) apart; one
     * flow from a system in a to a system in b, with no conduit of its own. Supplier s holds a grant to the system in
     * b; service v (LOW) rests on the system in a; plan p cuts the conduit (its isolation point), plan q cuts nothing.
     */
    private static SecurityModel model() {
        TorideFactory f = TorideFactory.eINSTANCE;
        SecurityModel model = f.createSecurityModel();
        model.setId("m");
        Zone b = null;
        for (String[] spec : new String[][] { { "a", "CORPORATE" }, { "b", "DMZ" }, { "c", "CONTROL" },
                { "d", "CORPORATE" } }) {
            Zone zone = f.createZone();
            zone.setId(spec[0]);
            zone.setName(spec[0]);
            zone.setKind(ZoneKind.valueOf(spec[1]));
            model.getZones().add(zone);
            if (spec[0].equals("b")) {
                b = zone;
            } else if (spec[0].equals("c")) {
                zone.setParent(b);
            }
        }
        Conduit conduit = f.createConduit();
        conduit.setId("a-b");
        conduit.setFrom(model.getZones().get(0));
        conduit.setTo(b);
        conduit.setFiltered(true);
        model.getConduits().add(conduit);
        InformationSystem x = f.createInformationSystem();
        x.setId("x");
        x.setZone(model.getZones().get(0));
        InformationSystem y = f.createInformationSystem();
        y.setId("y");
        y.setZone(b);
        y.setCriticalSystem(true);
        model.getAssets().add(x);
        model.getAssets().add(y);
        DataFlow flow = f.createDataFlow();
        flow.setId("x-y");
        flow.setSource(x);
        flow.setTarget(y);
        model.getFlows().add(flow);
        model.getZones().get(3).setTrust(Trust.UNTRUSTED);
        Supplier supplier = f.createSupplier();
        supplier.setId("s");
        supplier.setName("s");
        model.getSuppliers().add(supplier);
        AccessGrant grant = f.createAccessGrant();
        grant.setId("g");
        grant.setGrantee(supplier);
        grant.setAsset(y);
        model.getAccessGrants().add(grant);
        CriticalService service = f.createCriticalService();
        service.setId("v");
        service.setCriticality(Level.LOW);
        service.getSupportingAssets().add(x);
        model.getServices().add(service);
        IsolationPoint point = f.createIsolationPoint();
        point.setId("cut-a-b");
        conduit.setIsolationPoint(point);
        for (String id : new String[] { "p", "q" }) {
            Plan plan = f.createPlan();
            plan.setId(id);
            plan.setName(id);
            plan.getServices().add(service);
            if (id.equals("p")) {
                plan.getIsolationPoints().add(point);
            }
            model.getPlans().add(plan);
        }
        return model;
    }

    static Stream<Arguments> declarations() {
        return EXAMPLES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1]));
    }

    @Test
    void everyDeclarationHasAnExample() {
        List<Object> declared = new ArrayList<>();
        declared.addAll(EnumSet.allOf(CollectionOperation.class));
        declared.addAll(EnumSet.allOf(BinaryOperator.class));
        declared.addAll(EnumSet.allOf(UnaryOperator.class));
        declared.addAll(EnumSet.allOf(Builtin.class));
        assertEquals(Set.copyOf(declared), EXAMPLES.keySet());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("declarations")
    void typeCheckerAndEvaluatorAgreeOnTheExample(Object declaration, String source, String expected) {
        Expression expression = expression(source);
        List<String> errors = new ArrayList<>();
        Type type = new TypeComputer((message, node, feature) -> errors.add(message), name -> null)
                .typeOf(expression, Map.of("m", new Type.ObjectType(org.toride.model.ToridePackage.Literals.SECURITY_MODEL)));
        assertEquals(List.of(), errors, source);
        Object value = new Evaluator(new EvalContext(TODAY, Map.of())).evaluate(expression, Map.of("m", model()));
        assertEquals(expected, Messages.text(value), source);
        assertTrue(fits(value, type), source + ": " + Messages.text(value) + " is not a " + type.describe());
    }

    /** Whether a value is of the static type the checker gave its expression. */
    private static boolean fits(Object value, Type type) {
        return switch (type) {
            case Type.BooleanType b -> value instanceof Boolean;
            case Type.NumberType n -> value instanceof Double;
            case Type.DateType d -> value instanceof LocalDate;
            case Type.CollectionType c -> value instanceof List<?>;
            case Type.ObjectType o -> value == null || o.eClass().isInstance(value);
            case Type.EnumType e -> value == null || e.eEnum().getInstanceClass().isInstance(value);
            default -> false;
        };
    }

    @Test
    void contentAssistOffersEachCollectionOperationWithItsDocumentation() {
        String text = requirement("m.zones.isEmpty()");
        XtextResource resource = services.parseLinked(text, URI.createURI("memory:/a.treq"), Map.of());
        Map<String, String> proposals = new LinkedHashMap<>();
        for (ContentAssistEntry entry : services.complete(resource, text, text.indexOf("m.zones.") + "m.zones.".length())) {
            proposals.put(entry.getProposal(), entry.getDocumentation());
        }
        for (CollectionOperation operation : CollectionOperation.values()) {
            assertEquals(operation.documentation(), proposals.get(operation.operationName()),
                    operation.operationName() + " in " + proposals.keySet());
        }
        String single = requirement("m.operator.name == null");
        List<String> onElement = services.complete(services.parseLinked(single, URI.createURI("memory:/b.treq"),
                Map.of()), single, single.indexOf("m.operator.") + "m.operator.".length()).stream()
                .map(ContentAssistEntry::getProposal).toList();
        for (CollectionOperation operation : CollectionOperation.values()) {
            assertEquals(operation.acceptsSingleElement(), onElement.contains(operation.operationName()),
                    operation.operationName() + " on one element");
        }
    }

    @Test
    void contentAssistOffersEachFunctionWithItsDocumentation() {
        String text = requirement("m.zones.size() > t");
        XtextResource resource = services.parseLinked(text, URI.createURI("memory:/c.treq"), Map.of());
        Map<String, String> proposals = new LinkedHashMap<>();
        for (ContentAssistEntry entry : services.complete(resource, text, text.indexOf("> ") + 2)) {
            proposals.put(entry.getProposal(), entry.getDocumentation());
        }
        for (Builtin builtin : Builtin.values()) {
            assertEquals(builtin.documentation(), proposals.get(builtin.functionName()),
                    builtin.functionName() + " in " + proposals.keySet());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void hoverShowsTheDeclarationsDocumentation(Object declaration, String source, String expected) {
        String word = switch (declaration) {
            case CollectionOperation operation -> operation.operationName();
            case BinaryOperator operator -> operator.symbol();
            case UnaryOperator operator -> operator == UnaryOperator.NOT ? "not" : null;
            case Builtin builtin -> builtin.functionName();
            default -> null;
        };
        if (word == null) {
            return; // a minus sign before a number is part of the number to the parser's eye
        }
        String text = requirement(source);
        XtextResource resource = services.parseLinked(text, URI.createURI("memory:/d.treq"), Map.of());
        int at = text.indexOf(word, text.indexOf("require ")) + (word.length() > 1 ? 1 : 0);
        String hover = services.hover(resource, text, at);
        assertNotNull(hover, word);
        String documentation = switch (declaration) {
            case CollectionOperation operation -> operation.documentation();
            case BinaryOperator operator -> operator.documentation();
            case UnaryOperator operator -> operator.documentation();
            case Builtin builtin -> builtin.documentation();
            default -> "";
        };
        assertTrue(hover.contains(documentation), word + ": " + hover);
    }

    @Test
    void theLanguageReferenceNamesEveryDeclaration() throws IOException {
        String reference = Files.readString(Repository.root().resolve("docs/requirements-language.md"));
        List<String> missing = new ArrayList<>();
        for (CollectionOperation operation : CollectionOperation.values()) {
            if (!reference.contains("`" + operation.operationName() + "(")) {
                missing.add(operation.operationName());
            }
        }
        for (BinaryOperator operator : BinaryOperator.values()) {
            if (!reference.contains("`" + operator.symbol() + "`") && !reference.contains(" " + operator.symbol() + " ")) {
                missing.add(operator.symbol());
            }
        }
        for (Builtin builtin : Builtin.values()) {
            if (!reference.contains("`" + builtin.functionName() + "(")) {
                missing.add(builtin.functionName());
            }
        }
        assertEquals(List.of(), missing);
    }

    private static String requirement(String condition) {
        return """
                requirements t {
                  requirement T-01 "t" {
                    guideline NISC-4.1.3.2.ki.network
                    severity error
                    for each m : SecurityModel
                    require %s
                    message "m"
                  }
                }
                """.formatted(condition);
    }

    private Expression expression(String source) {
        XtextResource resource = services.parse(requirement(source), URI.createURI("memory:/e.treq"));
        assertEquals(List.of(), resource.getErrors(), source);
        RequirementSet set = (RequirementSet) ((Document) resource.getContents().get(0)).getElements().get(0);
        Requirement requirement = set.getRequirements().get(0);
        return requirement.getCondition();
    }
}
