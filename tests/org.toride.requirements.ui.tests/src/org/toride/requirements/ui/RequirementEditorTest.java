/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.toride.requirements.ide.editor.LexicalHighlighting;
import org.toride.requirements.ide.editor.OutlineNode;
import org.toride.requirements.ide.highlighting.RequirementsHighlighting;
import org.toride.testsupport.Screenshots;

/**
 * The requirement editor in a running workbench: a *.treq file opens in the Generic Editor, which colours, completes,
 * hovers, validates as you type and on save, and outlines it with the requirement language's services.
 */
class RequirementEditorTest {

    private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
    private static final String TEXT = """
            requirements acme.extra "Acme" {
                parameter reviewInterval = 12 months "How often"
                requirement T-01 "Conduits into control zones are filtered" {
                    guideline NISC-4.1.3.2.ki.network
                    severity error
                    for each c : Conduit
                    require c.filtered and c.to.kind == CONTROL
                    message "m"
                }
            }
            """;
    /** Line (0-based) of the {@code require} clause. */
    private static final int REQUIRE_LINE = 6;
    private static int projects;

    private IProject project;
    private IFile file;
    private IWorkbenchPage page;
    private ITextEditor editor;
    private ISourceViewer viewer;
    private IDocument document;

    @BeforeEach
    void openEditor() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("treq-" + ++projects);
        project.create(null);
        project.open(null);
        file = project.getFile("acme.treq");
        file.create(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), true, null);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart part = IDE.openEditor(page, file);
        editor = assertInstanceOf(ITextEditor.class, part);
        viewer = (ISourceViewer) editor.getAdapter(ITextViewer.class);
        document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        dispatch();
    }

    @AfterEach
    void closeEditor() throws CoreException {
        page.closeAllEditors(false);
        dispatch();
        project.delete(true, true, null);
    }

    @Test
    void treqFilesOpenInTheGenericEditor() throws CoreException {
        assertEquals("org.toride.requirements.treq", file.getContentDescription().getContentType().getId());
        assertEquals(GENERIC_EDITOR, editor.getSite().getId());
        assertEquals(TEXT, document.get());
    }

    @Test
    void keywordsAndSemanticElementsAreColoured() throws BadLocationException {
        assertLooksLike(LexicalHighlighting.KEYWORD, "requirement T-01");
        assertLooksLike(LexicalHighlighting.STRING, "\"Acme\"");
        assertLooksLike(RequirementsHighlighting.FEATURE, "filtered and");
        assertLooksLike(RequirementsHighlighting.LITERAL, "CONTROL");
        assertLooksLike(RequirementsHighlighting.TYPE, "Conduit\n");
        assertLooksLike(RequirementsHighlighting.ID, "NISC-4.1.3.2.ki.network");
        assertNotEquals(style(LexicalHighlighting.KEYWORD).foreground.getRGB(),
                style(RequirementsHighlighting.FEATURE).foreground.getRGB());
    }

    @Test
    void contentAssistAfterADotOffersTheFeaturesOfTheReceiversClass() {
        int offset = TEXT.indexOf("c.filtered") + 2;

        List<String> proposals = proposals(offset);

        assertTrue(proposals.containsAll(List.of("filtered", "monitored", "from", "to", "boundaryDevices")),
                proposals.toString());
        assertFalse(proposals.contains("supportingAssets"), "features of another class offered: " + proposals);
    }

    @Test
    void contentAssistOffersEnumLiteralsAndGuidelineIds() throws BadLocationException {
        document.replace(TEXT.indexOf("CONTROL"), "CONTROL".length(), "ZoneKind.");
        List<String> literals = proposals(TEXT.indexOf("CONTROL") + "ZoneKind.".length());
        List<String> guidelines = proposals(TEXT.indexOf("NISC-4.1.3.2.ki.network"));

        assertTrue(literals.contains("CONTROL"), literals.toString());
        assertTrue(guidelines.contains("NISC-4.1.3.2.ka.backup"), guidelines.toString());
    }

    @Test
    void ctrlSpaceOpensTheProposalPopupInTheEditor() throws Exception {
        int offset = TEXT.indexOf("c.filtered") + 2;
        document.replace(offset, "filtered".length(), "");
        editor.selectAndReveal(offset, 0);
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        workbench.setBounds(0, 0, 1100, 620);
        dispatch();

        ((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);

        List<String> shown = new ArrayList<>();
        assertTrue(waitUntil(() -> {
            shown.clear();
            shown.addAll(popupItems());
            return shown.stream().anyMatch(item -> item.startsWith("filtered"));
        }, 20_000), "no proposal popup with 'filtered'; popups show " + shown);
        screenshot(workbench);
        assertTrue(shown.stream().anyMatch(item -> item.startsWith("monitored")), shown.toString());
    }

    @Test
    void errorsShowAsYouTypeAndAsMarkersOnSave() throws Exception {
        int offset = TEXT.indexOf("c.filtered") + 2;
        document.replace(offset, "filtered".length(), "filterd");

        Annotation error = waitForAnnotation("filterd");
        assertEquals("Conduit has no feature 'filterd' (did you mean filtered?)", error.getText());
        assertEquals(Problems.ERROR_ANNOTATION, error.getType());
        assertEquals(REQUIRE_LINE, document.getLineOfOffset(viewer.getAnnotationModel().getPosition(error).getOffset()));

        save();
        IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length, Arrays.toString(markers));
        assertEquals(REQUIRE_LINE + 1, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
        assertTrue(markers[0].isSubtypeOf(IMarker.PROBLEM));

        document.replace(offset, "filterd".length(), "filtered");
        assertTrue(waitUntil(() -> ownAnnotations().isEmpty(), 20_000), "annotations left: " + ownAnnotations());
        save();
        assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO).length);
    }

    @Test
    void syntaxErrorsAreAnnotatedAtTheirLine() throws Exception {
        document.replace(TEXT.indexOf("severity error"), "severity error".length(), "severity fatal");

        Annotation error = waitForAnnotation("fatal");
        assertEquals(4, document.getLineOfOffset(viewer.getAnnotationModel().getPosition(error).getOffset()));
    }

    @Test
    void profilesMayNameSetsAndRequirementsOfOtherFilesOfTheProject() throws Exception {
        project.getFile("base.treq").create(new ByteArrayInputStream("""
                requirements acme.base {
                    requirement B-01 "b" {
                        guideline NISC-4.1.3.2.ki.network
                        severity error
                        for each c : Conduit
                        require c.filtered
                        message "m"
                    }
                }
                """.getBytes(StandardCharsets.UTF_8)), true, null);

        document.set("""
                profile acme.plant extends acme.base {
                    disable B-01 because "x"
                    disable B-02 because "y"
                }
                """);

        waitForAnnotation("B-02");
        assertEquals(List.of("Couldn't resolve reference to Requirement 'B-02'."),
                ownAnnotations().stream().map(Annotation::getText).toList());
    }

    @Test
    void hoverShowsTheMetamodelDocumentation() throws Exception {
        int offset = TEXT.indexOf("Conduit\n") + 2;
        Method getTextHover = TextViewer.class.getDeclaredMethod("getTextHover", int.class, int.class);
        getTextHover.setAccessible(true);
        ITextHover hover = (ITextHover) getTextHover.invoke(viewer, offset, ITextViewerExtension2.DEFAULT_HOVER_STATE_MASK);
        assertNotNull(hover, "the editor has no hover for requirement files");

        IRegion region = hover.getHoverRegion(viewer, offset);
        @SuppressWarnings("deprecation")
        Object info = hover instanceof ITextHoverExtension2 extension ? extension.getHoverInfo2(viewer, region)
                : hover.getHoverInfo(viewer, region);

        assertNotNull(info);
        assertTrue(String.valueOf(info).contains("A communication link between two zones"), String.valueOf(info));
    }

    @Test
    void outlineShowsTheDeclarationsAndRevealsTheSelectedOne() throws Exception {
        IContentOutlinePage adapted = editor.getAdapter(IContentOutlinePage.class);
        assertInstanceOf(RequirementsOutlinePage.class, adapted);
        ContentOutline view = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        assertTrue(waitUntil(() -> view.getCurrentPage() instanceof RequirementsOutlinePage, 10_000));
        RequirementsOutlinePage outline = (RequirementsOutlinePage) view.getCurrentPage();

        @SuppressWarnings("unchecked")
        List<OutlineNode> roots = (List<OutlineNode>) outline.viewer().getInput();
        assertEquals(List.of("acme.extra"), roots.stream().map(OutlineNode::label).toList());
        List<String> children = roots.get(0).children().stream().map(OutlineNode::label).toList();
        assertEquals(List.of("reviewInterval", "T-01: Conduits into control zones are filtered"), children);

        outline.viewer().setSelection(new StructuredSelection(roots.get(0).children().get(1)), true);
        dispatch();

        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(TEXT.indexOf("T-01"), selection.getOffset());
        assertEquals("T-01", selection.getText());
    }

    @Test
    void outlineFollowsTheText() throws Exception {
        page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        RequirementsOutlinePage outline = (RequirementsOutlinePage) ((ContentOutline) page.findView(IPageLayout.ID_OUTLINE))
                .getCurrentPage();
        document.replace(TEXT.lastIndexOf('}'), 1, "}\nwaiver T-01 on \"conduit-1\" because \"b\" owner \"o\" expires 2027-03-31\n");

        assertTrue(waitUntil(() -> outline.viewer().getInput() instanceof List<?> list && list.size() == 2, 10_000));
        assertEquals("waiver T-01 on conduit-1", ((OutlineNode) ((List<?>) outline.viewer().getInput()).get(1)).label());
    }

    @Test
    void newLineAfterABraceIndentsOneLevel() throws BadLocationException {
        int offset = TEXT.indexOf('{') + 1;
        DocumentCommand command = new DocumentCommand() {
        };
        command.offset = offset;
        command.length = 0;
        command.text = "\n";

        new RequirementsAutoEditStrategy().customizeDocumentCommand(document, command);

        assertEquals("\n    ", command.text);
    }

    // ---- helpers ----

    /** An extension object as the editor gets it: made by the workbench's requirement language injector. */
    private static <T> T injected(Class<T> type) {
        try {
            return RequirementsExtensionFactory.language(
                    org.osgi.framework.FrameworkUtil.getBundle(RequirementsExtensionFactory.class).getBundleContext())
                    .injector().getInstance(type);
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> proposals(int offset) {
        ICompletionProposal[] proposals = injected(RequirementsContentAssistProcessor.class)
                .computeCompletionProposals(viewer, offset);
        return Arrays.stream(proposals).map(p -> p.getDisplayString().split(" ")[0]).toList();
    }

    private void assertLooksLike(String style, String text) throws BadLocationException {
        int modelOffset = document.get().indexOf(text);
        int widgetOffset = ((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(modelOffset);
        StyledText widget = viewer.getTextWidget();
        StyleRange expected = style(style);
        assertTrue(waitUntil(() -> {
            StyleRange actual = widget.getStyleRangeAtOffset(widgetOffset);
            return actual != null && actual.foreground != null
                    && actual.foreground.getRGB().equals(expected.foreground.getRGB())
                    && actual.fontStyle == expected.fontStyle;
        }, 10_000), text + " is not coloured as " + style + ": " + widget.getStyleRangeAtOffset(widgetOffset));
    }

    private static StyleRange style(String style) {
        return RequirementsColours.range(0, 1, style);
    }

    private Annotation waitForAnnotation(String inMessage) {
        List<Annotation> found = new ArrayList<>();
        assertTrue(waitUntil(() -> {
            found.clear();
            ownAnnotations().stream().filter(a -> a.getText().contains(inMessage)).forEach(found::add);
            return !found.isEmpty();
        }, 20_000), "no annotation about " + inMessage + " among " + ownAnnotations());
        return found.get(0);
    }

    /** The reconciler's annotations (not those of markers). */
    private List<Annotation> ownAnnotations() {
        List<Annotation> result = new ArrayList<>();
        for (Iterator<Annotation> it = viewer.getAnnotationModel().getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            if (!(annotation instanceof MarkerAnnotation) && !annotation.isMarkedDeleted()
                    && List.of(Problems.ERROR_ANNOTATION, Problems.WARNING_ANNOTATION, Problems.INFO_ANNOTATION)
                            .contains(annotation.getType())) {
                result.add(annotation);
            }
        }
        return result;
    }

    private void save() throws InterruptedException {
        editor.doSave(new NullProgressMonitor());
        Job.getJobManager().join(ProblemMarkers.FAMILY, null);
        dispatch();
    }

    /** Texts of the items of every table in an open popup shell (the proposal popup is one). */
    private static List<String> popupItems() {
        List<String> items = new ArrayList<>();
        for (Shell shell : Display.getCurrent().getShells()) {
            collect(shell, items);
        }
        return items;
    }

    private static void collect(Control control, List<String> items) {
        if (control instanceof Table table && table.isVisible()) {
            for (TableItem item : table.getItems()) {
                items.add(item.getText());
            }
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, items);
            }
        }
        if (control instanceof Shell shell) {
            for (Shell child : shell.getShells()) {
                collect(child, items);
            }
        }
    }

    /** The workbench window as it is on screen, for the user guide (target/requirement-editor.png). */
    private static void screenshot(Shell shell) throws Exception {
        Screenshots.save(shell, "tests/org.toride.requirements.ui.tests/target/requirement-editor.png");
    }

    private static boolean waitUntil(BooleanSupplier condition, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            dispatch();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    private static void dispatch() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    static {
        // The workbench must have been started by the UI harness.
        assertTrue(Platform.isRunning());
    }
}
