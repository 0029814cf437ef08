/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Parser settings that make loading a model file safe on hostile input: no DOCTYPE at all (so no external entities,
 * no entity-expansion bombs), no external DTD or schema fetches, and bounded nesting depth.
 */
public final class SecureXml {

    /** Deepest element nesting accepted; a Toride file needs about four levels. */
    public static final int MAX_ELEMENT_DEPTH = 200;

    private SecureXml() {
    }

    /** EMF load options carrying the hardened parser features and properties. */
    public static Map<Object, Object> loadOptions() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

        Map<String, Object> properties = new HashMap<>();
        properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        properties.put("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", Integer.toString(MAX_ELEMENT_DEPTH));

        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, null);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        // An unknown namespace is an error, not an address: EMF would otherwise fetch the namespace URI to look for
        // the package there (found by the model-file fuzz test: a mistyped xmlns went out to the network).
        options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
        return options;
    }
}
