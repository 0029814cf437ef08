/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toride.ui.Messages;
import org.toride.ui.Workbench;
import org.toride.ui.editor.ModelEditor;
import org.toride.ui.validation.FindingMarkers;

/**
 * The editor reads its model in the background: it shows at once that it is loading, saves nothing meanwhile, and
 * what waits for the model (the Outline, a marker to go to, the live check, a build) gets it once it is handed over
 * to the UI thread. The test holds the reading back with a reader that waits for it, so that the loading state
 * lasts as long as the test looks at it.
 */
class SessionLoadTest {

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void tidy() {
        release.countDown();
        Workbench.sessions().useReader(ModelSession.FILE_READER);
        Workbench.sessions().readInBackgroundFrom(ModelSessions.BACKGROUND_FROM);
        Workbench.page().closeAllEditors(false);
        Workbench.waitUntil("no model being read", 60, () -> Workbench.sessions().all().isEmpty());
        Workbench.awaitChecks();
    }

    @Test
    void theEditorShowsThatItIsLoadingAndSavesNothingUntilTheModelIsHandedOver() throws Exception {
        IFile file = Workbench.freshExample();
        Path path = file.getLocation().toFile().toPath();
        byte[] before = Files.readAllBytes(path);
        holdReading();

        ModelEditor editor = (ModelEditor) IDE.openEditor(Workbench.page(), file, true);
        Workbench.flush();  // the UI thread is free while the model is read
        assertFalse(editor.isLoaded());
        List<String> shown = labels(editor.getSite().getShell());
        assertTrue(shown.contains(NLS.bind(Messages.ModelEditor_loading, file.getName())),
                "the editor says what it is loading: " + shown);
        assertNull(Workbench.sessions().find(file), "no session before the hand-over");
        assertTrue(Workbench.sessions().isOpening(file), "a build meanwhile leaves the model to the editor");
        assertFalse(editor.isDirty());
        editor.doSave(null);
        assertArrayEquals(before, Files.readAllBytes(path), "nothing is saved while the model is read");

        release.countDown();
        Workbench.waitUntil("the model to be read", 60, editor::isLoaded);
        assertNotNull(editor.session().model());
        assertEquals(editor.session(), Workbench.sessions().find(file));
        assertFalse(Workbench.sessions().isOpening(file));
        assertFalse(editor.isDirty());
        assertNotNull(editor.getAdapter(org.toride.ui.diagram.SessionModelHandle.class), "the diagram pages are made");
        Workbench.waitUntil("the live check's markers", 60,
                () -> Workbench.markers(file, FindingMarkers.FINDING).length > 0);
    }

    @Test
    void theOutlineAndAMarkerToGoToWaitForTheModel() throws Exception {
        IFile file = Workbench.freshExample();
        Workbench.waitUntil("the builder's markers", 60, () -> Workbench.markers(file, FindingMarkers.FINDING).length > 0);
        IMarker marker = Workbench.markers(file, FindingMarkers.FINDING)[0];
        String id = marker.getAttribute(FindingMarkers.ELEMENT_ID, "");
        holdReading();

        ModelEditor editor = (ModelEditor) IDE.openEditor(Workbench.page(), marker, true);
        ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
        Workbench.page().activate(editor);
        Workbench.flush();
        assertFalse(editor.isLoaded());
        assertEquals(0, outlineTree(outline).getItemCount(), "the Outline is empty while the model is read");

        release.countDown();
        Workbench.waitUntil("the model to be read", 60, editor::isLoaded);
        Workbench.flush();
        Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement();
        assertEquals(editor.session().element(id), selected, "the marker's element is selected once read");
        assertTrue(outlineTree(outline).getItemCount() > 0, "the Outline shows the model once read");
        Workbench.page().hideView(outline);
    }

    @Test
    void anEditorClosedWhileItsModelIsReadLeavesNoSession() throws Exception {
        IFile file = Workbench.freshExample();
        holdReading();
        ModelEditor editor = (ModelEditor) IDE.openEditor(Workbench.page(), file, true);
        Workbench.flush();
        assertFalse(editor.isLoaded());
        Workbench.page().closeEditor(editor, false);

        release.countDown();
        Workbench.waitUntil("the reading to end", 60, () -> !Workbench.sessions().isOpening(file));
        Workbench.flush();
        assertNull(Workbench.sessions().find(file), "the session ended with the only editor that wanted it");
        assertFalse(editor.isLoaded(), "a closed editor is not given the model");
    }

    @Test
    void aSmallModelIsReadAtOnceWithoutALoadingPage() throws Exception {
        IFile file = Workbench.freshExample();
        assertTrue(file.getLocation().toFile().length() < ModelSessions.BACKGROUND_FROM, "the example is small");

        ModelEditor editor = (ModelEditor) IDE.openEditor(Workbench.page(), file, true);
        assertTrue(editor.isLoaded(), "the editor opens with its model");
        assertEquals(editor.session(), Workbench.sessions().find(file));
    }

    @Test
    void aModelThatCannotBeReadShowsWhyInsteadOfLoadingForEver() throws Exception {
        IFile file = Workbench.freshExample();
        Workbench.sessions().readInBackgroundFrom(0);
        Workbench.sessions().useReader((path, resourceSet) -> {
            throw new IllegalStateException("the disk went away");
        });
        ModelEditor editor = (ModelEditor) Workbench.open(file);
        assertNull(editor.session().model());
        String problems = texts(editor.getSite().getShell()).stream().filter(t -> t.contains(file.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no page lists the problems"));
        assertTrue(problems.contains("cannot be read") && problems.contains("the disk went away"), problems);
        byte[] before = Files.readAllBytes(file.getLocation().toFile().toPath());
        editor.doSave(null);
        assertArrayEquals(before, Files.readAllBytes(file.getLocation().toFile().toPath()));
    }

    /** The next models are read in the background, and only once the test releases them. */
    @Test
    void aLargeModelChangedOnDiskIsReadAgainInTheBackgroundWhileTheEditorShowsTheOldOne() throws Exception {
        IFile file = Workbench.freshExample();
        ModelEditor editor = (ModelEditor) IDE.openEditor(Workbench.page(), file, true);
        Workbench.waitUntil("the model", 60, editor::isLoaded);
        ModelSession session = editor.session();
        org.toride.model.Asset asset = session.model().getAssets().get(0);
        String id = asset.getId();
        String before = asset.getName();
        org.toride.model.SecurityModel elsewhere = new org.toride.core.io.ModelLoader()
                .load(file.getLocation().toFile().toPath()).model();
        ((org.toride.model.Asset) elsewhere.eResource().getEObject(id)).setName("Changed by git pull");
        holdReading();  // as a model of 1 MB or more is read

        file.setContents(new java.io.ByteArrayInputStream(new org.toride.core.io.ModelSaver().serialize(elsewhere)),
                true, false, null);
        Workbench.flush();  // the UI thread is free while the file is read again
        assertEquals(before, ((org.toride.model.Asset) session.element(id)).getName(),
                "the editor shows the model it has until the new one is read");

        release.countDown();
        Workbench.waitUntil("the new content", 60, () -> session.element(id) instanceof org.toride.model.Asset changed
                && "Changed by git pull".equals(changed.getName()));
        assertEquals(session, editor.session(), "the same session, its model replaced");
        assertFalse(editor.isDirty());
    }

    private void holdReading() {
        Workbench.sessions().readInBackgroundFrom(0);
        Workbench.sessions().useReader((path, resourceSet) -> {
            try {
                if (!release.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the reading");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ModelSession.FILE_READER.read(path, resourceSet);
        });
    }

    private static Tree outlineTree(ContentOutline outline) {
        assertTrue(outline.getCurrentPage().getControl() instanceof Tree, "the Outline shows the editor's page");
        return (Tree) outline.getCurrentPage().getControl();
    }

    private static List<String> labels(Composite parent) {
        return strings(parent, Label.class, Label::getText);
    }

    private static List<String> texts(Composite parent) {
        return strings(parent, Text.class, Text::getText);
    }

    /** What the controls of one kind below {@code parent} show, depth first. */
    private static <C extends Control> List<String> strings(Composite parent, Class<C> kind, Function<C, String> shown) {
        List<String> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (kind.isInstance(child)) {
                found.add(shown.apply(kind.cast(child)));
            } else if (child instanceof Composite composite) {
                found.addAll(strings(composite, kind, shown));
            }
        }
        return found;
    }
}
