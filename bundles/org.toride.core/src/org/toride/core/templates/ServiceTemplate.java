/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.templates;

/**
 * One critical-infrastructure service of Annex 2 as a template holds it: the key of its texts in
 * {@code templates*.properties} and the thresholds of its service maintenance level, each null where the guideline
 * states none. Figures are those of the guideline text (an outage "of 2 hours or more" is stored as 120 minutes).
 */
record ServiceTemplate(String key, Integer maxOutageMinutes, Integer affectedUsers, Integer affectedKilowatts,
        Integer affectedHouseholds) {

    /** A service whose sector states no threshold: its level is "no service failure caused by a system fault". */
    static ServiceTemplate withoutThreshold(String key) {
        return new ServiceTemplate(key, null, null, null, null);
    }

    /** Whether Annex 2 states a maintenance level of its own for this service (then its text has a key too). */
    boolean hasOwnLevel() {
        return maxOutageMinutes != null || affectedUsers != null || affectedKilowatts != null
                || affectedHouseholds != null;
    }
}
