/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toride.core.interop.Interop.element;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.toride.model.Channel;
import org.toride.model.DataAsset;
import org.toride.model.DataFlow;
import org.toride.model.Device;
import org.toride.model.DeviceKind;
import org.toride.model.ExternalParty;
import org.toride.model.InformationSystem;
import org.toride.model.InformationSystemKind;
import org.toride.model.Level;
import org.toride.model.SecurityModel;
import org.toride.model.ThreatScenario;
import org.toride.model.Zone;
import org.toride.model.ZoneKind;

/** The Threagile mapping of docs/interop.md, pinned on examples/interop/minato-portal.threagile.yaml. */
class ThreagileImportTest {

    private static ThreatModelResult result;

    private static SecurityModel imported() throws Exception {
        EditingDomain domain = Interop.domain();
        SecurityModel model = Interop.emptyModel(domain);
        result = Interop.apply(model, Interop.read(Interop.example("minato-portal.threagile.yaml")), domain, false);
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        return model;
    }

    @Test
    void countsMatchTheFile() throws Exception {
        SecurityModel model = imported();

        assertEquals(4, model.getZones().size(), "trust boundaries");
        assertEquals(6, model.getAssets().stream().filter(a -> !(a instanceof DataAsset)).count(), "technical assets");
        assertEquals(3, model.getAssets().stream().filter(DataAsset.class::isInstance).count(), "data assets");
        assertEquals(5, model.getFlows().size(), "communication links");
        assertEquals(2, model.getScenarios().size(), "abuse cases");
        assertEquals("Minato Water customer portal", new ThreagileReader()
                .read(new DocumentReader().read(Interop.example("minato-portal.threagile.yaml"))).title());
    }

    @Test
    void trustBoundariesBecomeZonesNestedAsTheyNest() throws Exception {
        SecurityModel model = imported();

        assertEquals("operator-network", element(model, "control-network", Zone.class).getParent().getId());
        assertNull(element(model, "operator-network", Zone.class).getParent());
        assertEquals(ZoneKind.CORPORATE, element(model, "operator-network", Zone.class).getKind(), "network-on-prem");
        assertFalse(element(model, "dmz", Zone.class).isSetKind(), "network-virtual-lan says no kind");
        assertEquals("control-network", element(model, "scada", InformationSystem.class).getZone().getId());
        assertNull(element(model, "customer-browser", ExternalParty.class).getZone(), "in no boundary");
    }

    @Test
    void technicalAssetsBecomeAssetsOfTheirTechnologysClass() throws Exception {
        SecurityModel model = imported();

        element(model, "customer-browser", ExternalParty.class); // an external entity on the internet
        assertEquals(DeviceKind.ENDPOINT, element(model, "engineering-laptop", Device.class).getKind());
        assertEquals(InformationSystemKind.WEB, element(model, "portal", InformationSystem.class).getKind());
        assertEquals(InformationSystemKind.DATABASE, element(model, "billing-db", InformationSystem.class).getKind());
        assertEquals(InformationSystemKind.APPLICATION, element(model, "scada", InformationSystem.class).getKind());
        InformationSystem billing = element(model, "billing-db", InformationSystem.class);
        assertEquals(List.of(Level.HIGH, Level.HIGH, Level.MEDIUM),
                List.of(billing.getConfidentiality(), billing.getIntegrity(), billing.getAvailability()));
        assertEquals(List.of("runtime:office-vm-cluster"), billing.getTags(), "shared runtime kept as a tag");
    }

    @Test
    void communicationLinksBecomeFlowsWithProtocolEncryptionAuthenticationAndData() throws Exception {
        SecurityModel model = imported();

        DataFlow login = element(model, "customer-browser-customer-login", DataFlow.class);
        assertEquals("Customer Login", login.getName());
        assertEquals("portal", login.getTarget().getId());
        assertEquals("https", login.getProtocol());
        assertTrue(login.isEncrypted());
        assertTrue(login.isAuthenticated(), "session-id");
        assertEquals(Channel.WEB, login.getChannel());
        assertEquals(Set.of("customer-accounts", "meter-readings"),
                login.getData().stream().map(DataAsset::getId).collect(Collectors.toSet()), "sent and received");
        DataFlow jdbc = element(model, "portal-account-queries", DataFlow.class);
        assertTrue(jdbc.isEncrypted(), "jdbc-encrypted");
        DataFlow values = element(model, "scada-process-values", DataFlow.class);
        assertFalse(values.isEncrypted(), "binary");
        assertFalse(values.isAuthenticated(), "authentication: none");
    }

    @Test
    void dataAssetsMapNamedLevelsAndInheritThroughMergeKeys() throws Exception {
        SecurityModel model = imported();

        DataAsset readings = element(model, "meter-readings", DataAsset.class);
        assertEquals(Level.LOW, readings.getConfidentiality(), "internal");
        assertEquals(Level.HIGH, readings.getIntegrity(), "critical, from <<: *personal-data");
        assertEquals(Level.HIGH, readings.getAvailability(), "critical");
        DataAsset setpoints = element(model, "setpoints", DataAsset.class);
        assertEquals(Level.LOW, setpoints.getConfidentiality(), "public");
        assertEquals(Level.HIGH, setpoints.getIntegrity(), "mission-critical");
        assertEquals(Set.of("billing-db", "historian"),
                readings.getStoredIn().stream().map(a -> a.getId()).collect(Collectors.toSet()));
        DataAsset accounts = element(model, "customer-accounts", DataAsset.class);
        assertEquals(Level.MEDIUM, accounts.getAvailability(), "important");
    }

    @Test
    void conduitsAreDerivedAndTheReportSaysSoAndNamesWhatIsLeftOut() throws Exception {
        SecurityModel model = imported();
        String report = Interop.report(result);

        // dmz–office (portal→billing), office–control (laptop→scada, historian→billing); the browser has no zone.
        assertEquals(2, model.getConduits().size(), model.getConduits().toString());
        assertTrue(report.contains("derived: flows cross these zones"), report);
        assertTrue(report.contains("left out: 'business_criticality' of model"), report);
        assertTrue(report.contains("left out: 'risk_tracking' of model"), report);
        assertTrue(report.contains("left out: 'usage' of data asset (3 times"), report);
        assertTrue(report.contains("left out: 'authorization' of communication link"), report);
        assertTrue(report.contains("technical asset customer-browser is in no trust boundary"), report);
        assertTrue(report.contains("shared runtime 'Office Virtualisation'"), report);
        ThreatScenario takeover = element(model, "abuse-account-takeover", ThreatScenario.class);
        assertTrue(takeover.getDescription().startsWith("As an attacker I want to log in"), takeover.getDescription());
    }

    @Test
    void anUnknownVersionAndBadLevelsAreSaid() throws Exception {
        assertEquals("threagile.version", assertThrows(UnreadableFileException.class,
                () -> Interop.read("threagile_version: 2.0.0\ntitle: x\n")).problem().key());
        ImportSource source = Interop.read("""
                threagile_version: 1.0.0
                data_assets:
                  Secret:
                    id: secret
                    confidentiality: top-secret
                """);
        assertEquals(1, source.problems().size());
        assertEquals(5, source.problems().get(0).line());
        assertEquals("threagile.confidentiality", source.problems().get(0).message().key());
    }
}
