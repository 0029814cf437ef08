/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import java.util.HashMap;
import java.util.Map;
import java.util.IdentityHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XMI resource of {@code *.toride} files: parses with a hardened parser ({@link SecureXml}), remembers the line and
 * column each element was read from (so diagnostics and findings can point into the file), and saves in a stable
 * form: same model, same bytes.
 */
public class TorideResource extends XMIResourceImpl {

    /**
     * Written while loading only. Not weak: a weak map of a million elements cost more in reference processing
     * than the whole parse, and an element deleted after loading keeps its entry only as long as the resource.
     */
    private final Map<EObject, TextPosition> elementPositions = new IdentityHashMap<>();

    /** Creates a resource for the given URI. */
    public TorideResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultLoadOptions().putAll(SecureXml.loadOptions());
        getDefaultSaveOptions().putAll(saveOptions());
    }

    @Override
    protected void doUnload() {
        elementPositions.clear();
        super.doUnload();
    }

    /** Where the element's start tag ended in the file it was loaded from, or {@link TextPosition#UNKNOWN}. */
    public TextPosition positionOf(EObject element) {
        return elementPositions.getOrDefault(element, TextPosition.UNKNOWN);
    }

    /** Options that make saving deterministic and diff-friendly. */
    static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_DISCARD);
        return options;
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new PositionRecordingHandler(resource, helper, options);
            }
        };
    }

    /** Records, for each element created, where the parser was. */
    private final class PositionRecordingHandler extends SAXXMIHandler {

        PositionRecordingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        protected void processObject(EObject object) {
            if (object != null) {
                elementPositions.put(object, new TextPosition(getLineNumber(), getColumnNumber()));
            }
            super.processObject(object);
        }
    }
}
