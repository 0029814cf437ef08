/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Real pointer and key events from the X server (xdotool), as a user's mouse would send them, not events synthesised
 * inside SWT or the page. The UI loop keeps running while xdotool works, so the workbench sees them at once.
 */
public final class Pointer {

    private Pointer() {
    }

    public static void click(int x, int y) {
        moveTo(x, y);
        pause(150);
        xdotool("click", "1");
        pause(300);
    }

    /** A click of the secondary button at (x, y): what opens a context menu. */
    public static void rightClick(int x, int y) {
        moveTo(x, y);
        pause(150);
        xdotool("click", "3");
        pause(500);
    }

    /** Two clicks at (x, y) as quickly as a user double-clicks. */
    public static void doubleClick(int x, int y) {
        moveTo(x, y);
        pause(150);
        xdotool("click", "--repeat", "2", "--delay", "80", "1");
        pause(300);
    }

    /** Presses at (x, y), moves to (x + dx, y + dy) in small steps, releases. */
    public static void drag(int x, int y, int dx, int dy) {
        moveTo(x, y);
        pause(150);
        xdotool("mousedown", "1");
        pause(150);
        for (int i = 1; i <= 6; i++) {
            xdotool("mousemove", str(x + dx * i / 6), str(y + dy * i / 6));
            pause(60);
        }
        xdotool("mouseup", "1");
        pause(300);
    }

    public static void key(String key) {
        xdotool("key", key);
        pause(300);
    }

    /**
     * Moves the pointer and checks it got there: the X server clamps a move to its screen, and a click that lands
     * beside its target fails far from the cause.
     */
    private static void moveTo(int x, int y) {
        xdotool("mousemove", str(x), str(y));
        String location = xdotool("getmouselocation");
        if (!location.startsWith("x:" + x + " y:" + y + " ")) {
            fail("the pointer did not reach (" + x + ", " + y + "): xdotool says " + location.strip()
                    + "; the screen is " + xdotool("getdisplaygeometry").strip());
        }
    }

    private static String str(int value) {
        return Integer.toString(value);
    }

    private static String xdotool(String... args) {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("xdotool is needed for the pointer tests (apt-get install xdotool): " + e.getMessage());
        }
        String output;
        try {
            // The UI loop keeps running, so the workbench sees the events while the X server delivers them.
            Workbench.waitUntil("xdotool " + String.join(" ", args), 10, () -> !process.isAlive());
            output = output(process);
        } finally {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), () -> "xdotool " + String.join(" ", args) + " failed: " + output);
        return output;
    }

    private static String output(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes());
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** Waits while the UI loop runs. */
    public static void pause(long millis) {
        long end = System.currentTimeMillis() + millis;
        Workbench.waitUntil("a pause of " + millis + " ms", (int) (millis / 1000) + 5, () -> System.currentTimeMillis() >= end);
    }
}
