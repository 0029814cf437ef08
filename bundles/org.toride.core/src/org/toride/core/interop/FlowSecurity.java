/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.toride.model.Channel;
import org.toride.model.ToridePackage;

/**
 * What an OTM dataflow says about its protocol, encryption and authentication, where OTM has no field for them: in
 * Toride's own attributes (written by its export), in the attributes other tools use ({@code protocol},
 * {@code encryption} or {@code encrypted}, {@code authentication} or {@code authenticated}, any case) or in tags
 * ({@code https}, {@code tls}, {@code encrypted}, {@code authenticated}…). A flow says nothing it was not told.
 */
final class FlowSecurity {

    /** The attribute names (lower case) read here besides Toride's own. */
    static final Set<String> ATTRIBUTES = Set.of("protocol", "encryption", "encrypted", "authentication",
            "authenticated");
    private static final ToridePackage P = ToridePackage.eINSTANCE;
    private static final Set<String> NO = Set.of("false", "no", "none", "plain", "unencrypted", "0");

    private final Map<String, Node> attributes;
    private final List<String> tags;

    FlowSecurity(Map<String, Node> attributes, List<String> tags) {
        this.attributes = attributes;
        this.tags = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    void applyTo(ElementSpec spec) {
        String protocol = first(TorideAttributes.PROTOCOL, "protocol");
        if (protocol == null) {
            protocol = tags.stream().filter(Protocols::known).findFirst().map(t -> t.toUpperCase(Locale.ROOT))
                    .orElse(null);
        }
        if (protocol != null) {
            spec.set(P.getDataFlow_Protocol(), protocol);
        }
        Boolean encrypted = flag(first(TorideAttributes.ENCRYPTED, "encrypted", "encryption"));
        if (encrypted == null && (tags.contains("encrypted") || tags.contains("tls")
                || protocol != null && Protocols.encrypted(protocol))) {
            encrypted = true;
        }
        if (encrypted != null) {
            spec.set(P.getDataFlow_Encrypted(), encrypted);
        }
        Boolean authenticated = flag(first(TorideAttributes.AUTHENTICATED, "authenticated", "authentication"));
        if (authenticated == null && tags.contains("authenticated")) {
            authenticated = true;
        }
        if (authenticated != null) {
            spec.set(P.getDataFlow_Authenticated(), authenticated);
        }
        String channelName = first(TorideAttributes.CHANNEL);
        Channel channel = channelName == null ? null : Channel.get(channelName);
        if (channel == null && protocol != null) {
            channel = Protocols.channel(protocol);
        }
        if (channel != null) {
            spec.set(P.getDataFlow_Channel(), channel);
        }
    }

    /** The text of the first of {@code keys} present (case ignored), or null. */
    private String first(String... keys) {
        for (String key : keys) {
            for (Map.Entry<String, Node> entry : attributes.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(key) && entry.getValue().text() != null
                        && !entry.getValue().text().isBlank()) {
                    return entry.getValue().text().strip();
                }
            }
        }
        return null;
    }

    /** A yes/no value: booleans, "none"/"false" and the like are no, any other text (a method: "TLS 1.3") yes. */
    private static Boolean flag(String value) {
        return value == null ? null : !NO.contains(value.toLowerCase(Locale.ROOT));
    }
}
