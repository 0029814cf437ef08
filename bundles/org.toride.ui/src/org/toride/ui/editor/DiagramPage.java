/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.toride.diagram.DiagramView;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;
import org.toride.ui.diagram.SessionDiagrams;
import org.toride.ui.diagram.SessionModelHandle;

/**
 * A page of the model editor showing one diagram: the GLSP client in an SWT Browser, talking to the workbench's
 * diagram server on 127.0.0.1. The page loads its diagram when first shown or, before that, once the editor has
 * settled ({@link DiagramPreparation}), so opening a model stays quick and showing its diagram too.
 * As a selection provider it carries what the user selected in the diagram, for the Properties view and the tree.
 */
final class DiagramPage extends SelectionBroadcast {

    private final Composite control;
    private final DiagramView view;
    private final SessionModelHandle handle;
    private Browser browser;
    private String url;
    private boolean loaded;

    DiagramPage(Composite parent, DiagramView view, SessionModelHandle handle) {
        this.view = view;
        this.handle = handle;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new FillLayout());
    }

    Control control() {
        return control;
    }

    DiagramView view() {
        return view;
    }

    /** The browser showing the diagram, or null before the page was shown or when there is no browser. */
    Browser browser() {
        return browser;
    }

    /**
     * Loads the diagram, from the model's session on the diagram server, the first time the page is shown or
     * {@code prepared} (loaded while hidden); then nothing. A prepared page comes without the server's picture
     * (PagePicture): its live diagram is drawn before its tab is shown, and the picture would read the model once more
     * in the UI thread (0.1 s at 1,000 assets) while the user works in another page.
     */
    void shown(SessionDiagrams diagrams, boolean prepared) {
        if (loaded || control.isDisposed()) {
            return;
        }
        loaded = true;
        try {
            // The page names palette entries and new elements in the workbench's language, and leaves Ctrl+Z and
            // Ctrl+Shift+Z to the workbench's key bindings (both handling them undid two steps per key press).
            url = diagrams.url(view) + "&host=workbench&lang=" + java.net.URLEncoder.encode(
                    org.eclipse.core.runtime.Platform.getNL(), java.nio.charset.StandardCharsets.UTF_8)
                    + (prepared ? "&picture=none" : "");
        } catch (java.io.IOException | RuntimeException e) {
            TorideUiPlugin.logError("Starting the diagram server failed", e);
            message(NLS.bind(Messages.DiagramPage_serverFailed, e.getMessage()));
            return;
        }
        try {
            browser = new Browser(control, SWT.NONE);
            // The client's page is ours; nothing else may be navigated to inside the editor.
            browser.addLocationListener(org.eclipse.swt.browser.LocationListener.changingAdapter(event -> {
                event.doit = event.location.startsWith(url.substring(0, url.indexOf('/', "http://".length())) + "/");
            }));
            browser.setUrl(url);
            control.layout(true);
        } catch (SWTError e) {
            TorideUiPlugin.logError("No browser for the diagram page", e);
            if (browser != null) {
                browser.dispose();
                browser = null;
            }
            message(NLS.bind(Messages.DiagramPage_noBrowser, e.getMessage(), url));
        }
    }

    private void message(String text) {
        for (Control child : control.getChildren()) {
            child.dispose();
        }
        Text message = new Text(control, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
        message.setText(text);
        control.layout(true);
    }

    /** The diagram selected these elements (UI thread). */
    void selectedInDiagram(List<?> elements) {
        changed(new StructuredSelection(elements));
    }

    /** Selects these elements in the diagram (the tree's or a table's selection, or the Properties view's). */
    @Override
    public void setSelection(ISelection newSelection) {
        keep(newSelection);
        if (getSelection() instanceof IStructuredSelection structured) {
            handle.requestSelection(structured.toList());
        }
    }

    void dispose() {
        if (!control.isDisposed()) {
            control.dispose();
        }
    }
}
