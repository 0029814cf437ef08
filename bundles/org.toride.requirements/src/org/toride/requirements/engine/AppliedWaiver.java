/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.time.LocalDate;

/**
 * A waiver as it applied in a run.
 *
 * @param requirementId requirement waived
 * @param elementId     element it is waived for
 * @param reason        why
 * @param owner         who answers for it
 * @param expires       last day it holds
 * @param expired       whether it had expired on the day of the run (then it waives nothing)
 * @param source        file and line it was written at
 */
public record AppliedWaiver(String requirementId, String elementId, String reason, String owner, LocalDate expires,
        boolean expired, String source) {
}
