/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * Refuses every network address a model file may name (a namespace, a reference into another document): a model is
 * one self-contained local file, and reading one must never make the tool reach out — to an attacker's server, or
 * to an internal one it can see.
 */
final class NoNetworkURIHandler extends URIHandlerImpl {

    private static final Set<String> NETWORK = Set.of("http", "https", "ftp", "ftps", "jar", "ws", "wss");

    @Override
    public boolean canHandle(URI uri) {
        String scheme = uri.scheme();
        return scheme != null && NETWORK.contains(scheme.toLowerCase(Locale.ROOT));
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("not read: Toride does not fetch anything a model names (" + uri + ")");
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("not written: Toride does not send anything to an address (" + uri + ")");
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("not deleted: " + uri);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return false;
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return Map.of();
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        throw new IOException("not changed: " + uri);
    }
}
