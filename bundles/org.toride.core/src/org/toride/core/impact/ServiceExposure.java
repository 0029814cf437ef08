/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import java.util.List;

import org.toride.model.Asset;
import org.toride.model.CriticalService;

/**
 * A critical service an attack reaches: the supporting assets reached, the backups and standby systems of those
 * assets ({@code backupFor}), which of them are reached too, and whether an alternative is left.
 *
 * @param service         the service
 * @param reachedAssets   its supporting assets the attack reaches
 * @param backups         every asset that is {@code backupFor} one of the reached assets
 * @param backupsReached  those of the backups the attack reaches as well
 * @param alternativeLeft whether every reached supporting asset has a backup the attack does not reach
 */
public record ServiceExposure(CriticalService service, List<Asset> reachedAssets, List<Asset> backups,
        List<Asset> backupsReached, boolean alternativeLeft) {
}
