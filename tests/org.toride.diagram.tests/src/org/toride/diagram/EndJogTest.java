/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.elk.core.math.KVector;
import org.junit.jupiter.api.Test;
import org.toride.diagram.OrthogonalRouter.Rect;

/** Two ports almost in line: the route between them is straight, not a kink of a few px. */
class EndJogTest {

    private static final Rect SOURCE = new Rect(0, -40, 40, 0);
    private static final Rect TARGET = new Rect(-30, 100, 30, 130);

    @Test
    void aStepOfTwoPixelsBesideTheTargetIsStraightened() {
        List<KVector> route = List.of(new KVector(20, 0), new KVector(20, 50), new KVector(18, 50), new KVector(18, 100));
        assertEquals(List.of(new KVector(20, 0), new KVector(20, 100)),
                OrthogonalRouter.withoutEndJogs(route, SOURCE, TARGET));
    }

    @Test
    void aStepThatWouldTakeThePortOffItsSideStays() {
        Rect narrow = new Rect(15, 100, 19, 130);
        List<KVector> route = List.of(new KVector(20, 0), new KVector(20, 50), new KVector(18, 50), new KVector(18, 100));
        // the target's side ends at 19: its port cannot move to 20, so the source's port moves to 18 instead
        assertEquals(List.of(new KVector(18, 0), new KVector(18, 100)),
                OrthogonalRouter.withoutEndJogs(route, SOURCE, narrow));
    }

    @Test
    void aRealDetourIsKept() {
        List<KVector> route = List.of(new KVector(20, 0), new KVector(20, 50), new KVector(-20, 50), new KVector(-20, 100));
        assertEquals(route, OrthogonalRouter.withoutEndJogs(route, SOURCE, TARGET));
    }
}
