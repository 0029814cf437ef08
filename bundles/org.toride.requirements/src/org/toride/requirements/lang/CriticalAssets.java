/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.lang;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.toride.model.Asset;
import org.toride.model.Level;
import org.toride.model.SystemAsset;
import org.toride.model.ToridePackage;
import org.toride.model.util.Criticality;
import org.toride.requirements.exec.Reads;

/**
 * What "critical" means for every requirement, decided once (behind {@link Builtin#CRITICAL}). Requirements used to
 * spell it out each in its own words, and some left out the criticalSystem flag (重要システム), so one system could
 * need backup and logging but not MFA or entry control. A standby inherits from what it stands in for: a hot standby
 * of a critical system takes over its load and needs the same protection.
 */
public final class CriticalAssets {

    /** The requirement parameter that sets the threshold. */
    public static final String THRESHOLD = "criticalLevel";

    private CriticalAssets() {
    }

    /**
     * Whether {@code asset} is critical at {@code threshold} (a {@link Level} or a literal name such as HIGH; null
     * means HIGH), telling {@code reads} every feature looked at so an incremental check knows what invalidates it.
     */
    public static boolean isCritical(Asset asset, Object threshold, Reads reads) {
        return isCritical(asset, threshold == null ? Level.HIGH : threshold, reads,
                Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isCritical(Asset asset, Object threshold, Reads reads, Set<Asset> visiting) {
        ToridePackage p = ToridePackage.eINSTANCE;
        if (!visiting.add(asset)) {
            return false; // a cycle of backupFor adds nothing
        }
        reads.feature(asset, p.getAsset_Criticality());
        if (Values.compare(Criticality.of(asset, reads::feature), threshold) >= 0) {
            return true;
        }
        if (asset instanceof SystemAsset system) {
            reads.feature(system, p.getSystemAsset_CriticalSystem());
            if (system.isCriticalSystem()) {
                return true;
            }
        }
        reads.feature(asset, p.getAsset_BackupFor());
        Asset primary = asset.getBackupFor();
        return primary != null && isCritical(primary, threshold, reads, visiting);
    }
}
