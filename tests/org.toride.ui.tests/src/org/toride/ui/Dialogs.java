/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a dialog the way a user does: waits for it to open, reads it, and clicks one of its buttons with the
 * pointer. A modal dialog runs its own event loop, so the answer is set up before whatever opens it.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /** What a dialog said, once it has been answered. */
    public static final class Answer {
        private final AtomicReference<String> text = new AtomicReference<>();

        /** The dialog's texts (title, message), or null while none was answered. */
        public String text() {
            return text.get();
        }

        /** Waits until the dialog was answered. */
        public String await() {
            Workbench.waitUntil("a dialog to be answered", 60, () -> text.get() != null);
            return text.get();
        }
    }

    /** Clicks {@code button} (its label without mnemonics) of the next dialog titled {@code title}. */
    public static Answer answer(String title, String button) {
        Answer answer = new Answer();
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 60_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    Button target = button(shell, button);
                    if (target == null) {
                        answer.text.set("no button '" + button + "' in: " + texts(shell));
                        shell.close();
                        return;
                    }
                    answer.text.set(title + "\n" + String.join("\n", texts(shell)));
                    Point centre = target.toDisplay(target.getSize().x / 2, target.getSize().y / 2);
                    Pointer.click(centre.x, centre.y);
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
        return answer;
    }

    private static Button button(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && b.getText().replace("&", "").equals(label)) {
                return b;
            }
            if (child instanceof Composite composite) {
                Button found = button(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> texts(Composite parent) {
        List<String> texts = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && !label.getText().isEmpty()) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                texts.addAll(texts(composite));
            }
        }
        return texts;
    }
}
