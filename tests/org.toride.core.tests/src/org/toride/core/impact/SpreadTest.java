/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.CriticalService;
import org.toride.model.Direction;
import org.toride.model.InformationSystem;
import org.toride.model.Supplier;
import org.toride.model.Zone;

/** Each spread rule of docs/impact.md on a hand-made model, with what it must not do. */
class SpreadTest {

    private final Models m = new Models();

    private static List<String> ids(BlastRadius radius) {
        return radius.reachedZonesAndAssets().stream().map(e -> e.getId()).sorted().toList();
    }

    @Test
    void aCompromisedAssetCompromisesItsZoneAndSoItsNeighbours() {
        Zone office = m.zone("office");
        InformationSystem pc = m.system("pc", office);
        m.system("server", office);

        BlastRadius radius = Spread.from(pc);

        assertEquals(List.of("office", "pc", "server"), ids(radius));
        assertEquals(List.of(Step.Kind.IN_ZONE, Step.Kind.CONTAINS),
                radius.path(m.model.getAssets().get(1)).stream().map(Step::kind).toList());
    }

    @Test
    void aOneWayConduitIsCrossedOnlyInItsDirection() {
        Zone control = m.zone("control");
        Zone dmz = m.zone("dmz");
        m.oneWay("diode", control, dmz);
        m.system("historian", control);
        m.system("replica", dmz);

        assertEquals(List.of("control", "dmz", "historian", "replica"), ids(Spread.from(control)));
        assertEquals(List.of("dmz", "replica"), ids(Spread.from(dmz)));
    }

    @Test
    void aBidirectionalConduitIsCrossedBothWaysAndAFilteredOneStill() {
        Zone a = m.zone("a");
        Zone b = m.zone("b");
        m.conduit("ab", a, b).setFiltered(true);

        assertEquals(List.of("a", "b"), ids(Spread.from(b)));
    }

    @Test
    void aConduitMarkedAsBlockingSpreadIsNotCrossedNorACutOne() {
        Zone a = m.zone("a");
        Zone b = m.zone("b");
        Zone c = m.zone("c");
        m.conduit("media", a, b).setBlocksSpread(true);
        Conduit ac = m.conduit("ac", a, c);

        assertEquals(List.of("a", "c"), ids(Spread.from(a)));
        assertEquals(List.of("a"), ids(Spread.from(a, Isolation.cutting(List.of(ac)))));
    }

    @Test
    void aZoneReachesItsNestedZonesButANestedZoneNotItsParent() {
        Zone plant = m.zone("plant");
        Zone cell = m.zone("cell", plant);
        m.system("plc", cell);
        m.system("hmi", plant);

        assertEquals(List.of("cell", "hmi", "plant", "plc"), ids(Spread.from(plant)));
        assertEquals(List.of("cell", "plc"), ids(Spread.from(cell)));
    }

    @Test
    void aConduitBetweenAZoneAndItsNestedZoneDecidesInsteadOfTheNesting() {
        Zone plant = m.zone("plant");
        Zone cell = m.zone("cell", plant);
        Conduit cellFirewall = m.conduit("cell-fw", plant, cell);
        m.system("plc", cell);
        m.system("hmi", plant);

        assertEquals(List.of("cell", "hmi", "plant", "plc"), ids(Spread.from(plant)));
        assertEquals(List.of("hmi", "plant"), ids(Spread.from(plant, Isolation.cutting(List.of(cellFirewall)))));
        assertEquals(List.of("cell", "hmi", "plant", "plc"), ids(Spread.from(cell)));
        cellFirewall.setDirection(Direction.ONE_WAY);
        assertEquals(List.of("cell", "plc"), ids(Spread.from(cell)));
    }

    @Test
    void aSupplierReachesGrantedAssetsAndTheHostsOfSoftwareItProvides() {
        Zone plant = m.zone("plant");
        Zone office = m.zone("office");
        Zone other = m.zone("other");
        InformationSystem scada = m.system("scada", plant);
        InformationSystem billing = m.system("billing", office);
        m.system("unrelated", other);
        Supplier vendor = m.supplier("vendor");
        m.grant("g", vendor, scada);
        m.software("pkg", vendor, billing);

        BlastRadius radius = Spread.from(vendor);

        assertEquals(List.of("billing", "office", "pkg", "plant", "scada"), ids(radius));
        assertEquals(Step.Kind.GRANT, radius.path(scada).get(0).kind());
        assertEquals("g", radius.path(scada).get(0).via().getId());
        assertEquals(List.of(Step.Kind.PROVIDES, Step.Kind.INSTALLED_ON),
                radius.path(billing).stream().map(Step::kind).toList());
    }

    @Test
    void aFlowWithoutConduitsSpreadsToItsTargetOnlyForwardAndAFlowOverConduitsAddsNothing() {
        Zone a = m.zone("a");
        Zone b = m.zone("b");
        Zone c = m.zone("c");
        InformationSystem source = m.system("source", a);
        InformationSystem target = m.system("target", b);
        InformationSystem overDiode = m.system("overDiode", c);
        m.flow("direct", source, target);
        Conduit diode = m.oneWay("diode", c, a);
        m.flow("against", source, overDiode, diode);

        assertEquals(List.of("a", "b", "source", "target"), ids(Spread.from(source)));
        assertEquals(List.of("b", "target"), ids(Spread.from(target)));
        assertFalse(Spread.from(source).reaches(overDiode));
    }

    @Test
    void aStoppedAssetIsNeitherReachedNorPassesTheAttackOn() {
        Zone a = m.zone("a");
        Zone b = m.zone("b");
        InformationSystem gateway = m.system("gateway", a);
        InformationSystem target = m.system("target", b);
        m.flow("f", gateway, target);

        BlastRadius radius = Spread.from(a, new Isolation(Set.of(), Set.of(gateway)));

        assertEquals(List.of("a"), ids(radius));
    }

    @Test
    void eachPathIsAShortestOne() {
        Zone a = m.zone("a");
        Zone b = m.zone("b");
        Zone c = m.zone("c");
        Zone d = m.zone("d");
        m.conduit("ab", a, b);
        m.conduit("bc", b, c);
        m.conduit("cd", c, d);
        m.conduit("ad", a, d);

        BlastRadius radius = Spread.from(a);

        assertEquals(List.of("ad"), radius.path(d).stream().map(s -> s.via().getId()).toList());
        assertEquals(2, radius.path(c).size());
        assertTrue(radius.path(a).isEmpty());
    }

    @Test
    void aServiceHasAnAlternativeOnlyWhileABackupOfEachReachedAssetIsNotReached() {
        Zone main = m.zone("main");
        Zone standby = m.zone("standby");
        Conduit replication = m.conduit("replication", main, standby);
        InformationSystem scada = m.system("scada", main);
        InformationSystem dr = m.system("dr", standby);
        dr.setBackupFor(scada);
        CriticalService water = m.service("water", 720, scada, dr);

        ServiceExposure contained = Spread.from(main, Isolation.cutting(List.of(replication))).services(m.model).get(0);
        ServiceExposure spread = Spread.from(main).services(m.model).get(0);

        assertEquals(water, contained.service());
        assertEquals(List.<Asset>of(scada), contained.reachedAssets());
        assertEquals(List.<Asset>of(dr), contained.backups());
        assertTrue(contained.alternativeLeft());
        assertEquals(List.<Asset>of(dr), spread.backupsReached());
        assertFalse(spread.alternativeLeft());
    }
}
