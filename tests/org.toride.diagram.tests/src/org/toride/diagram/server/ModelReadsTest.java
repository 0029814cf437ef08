/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.actions.MessageAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toride.diagram.ChainModels;
import org.toride.diagram.LayoutMemos;
import org.toride.diagram.notation.DiagramNotation;
import org.toride.core.io.ModelSaver;
import org.toride.testsupport.SyntheticModels;

/**
 * How long building a diagram holds the model's thread, which in the workbench is the UI thread: the server reads
 * the model, lays the view out (ELK, the router) outside the read, and reads again to make the graph. Prints the
 * longest read and the whole build for a 1,000-asset network view laid out for the first time; a figure, not an
 * assertion on time.
 */
class ModelReadsTest {

    @TempDir
    Path dir;

    @Test
    void aFirstLayoutOfAThousandAssetsRunsOutsideTheModelReads() throws Exception {
        StandaloneModelHandle standalone = openChain(1000);
        TimedReads handle = new TimedReads(standalone);
        ModelRegistry registry = new ModelRegistry();
        String key = registry.register(handle);
        GlspSession session = new GlspSession(registry, DiagramTypes.NETWORK, "reads-1");
        try {
            LayoutMemos.forget(); // a layout another test made of the same model would be restored, not made
            long start = System.nanoTime();
            session.open(key, DiagramTypes.NETWORK);
            double whole = (System.nanoTime() - start) / 1e6;
            double longest = handle.reads.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double inReads = handle.reads.stream().mapToDouble(Double::doubleValue).sum();
            System.out.printf("ModelReadsTest: 1,000 assets, network, first layout: %d reads, longest %.0f ms, %.0f ms"
                    + " in all reads, %.0f ms from request to model (reads / whole %.2f)%n", handle.reads.size(),
                    longest, inReads, whole, inReads / whole);
            assertTrue(session.has("a-5"), "the view arrived with its assets");
        } finally {
            session.dispose();
            standalone.dispose();
        }
    }

    @Test
    void aModelClosedWhileItsViewIsBuiltEndsTheBuildWithoutAnError() throws Exception {
        StandaloneModelHandle standalone = openChain(50);
        TimedReads handle = new TimedReads(standalone);
        handle.closedAfterReads = 1; // the editor closes between the build's first read and its second
        ModelRegistry registry = new ModelRegistry();
        String key = registry.register(handle);
        GlspSession session = new GlspSession(registry, DiagramTypes.NETWORK, "reads-closed");
        try {
            LayoutMemos.forget();
            session.open(key, DiagramTypes.NETWORK);
            assertTrue(handle.reads.size() >= 1, "the build began");
            List<String> errors = session.received.stream().filter(MessageAction.class::isInstance)
                    .map(MessageAction.class::cast).filter(m -> "ERROR".equals(m.getSeverity()))
                    .map(MessageAction::getMessage).toList();
            assertEquals(List.of(), errors, "no error sent to the page");
            assertFalse(session.has("a-5"), "no view of a closed model");
        } finally {
            session.dispose();
            standalone.dispose();
        }
    }

    /** A chain model of {@code assets} assets, saved and opened as {@code toride serve} opens a file. */
    private StandaloneModelHandle openChain(int assets) throws Exception {
        Path file = dir.resolve("chain-" + assets + ".toride");
        new ModelSaver().save(SyntheticModels.inResource(ChainModels.generate(assets), "chain.toride"), file);
        return StandaloneModelHandle.open(file, model -> List.of());
    }

    /** A handle that times each read of the one it wraps, and can play a model closed after some reads. */
    private static final class TimedReads implements ModelHandle {
        private final ModelHandle delegate;
        final List<Double> reads = new ArrayList<>();
        volatile int closedAfterReads = Integer.MAX_VALUE;

        TimedReads(ModelHandle delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T read(Supplier<T> reader) {
            synchronized (reads) {
                if (reads.size() >= closedAfterReads) {
                    throw new ModelClosedException("The model chain.toride was closed");
                }
            }
            long start = System.nanoTime();
            try {
                return delegate.read(reader);
            } finally {
                synchronized (reads) {
                    reads.add((System.nanoTime() - start) / 1e6);
                }
            }
        }

        @Override
        public Resource resource() {
            return delegate.resource();
        }

        @Override
        public EditingDomain domain() {
            return delegate.domain();
        }

        @Override
        public DiagramNotation notation() {
            return delegate.notation();
        }

        @Override
        public void write(Runnable writer) {
            delegate.write(writer);
        }

        @Override
        public List<DiagramFinding> findings() {
            return delegate.findings();
        }

        @Override
        public Runnable onFindingsChanged(Runnable listener) {
            return delegate.onFindingsChanged(listener);
        }

        @Override
        public void selected(List<String> elementIds) {
            delegate.selected(elementIds);
        }

        @Override
        public Runnable onSelectionRequest(Consumer<List<String>> listener) {
            return delegate.onSelectionRequest(listener);
        }

        @Override
        public void save() {
            delegate.save();
        }
    }
}
