/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.toride.model.ZoneKind;

/**
 * Which Toride zone kind a trust zone's type (OTM) or a trust boundary's type (Threagile) stands for, by its words;
 * null when the words do not say (the zone's kind is then left unset, as "not stated").
 */
final class ZoneKinds {

    private static final List<Map.Entry<ZoneKind, Set<String>>> WORDS = List.of(
            Map.entry(ZoneKind.INTERNET, Set.of("internet", "public", "untrusted")),
            Map.entry(ZoneKind.DMZ, Set.of("dmz", "perimeter")),
            Map.entry(ZoneKind.CONTROL, Set.of("control", "ot", "scada", "ics", "plant")),
            Map.entry(ZoneKind.FIELD, Set.of("field")),
            Map.entry(ZoneKind.MANAGEMENT, Set.of("management", "admin")),
            Map.entry(ZoneKind.BACKUP_SITE, Set.of("backup")),
            Map.entry(ZoneKind.DEVELOPMENT, Set.of("development", "dev")),
            Map.entry(ZoneKind.TEST, Set.of("test", "staging")),
            Map.entry(ZoneKind.SUPPLIER, Set.of("supplier", "vendor", "partner", "hoster")),
            Map.entry(ZoneKind.CLOUD, Set.of("cloud", "aws", "azure", "gcp", "vpc")),
            Map.entry(ZoneKind.CORPORATE, Set.of("private", "internal", "corporate", "intranet", "prem", "office")));

    private ZoneKinds() {
    }

    /** The kind a type such as {@code internet}, {@code network-on-prem} or {@code network-cloud-provider} names. */
    static ZoneKind of(String type) {
        if (type == null) {
            return null;
        }
        Set<String> words = Set.copyOf(Arrays.asList(type.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")));
        for (Map.Entry<ZoneKind, Set<String>> rule : WORDS) {
            if (rule.getValue().stream().anyMatch(words::contains)) {
                return rule.getKey();
            }
        }
        return null;
    }

    /** The OTM trust zone type Toride writes for {@code kind}: its name in lower case with dashes. */
    static String otmType(ZoneKind kind) {
        return kind == null ? "zone" : kind.getName().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
