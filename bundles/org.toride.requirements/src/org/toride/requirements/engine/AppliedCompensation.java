/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.engine;

import java.time.LocalDate;

/**
 * A compensating control (補完的な措置) that meets a requirement on an element where the normal measure is not
 * possible: implemented, justified and reviewed within the compensation review interval. Unlike a waiver it does not
 * expire; it lapses when its review is no longer current.
 *
 * @param controlId     the control's id
 * @param controlName   its name
 * @param justification why the normal measure is not possible and how the control compensates
 * @param reviewed      when it was last reviewed
 */
public record AppliedCompensation(String controlId, String controlName, String justification, LocalDate reviewed) {
}
