/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toride.core.interop.Interop.element;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.toride.core.model.ModelStatistics;
import org.toride.model.Channel;
import org.toride.model.Conduit;
import org.toride.model.Control;
import org.toride.model.ControlStatus;
import org.toride.model.ControlSystem;
import org.toride.model.ControlSystemKind;
import org.toride.model.DataAsset;
import org.toride.model.DataFlow;
import org.toride.model.Device;
import org.toride.model.DeviceKind;
import org.toride.model.InformationSystem;
import org.toride.model.InformationSystemKind;
import org.toride.model.Level;
import org.toride.model.SecurityModel;
import org.toride.model.Software;
import org.toride.model.ThreatScenario;
import org.toride.model.Trust;
import org.toride.model.Zone;
import org.toride.model.ZoneKind;

/** The OTM mapping of docs/interop.md, pinned on the hand-written example (examples/interop/minato-portal.otm.json). */
class OtmImportTest {

    private static SecurityModel imported() throws IOException, UnreadableFileException {
        return Interop.importNew(Interop.read(Interop.example("minato-portal.otm.json")));
    }

    @Test
    void countsMatchTheFile() throws Exception {
        SecurityModel model = imported();

        assertEquals(5, model.getZones().size());
        assertEquals(8, model.getAssets().stream().filter(a -> !(a instanceof DataAsset)).count());
        assertEquals(3, model.getAssets().stream().filter(DataAsset.class::isInstance).count());
        assertEquals(5, model.getFlows().size());
        assertEquals(2, model.getScenarios().size());
        assertEquals(3, model.getControls().size());
        assertEquals(Integer.valueOf(5), ModelStatistics.of(model).countsByKind().get("DataFlow"));
    }

    @Test
    void trustZonesBecomeNestedZonesWithTrustAndKind() throws Exception {
        SecurityModel model = imported();

        Zone internet = element(model, "internet", Zone.class);
        assertEquals(Trust.UNTRUSTED, internet.getTrust());
        assertEquals(ZoneKind.INTERNET, internet.getKind());
        Zone dmz = element(model, "dmz", Zone.class);
        assertEquals("operator-network", dmz.getParent().getId());
        assertEquals(Trust.TRUSTED, dmz.getTrust(), "trustRating 50 is the first trusted value");
        assertEquals(ZoneKind.CONTROL, element(model, "control-network", Zone.class).getKind());
        assertEquals(ZoneKind.CORPORATE, element(model, "operator-network", Zone.class).getKind());
    }

    @Test
    void componentsBecomeAssetsOfTheClassTheirTypeNames() throws Exception {
        SecurityModel model = imported();

        assertEquals(DeviceKind.ENDPOINT, element(model, "customer-browser", Device.class).getKind());
        assertEquals(InformationSystemKind.WEB, element(model, "portal", InformationSystem.class).getKind());
        assertEquals(DeviceKind.FIREWALL, element(model, "perimeter-firewall", Device.class).getKind());
        assertEquals(InformationSystemKind.DATABASE, element(model, "billing-db", InformationSystem.class).getKind());
        assertEquals(DeviceKind.ENDPOINT, element(model, "engineering-laptop", Device.class).getKind());
        assertEquals(ControlSystemKind.SCADA, element(model, "scada", ControlSystem.class).getKind());
        assertEquals(ControlSystemKind.HISTORIAN, element(model, "historian", ControlSystem.class).getKind());
        Software module = element(model, "portal-api", Software.class);
        assertEquals("dmz", module.getZone().getId(), "a component in a component goes into that one's zone");
        assertEquals(List.of("tomcat"), element(model, "portal", InformationSystem.class).getTags());
        assertEquals("Bills, meter readings and contract changes",
                element(model, "portal", InformationSystem.class).getDescription());
    }

    @Test
    void dataflowsKeepProtocolEncryptionAndAuthenticationFromTagsAndAttributes() throws Exception {
        SecurityModel model = imported();

        DataFlow login = element(model, "browser-to-portal", DataFlow.class);
        assertEquals("HTTPS", login.getProtocol());
        assertTrue(login.isEncrypted());
        assertTrue(login.isAuthenticated());
        assertEquals(Channel.WEB, login.getChannel());
        assertEquals(List.of("customer-accounts"), login.getData().stream().map(DataAsset::getId).toList());
        DataFlow jdbc = element(model, "portal-to-billing", DataFlow.class);
        assertEquals("JDBC", jdbc.getProtocol());
        assertTrue(jdbc.isEncrypted(), "encryption: TLS 1.3 says encrypted");
        assertTrue(jdbc.isAuthenticated());
        assertEquals(Channel.API, jdbc.getChannel());
        DataFlow modbus = element(model, "scada-to-historian", DataFlow.class);
        assertEquals("Modbus/TCP", modbus.getProtocol());
        assertFalse(modbus.isEncrypted());
        assertFalse(modbus.isAuthenticated());
        assertTrue(element(model, "historian-to-billing", DataFlow.class).isEncrypted(), "tag sftp");
        assertEquals("engineering-laptop", element(model, "laptop-to-scada", DataFlow.class).getSource().getId());
    }

    @Test
    void dataAssetsKeepTheirRatingsByThirdsAndWhereTheyAreStored() throws Exception {
        SecurityModel model = imported();

        DataAsset accounts = element(model, "customer-accounts", DataAsset.class);
        assertEquals(List.of(Level.HIGH, Level.HIGH, Level.MEDIUM),
                List.of(accounts.getConfidentiality(), accounts.getIntegrity(), accounts.getAvailability()));
        DataAsset readings = element(model, "meter-readings", DataAsset.class);
        assertEquals(List.of(Level.LOW, Level.HIGH, Level.MEDIUM),
                List.of(readings.getConfidentiality(), readings.getIntegrity(), readings.getAvailability()));
        assertEquals(Set.of("billing-db", "historian"),
                readings.getStoredIn().stream().map(a -> a.getId()).collect(Collectors.toSet()));
    }

    @Test
    void threatsAndMitigationsBecomeScenariosAndControls() throws Exception {
        SecurityModel model = imported();

        ThreatScenario stuffing = element(model, "credential-stuffing", ThreatScenario.class);
        assertEquals(List.of("portal"), stuffing.getEntryPoints().stream().map(a -> a.getId()).toList());
        assertEquals("Customer data disclosed, bills changed", stuffing.getDamage());
        assertTrue(stuffing.getDescription().contains("CWE: CWE-307"), stuffing.getDescription());
        assertTrue(stuffing.getDescription().contains("Likelihood: 70/100"), stuffing.getDescription());
        ThreatScenario tampering = element(model, "setpoint-tampering", ThreatScenario.class);
        assertTrue(tampering.getDescription().contains("On data flow laptop-to-scada"), tampering.getDescription());

        Control mfa = element(model, "mfa-customers", Control.class);
        assertEquals(ControlStatus.IMPLEMENTED, mfa.getStatus());
        assertEquals(List.of("portal"), mfa.getProtectedAssets().stream().map(a -> a.getId()).toList());
        Control signed = element(model, "signed-setpoints", Control.class);
        assertEquals(ControlStatus.PLANNED, signed.getStatus());
        assertEquals(List.of("laptop-to-scada"), signed.getProtectedFlows().stream().map(f -> f.getId()).toList());
        assertFalse(element(model, "waf-rules", Control.class).isSetStatus(), "attached nowhere: no status");
        assertTrue(element(model, "waf-rules", Control.class).getDescription().contains("Risk reduction: 40/100"));
    }

    @Test
    void conduitsAreDerivedWhereFlowsCrossZonesAndTheReportSaysSo() throws Exception {
        EditingDomain domain = Interop.domain();
        SecurityModel model = Interop.emptyModel(domain);
        ThreatModelResult result = Interop.apply(model,
                Interop.read(Interop.example("minato-portal.otm.json")), domain, false);

        // internet–dmz, dmz–office, control–office; laptop→scada office–control is the same pair as control–office.
        assertEquals(3, model.getConduits().size(), model.getConduits().toString());
        DataFlow setpoints = element(model, "laptop-to-scada", DataFlow.class);
        DataFlow readings = element(model, "historian-to-billing", DataFlow.class);
        assertEquals(1, setpoints.getConduits().size());
        assertEquals(setpoints.getConduits(), readings.getConduits(), "one conduit per pair of zones");
        Conduit conduit = setpoints.getConduits().get(0);
        assertEquals(Set.of("office-lan", "control-network"), Set.of(conduit.getFrom().getId(), conduit.getTo().getId()));
        assertTrue(element(model, "scada-to-historian", DataFlow.class).getConduits().isEmpty(), "same zone");
        String report = Interop.report(result);
        assertTrue(report.contains("conduit " + conduit.getId() + " (Control network – Office LAN) derived"), report);
    }

    @Test
    void whatHasNoPlaceIsNamedInTheReport() throws Exception {
        EditingDomain domain = Interop.domain();
        ThreatModelResult result = Interop.apply(Interop.emptyModel(domain),
                Interop.read(Interop.example("minato-portal.otm.json")), domain, false);
        String report = Interop.report(result);

        assertTrue(report.contains("left out: 'processed' of component assets (once"), report);
        assertTrue(report.contains("left out: 'cmdbId' of project attributes"), report);
        assertTrue(report.contains("left out: 'owner' of component attributes"), report);
        assertTrue(report.contains("left out: 'representations' of document"), report);
        assertFalse(report.contains("'riskReduction'"), "kept in the description, not left out");
        assertTrue(report.contains("dataflow browser-to-portal goes both ways"), report);
        assertTrue(report.contains("portal-api is nested in component portal"), report);
        assertTrue(report.contains("file:"), "notes carry the file and line: " + report);
    }

    @Test
    void oneUndoTakesTheWholeImportBack() throws Exception {
        EditingDomain domain = Interop.domain();
        SecurityModel model = Interop.emptyModel(domain);
        Interop.apply(model, Interop.read(Interop.example("minato-portal.otm.json")), domain, false);
        assertEquals(5, model.getZones().size());

        domain.getCommandStack().undo();

        assertEquals(1, ModelStatistics.of(model).total());
        assertFalse(domain.getCommandStack().canUndo());
        domain.getCommandStack().redo();
        assertEquals("dmz", element(model, "portal", InformationSystem.class).getZone().getId());
    }

    @Test
    void anUnknownVersionStopsTheFile() {
        UnreadableFileException e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFileException.class,
                () -> Interop.read("{\"otmVersion\": \"1.0.0\", \"project\": {\"name\": \"x\", \"id\": \"x\"}}"));
        assertEquals("otm.version", e.problem().key());
        assertEquals(1, e.line());
    }

    @Test
    void aThreatWithoutMitigationsOrAComponentWithoutAssetsIsFine() throws Exception {
        SecurityModel model = Interop.importNew(Interop.read("""
                otmVersion: 0.2.0
                project: {name: Small, id: small}
                trustZones:
                  - {id: z, name: Zone, risk: {trustRating: 100}}
                components:
                  - {id: c, name: App, type: service, parent: {trustZone: z}, assets: null, threats: null}
                dataflows: []
                """));
        assertEquals(InformationSystemKind.APPLICATION, element(model, "c", InformationSystem.class).getKind());
        assertNull(element(model, "z", Zone.class).getParent());
    }
}
