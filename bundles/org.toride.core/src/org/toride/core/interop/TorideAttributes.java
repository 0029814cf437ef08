/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

/**
 * Keys of the OTM {@code attributes} Toride writes on export and reads back on import, so a model that goes out
 * and comes back keeps what OTM has no field for (an asset's class, a zone's kind, a flow's protocol). Other tools
 * keep unknown attributes as they are; OTM allows any.
 */
final class TorideAttributes {

    static final String CLASS = "toride:class";
    static final String KIND = "toride:kind";
    static final String ZONE_KIND = "toride:zoneKind";
    static final String ENVIRONMENT = "toride:environment";
    static final String SECURITY_LEVEL = "toride:securityLevel";
    static final String ZONE = "toride:zone";
    /** An asset's C/I/A (LOW, MEDIUM, HIGH): OTM rates only data assets. */
    static final String CONFIDENTIALITY = "toride:confidentiality";
    static final String INTEGRITY = "toride:integrity";
    static final String AVAILABILITY = "toride:availability";
    static final String PROTOCOL = "toride:protocol";
    static final String CHANNEL = "toride:channel";
    static final String ENCRYPTED = "toride:encrypted";
    static final String AUTHENTICATED = "toride:authenticated";
    /** The C/I/A ratings an asset does not state (OTM requires all three numbers). */
    static final String UNCLASSIFIED = "toride:unclassified";
    /** Marks the trust zone that holds the components of assets in no zone (OTM requires a parent). */
    static final String UNZONED = "toride:unzoned";

    private TorideAttributes() {
    }
}
