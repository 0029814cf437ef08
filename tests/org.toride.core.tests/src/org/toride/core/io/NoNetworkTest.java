/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Loading a model never reaches out to an address the file names. Found by ModelFileFuzzTest: a mistyped or
 * hostile namespace made EMF fetch it to look for the package there (SSRF); a reference into another document
 * would be fetched the same way. A local server stands in for the attacker's and must see no connection.
 */
// Without the fix the loader connects and then waits for an answer that never comes: fail, do not hang.
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NoNetworkTest {

    @Test
    void anUnknownNamespaceIsAnErrorNotAnAddress() throws IOException {
        try (ServerSocket attacker = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String xml = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <toride:SecurityModel xmlns:toride="http://127.0.0.1:%d/model" id="m" name="m"/>
                    """.formatted(attacker.getLocalPort());

            LoadResult result = new ModelLoader().load(Path.of("hostile.toride"), xml.getBytes(StandardCharsets.UTF_8));

            assertTrue(result.hasErrors(), result.diagnostics().toString());
            assertTrue(result.errors().get(0).message().contains("127.0.0.1:" + attacker.getLocalPort()),
                    result.errors().get(0).message());
            attacker.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, attacker::accept, "the loader connected to the address");
        }
    }

    @Test
    void aReferenceIntoADocumentOnTheNetworkIsNotFetched() throws IOException {
        try (ServerSocket attacker = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String xml = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <toride:SecurityModel xmlns:toride="http://www.toride.org/model/1.0" id="m" name="m">
                      <zones id="z" name="z"/>
                      <conduits id="c" name="c" from="z" to="http://127.0.0.1:%d/other.toride#z2"/>
                    </toride:SecurityModel>
                    """.formatted(attacker.getLocalPort());

            LoadResult result = new ModelLoader().load(Path.of("hostile.toride"), xml.getBytes(StandardCharsets.UTF_8));
            if (result.model() != null) {
                org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(result.model());
            }

            attacker.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, attacker::accept, "the loader connected to the address");
        }
    }
}
