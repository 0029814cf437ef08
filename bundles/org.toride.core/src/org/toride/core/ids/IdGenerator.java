/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.ids;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;

/**
 * Makes new element ids such as {@code zone-3f9a1c2b}: a short prefix that says what the element is, and random
 * hex so that two people adding elements on different branches do not collide when their files are merged.
 */
public final class IdGenerator {

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("SecurityModel", "model"), Map.entry("Operator", "op"), Map.entry("CriticalService", "svc"),
            Map.entry("InformationSystem", "sys"), Map.entry("ControlSystem", "ot"), Map.entry("Software", "sw"),
            Map.entry("DataAsset", "data"), Map.entry("Device", "dev"), Map.entry("ExternalService", "ext"),
            Map.entry("Facility", "fac"), Map.entry("Zone", "zone"), Map.entry("Conduit", "conduit"),
            Map.entry("IsolationPoint", "iso"), Map.entry("DataFlow", "flow"), Map.entry("Supplier", "sup"),
            Map.entry("Role", "role"), Map.entry("Person", "person"), Map.entry("AccessGrant", "grant"),
            Map.entry("MonitoringSource", "mon"), Map.entry("RiskCriteria", "criteria"), Map.entry("Risk", "risk"),
            Map.entry("Plan", "plan"), Map.entry("Obligation", "obl"), Map.entry("ThreatScenario", "scn"),
            Map.entry("Evidence", "ev"));

    private final Random random;

    /** A generator backed by a secure random source. */
    public IdGenerator() {
        this(new SecureRandom());
    }

    /** A generator with the given random source (tests use a seeded one). */
    public IdGenerator(Random random) {
        this.random = random;
    }

    /** The prefix used for elements of {@code eClass}: controls of every kind share {@code ctl}. */
    public static String prefixOf(EClass eClass) {
        String prefix = PREFIXES.get(eClass.getName());
        if (prefix != null) {
            return prefix;
        }
        for (EClass superType : eClass.getEAllSuperTypes()) {
            if (superType.getName().equals("Control")) {
                return "ctl";
            }
        }
        return eClass.getName().toLowerCase(java.util.Locale.ROOT);
    }

    /** A new id for an element of {@code eClass} for which {@code taken} is false. */
    public String next(EClass eClass, Predicate<String> taken) {
        String prefix = prefixOf(eClass);
        byte[] bytes = new byte[4];
        while (true) {
            random.nextBytes(bytes);
            String candidate = prefix + "-" + HexFormat.of().formatHex(bytes);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
