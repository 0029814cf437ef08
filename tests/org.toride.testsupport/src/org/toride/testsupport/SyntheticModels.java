/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.model.AccessGrant;
import org.toride.model.Asset;
import org.toride.model.Authentication;
import org.toride.model.Backup;
import org.toride.model.Channel;
import org.toride.model.Conduit;
import org.toride.model.ContractClause;
import org.toride.model.Control;
import org.toride.model.ControlStatus;
import org.toride.model.ControlSystem;
import org.toride.model.ControlSystemKind;
import org.toride.model.CriticalService;
import org.toride.model.DataAsset;
import org.toride.model.DataFlow;
import org.toride.model.Device;
import org.toride.model.DeviceKind;
import org.toride.model.Direction;
import org.toride.model.EntryControl;
import org.toride.model.Environment;
import org.toride.model.Evidence;
import org.toride.model.EvidenceKind;
import org.toride.model.ExternalParty;
import org.toride.model.ExternalService;
import org.toride.model.Facility;
import org.toride.model.HandlingRestriction;
import org.toride.model.InformationSystem;
import org.toride.model.InformationSystemKind;
import org.toride.model.IsolationPoint;
import org.toride.model.Level;
import org.toride.model.Lifecycle;
import org.toride.model.Logging;
import org.toride.model.MalwareMethod;
import org.toride.model.MalwareProtection;
import org.toride.model.Medium;
import org.toride.model.ModelElement;
import org.toride.model.MonitoringKind;
import org.toride.model.MonitoringSource;
import org.toride.model.Obligation;
import org.toride.model.ObligationKind;
import org.toride.model.Operator;
import org.toride.model.Outcome;
import org.toride.model.Person;
import org.toride.model.Plan;
import org.toride.model.PlanKind;
import org.toride.model.Risk;
import org.toride.model.RiskCriteria;
import org.toride.model.Role;
import org.toride.model.RoleKind;
import org.toride.model.SecurityModel;
import org.toride.model.Sector;
import org.toride.model.Software;
import org.toride.model.Supplier;
import org.toride.model.SupplierKind;
import org.toride.model.SystemAsset;
import org.toride.model.ThreatScenario;
import org.toride.model.TorideFactory;
import org.toride.model.Treatment;
import org.toride.model.Trust;
import org.toride.model.VulnerabilityScan;
import org.toride.model.Zone;
import org.toride.model.ZoneKind;

/**
 * Deterministic synthetic models of an operator at any size, for benchmarks and property tests: a head office
 * (policies, roles, suppliers in two tiers, critical services with risks, plans and scenarios) and as many sites
 * as the size asks for (a substation or plant each: nested control and field zones behind a site DMZ, conduits
 * with boundary devices and isolation points, SCADA, HMIs, PLCs, historians, servers, devices, software, data,
 * controls of every kind, monitoring, access grants, flows to the head office and to outside parties). Every
 * requirement of the baseline applies to a share of the elements, and a share of each fails, as in a real model.
 * The same size and seed give the same model, ids included.
 */
public final class SyntheticModels {

    /** The day the models' dates are written against; checks of them should use it as "today". */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    /** About how many elements one site adds. */
    static final int ELEMENTS_PER_SITE = 54;

    private static final TorideFactory F = TorideFactory.eINSTANCE;

    private final Random random;
    private final SecurityModel model = F.createSecurityModel();
    private final List<CriticalService> services = new ArrayList<>();
    private final List<Supplier> suppliers = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private RiskCriteria criteria;
    private Zone internet;
    private Zone corporate;
    private Zone corporateServers;
    private Zone backupSite;
    private Zone devZone;
    private Zone supplierNet;
    private InformationSystem billing;
    private InformationSystem erp;
    private ExternalParty bank;
    private ExternalParty regulator;
    private ExternalService cloudMail;
    private MonitoringSource siem;

    private SyntheticModels(long seed) {
        random = new Random(seed);
    }

    /** A model of about {@code elements} elements (at least one site), the same for the same size and seed. */
    public static SecurityModel generate(int elements, long seed) {
        SyntheticModels generator = new SyntheticModels(seed);
        generator.headOffice();
        int sites = Math.max(1, (elements - 120) / ELEMENTS_PER_SITE);
        for (int site = 0; site < sites; site++) {
            generator.site(site);
        }
        return generator.model;
    }

    /** The model in a resource of its own (as a loaded model is), under {@code uri}. */
    public static SecurityModel inResource(SecurityModel model, String uri) {
        Resource resource = ModelLoader.newResourceSet().createResource(URI.createURI(uri));
        resource.getContents().add(model);
        return model;
    }

    /** How many elements a model has (root included). */
    public static int count(SecurityModel model) {
        int[] count = { 1 };
        model.eAllContents().forEachRemaining(o -> count[0]++);
        return count[0];
    }

    /** Writes a model of about ELEMENTS elements to OUT, in Toride's canonical form: {@code ELEMENTS OUT [SEED]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticModels ELEMENTS OUT.toride [SEED]");
            System.exit(2);
        }
        SecurityModel model = inResource(generate(Integer.parseInt(args[0]),
                args.length > 2 ? Long.parseLong(args[2]) : 1L), "synthetic.toride");
        new ModelSaver().save(model, Path.of(args[1]));
        System.out.println(args[1] + ": " + count(model) + " elements");
    }

    // ---- the head office --------------------------------------------------------------------------------------

    private void headOffice() {
        model.setId("model-synthetic");
        model.setName("Synthetic operator");
        Operator operator = F.createOperator();
        named(operator, "op", "Synthetic Electric Power Co.");
        operator.setSector(Sector.ELECTRICITY);
        model.setOperator(operator);
        criteria = F.createRiskCriteria();
        named(criteria, "criteria", "Risk criteria");
        criteria.setLikelihoodScale(5);
        criteria.setImpactScale(5);
        criteria.setThreshold(9);
        model.getRiskCriteria().add(criteria);
        for (RoleKind kind : List.of(RoleKind.CISO, RoleKind.CSIRT, RoleKind.INCIDENT_MANAGER, RoleKind.RISK_OWNER,
                RoleKind.ASSET_MANAGER, RoleKind.OT_ENGINEER, RoleKind.INTERNAL_AUDIT, RoleKind.SUPPLIER_MANAGER,
                RoleKind.SYSTEM_OPERATOR, RoleKind.FACILITY_MANAGER, RoleKind.PLAN_EXECUTOR)) {
            Role role = F.createRole();
            named(role, "role-" + kind.getLiteral().toLowerCase(), kind.getLiteral());
            role.setKind(kind);
            model.getRoles().add(role);
            roles.add(role);
        }
        for (int i = 0; i < 12; i++) {
            Person person = F.createPerson();
            named(person, "person-" + i, "Person " + i);
            person.setOrganisation("Synthetic Electric Power Co.");
            person.getRoles().add(roles.get(i % roles.size()));
            if (i % 4 == 1) {
                person.getRoles().add(role(RoleKind.OT_ENGINEER));
                person.getRoles().add(role(RoleKind.CSIRT));
            }
            model.getPersons().add(person);
            persons.add(person);
        }
        for (EvidenceKind kind : List.of(EvidenceKind.COMMITMENT, EvidenceKind.POLICY, EvidenceKind.TOPIC_POLICY,
                EvidenceKind.CRYPTO_POLICY, EvidenceKind.TRAINING_RECORD, EvidenceKind.AUDIT,
                EvidenceKind.MANAGEMENT_REVIEW)) {
            evidence(kind, "ev-" + kind.getLiteral().toLowerCase(), TODAY.minusMonths(1 + random.nextInt(10)));
        }
        // A topic policy past its review: GOV-04 has something to say.
        evidence(EvidenceKind.TOPIC_POLICY, "ev-topic-stale", TODAY.minusMonths(20));

        internet = zone("zone-internet", "Internet", ZoneKind.INTERNET, null);
        internet.setTrust(Trust.UNTRUSTED);
        corporate = zone("zone-corporate", "Head office LAN", ZoneKind.CORPORATE, null);
        corporateServers = zone("zone-corporate-servers", "Head office servers", ZoneKind.CORPORATE, corporate);
        Zone dmz = zone("zone-dmz", "Head office DMZ", ZoneKind.DMZ, null);
        backupSite = zone("zone-backup", "Backup site", ZoneKind.BACKUP_SITE, null);
        devZone = zone("zone-dev", "Development", ZoneKind.DEVELOPMENT, null);
        devZone.setEnvironment(Environment.DEVELOPMENT);
        supplierNet = zone("zone-supplier", "Maintenance contractor network", ZoneKind.SUPPLIER, null);
        supplierNet.setTrust(Trust.UNTRUSTED);
        Zone cloud = zone("zone-cloud", "Cloud", ZoneKind.CLOUD, null);
        cloud.setTrust(Trust.UNTRUSTED);
        conduit("c-internet-dmz", internet, dmz, Medium.INTERNET, true, true, null);
        conduit("c-dmz-corporate", dmz, corporate, Medium.LAN, true, true, null);
        conduit("c-corporate-servers", corporate, corporateServers, Medium.LAN, true, true, null);
        conduit("c-corporate-backup", corporateServers, backupSite, Medium.DEDICATED_LINE, true, true, null);
        conduit("c-corporate-dev", corporate, devZone, Medium.LAN, false, true, null);
        conduit("c-supplier-dmz", supplierNet, dmz, Medium.VPN, true, true, null);
        conduit("c-corporate-cloud", corporate, cloud, Medium.INTERNET, true, false, null);

        for (int i = 0; i < 3; i++) {
            Supplier vendor = supplier("sup-" + i, "Contractor " + i, i == 2 ? SupplierKind.CLOUD
                    : SupplierKind.MAINTENANCE, null);
            Supplier sub = supplier("sup-" + i + "-sub", "Subcontractor " + i, SupplierKind.CONTRACTOR, vendor);
            if (i == 0) {
                vendor.getClauses().remove(ContractClause.POST_TERMINATION);
            }
            if (i == 1) {
                vendor.getClauses().remove(ContractClause.FLOW_DOWN);
                vendor.setLastReview(TODAY.minusMonths(20));
            }
            if (i == 2) {
                sub.getClauses().remove(ContractClause.TRAINING);
            }
        }

        String[] serviceNames = { "Power generation", "Transmission", "Distribution", "Retail supply",
                "Grid balancing" };
        for (int i = 0; i < serviceNames.length; i++) {
            CriticalService service = F.createCriticalService();
            named(service, "svc-" + i, serviceNames[i]);
            service.setCriticality(i < 3 ? Level.HIGH : Level.MEDIUM);
            service.setMaintenanceLevel(i == 4 ? "" : "Restore supply within 3 hours");
            service.setMaxOutageMinutes(180);
            model.getServices().add(service);
            services.add(service);
            if (i != 4) {
                Obligation obligation = F.createObligation();
                named(obligation, "obl-" + i, "Electricity Business Act, service " + i);
                obligation.setKind(ObligationKind.LAW);
                obligation.getServices().add(service);
                model.getObligations().add(obligation);
            }
            if (i != 3) {
                ThreatScenario scenario = F.createThreatScenario();
                named(scenario, "scn-" + i, "Ransomware stops " + serviceNames[i]);
                scenario.setDamage("Outage of " + serviceNames[i]);
                scenario.getServices().add(service);
                model.getScenarios().add(scenario);
            }
            plan("plan-" + i + "-cp", service, PlanKind.CONTINGENCY, i);
            if (i != 2) {
                plan("plan-" + i + "-bcp", service, PlanKind.CONTINUITY, i + 1);
            }
            if (i != 4) {
                risk("risk-svc-" + i, service, null);
            }
        }
        billing = informationSystem("sys-billing", "Billing", InformationSystemKind.APPLICATION, corporateServers);
        erp = informationSystem("sys-erp", "ERP", InformationSystemKind.DATABASE, corporateServers);
        services.get(3).getSupportingAssets().add(billing);
        bank = F.createExternalParty();
        named(bank, "party-bank", "Bank");
        bank.setZone(internet);
        model.getAssets().add(bank);
        regulator = F.createExternalParty();
        named(regulator, "party-regulator", "Regulator");
        regulator.setZone(internet);
        model.getAssets().add(regulator);
        cloudMail = F.createExternalService();
        asset(cloudMail, "svc-cloud-mail", "Cloud mail", cloud);
        cloudMail.setProvider(suppliers.get(4));
        DataAsset customers = data("data-customers", "Customer records", corporateServers, Level.HIGH,
                HandlingRestriction.NO_DISTRIBUTION);
        customers.getStoredIn().add(billing);
        flow("flow-billing-bank", billing, bank, Channel.FILE_TRANSFER, true, customers).setAgreement("Bank agreement");
        flow("flow-erp-regulator", erp, regulator, Channel.EMAIL, false, customers);
        siem = F.createMonitoringSource();
        named(siem, "mon-siem", "SIEM");
        siem.setKind(MonitoringKind.SIEM);
        model.getMonitoringSources().add(siem);
        siem.getWatches().add(billing);
        siem.getWatches().add(erp);
        controls(billing, "billing", true);
        controls(erp, "erp", false);
    }

    // ---- a site -------------------------------------------------------------------------------------------------

    private void site(int i) {
        String p = "site" + i + "-";
        Zone dmz = zone(p + "dmz", "Site " + i + " DMZ", ZoneKind.DMZ, null);
        Zone control = zone(p + "control", "Site " + i + " control LAN", ZoneKind.CONTROL, null);
        control.setTargetSecurityLevel(3);
        Zone field = zone(p + "field", "Site " + i + " field network", ZoneKind.FIELD, control);
        Zone office = zone(p + "office", "Site " + i + " office", ZoneKind.CORPORATE, corporate);
        Facility facility = F.createFacility();
        asset(facility, p + "facility", "Site " + i + " building", null);
        facility.setEntryControl(i % 13 == 0 ? EntryControl.NONE : i % 3 == 0 ? EntryControl.CARD : EntryControl.LOCK);

        Device firewall = device(p + "fw", "Site " + i + " firewall", DeviceKind.FIREWALL, dmz, facility);
        Device diode = device(p + "diode", "Site " + i + " data diode", DeviceKind.DATA_DIODE, dmz, facility);
        Device switchDevice = device(p + "switch", "Site " + i + " switch", DeviceKind.SWITCH, control, facility);
        Device ids = device(p + "ids", "Site " + i + " IDS sensor", DeviceKind.IDS, control, facility);
        Conduit up = conduit(p + "c-dmz-corporate", dmz, corporate, Medium.DEDICATED_LINE, true, true, firewall);
        Conduit inward = conduit(p + "c-control-dmz", control, dmz, Medium.LAN, i % 10 != 3, i % 7 != 2, diode);
        if (i % 4 == 0) {
            inward.setDirection(Direction.ONE_WAY);
        }
        conduit(p + "c-field-control", field, control, Medium.LAN, i % 9 != 4, true, switchDevice);
        conduit(p + "c-office-corporate", office, corporate, Medium.VPN, true, i % 5 != 1, null);
        if (i % 6 != 5) {
            isolation(inward, "Disconnect site " + i + " from the DMZ");
            if (i % 5 == 1) {
                inward.getIsolationPoint().setAlternative(null); // A3-09: no alternative written down
            }
        }
        if (i % 2 == 0) {
            isolation(up, "Disconnect site " + i + " from head office");
        }

        CriticalService service = services.get(i % 3);
        ControlSystem scada = controlSystem(p + "scada", "Site " + i + " SCADA", ControlSystemKind.SCADA, control,
                facility, service);
        scada.setCriticalSystem(true);
        ControlSystem historian = controlSystem(p + "historian", "Site " + i + " historian",
                ControlSystemKind.HISTORIAN, control, facility, service);
        ControlSystem hmi = controlSystem(p + "hmi", "Site " + i + " HMI", ControlSystemKind.HMI, control, facility,
                service);
        ControlSystem workstation = controlSystem(p + "ews", "Site " + i + " engineering workstation",
                ControlSystemKind.ENGINEERING_WORKSTATION, control, facility, null);
        List<ControlSystem> plcs = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            ControlSystem plc = controlSystem(p + "plc" + k, "Site " + i + " PLC " + k, ControlSystemKind.PLC, field,
                    facility, service);
            plcs.add(plc);
        }
        ControlSystem standby = controlSystem(p + "scada-standby", "Site " + i + " standby SCADA",
                ControlSystemKind.SCADA, i % 8 == 0 ? control : backupSite, null, null);
        standby.setBackupFor(scada);
        InformationSystem server = informationSystem(p + "server", "Site " + i + " file server",
                InformationSystemKind.FILE_SERVER, office);
        server.setFacility(facility);
        if (i % 25 == 0) {
            InformationSystem planned = informationSystem(p + "new-scada", "Site " + i + " SCADA replacement",
                    InformationSystemKind.APPLICATION, control);
            planned.setLifecycle(Lifecycle.PLANNED);
            if (i % 50 == 0) {
                Evidence review = evidence(EvidenceKind.SECURITY_DESIGN_REVIEW, p + "review", TODAY.minusMonths(1));
                review.setOutcome(Outcome.PASSED_WITH_CONDITIONS);
                review.getCovers().add(planned);
            }
        }
        Device usb = device(p + "usb", "Site " + i + " maintenance USB stick", DeviceKind.REMOVABLE_MEDIA, control,
                null);
        usb.getUsedOn().add(workstation);
        usb.setUseRestricted(i % 11 != 0);

        Software os = software(p + "os", "Site " + i + " HMI operating system", i % 12 == 0
                ? TODAY.minusYears(1) : TODAY.plusYears(3), i % 5 != 0, hmi, workstation);
        Software scadaSoftware = software(p + "scada-sw", "Site " + i + " SCADA software", TODAY.plusYears(2), true,
                scada, standby);
        scadaSoftware.setProvider(suppliers.get(i % 2 == 0 ? 0 : 2));
        scadaSoftware.setInHouse(false);
        if (i % 17 == 0) {
            os.setInHouse(false);
        }

        DataAsset process = data(p + "data-process", "Site " + i + " process values", control, Level.MEDIUM);
        process.getStoredIn().add(historian);
        DataAsset recipes = data(p + "data-setpoints", "Site " + i + " control settings", control, Level.HIGH,
                HandlingRestriction.NO_COPY);
        recipes.getStoredIn().add(workstation);
        if (i % 19 == 0) {
            recipes.getStoredIn().add(usb);
        }
        for (ControlSystem plc : plcs) {
            flow(p + "flow-" + plc.getId().substring(p.length()), plc, scada, Channel.CONTROL_PROTOCOL, false, process);
        }
        flow(p + "flow-scada-historian", scada, historian, Channel.API, true, process);
        flow(p + "flow-scada-standby", scada, standby, i % 8 == 0 ? Channel.API : Channel.REPLICATION, true, process);
        DataFlow report = flow(p + "flow-historian-erp", historian, erp, Channel.FILE_TRANSFER, i % 14 != 0, process);
        report.getConduits().add(inward);
        report.getConduits().add(up);
        flow(p + "flow-ews-plc", workstation, plcs.get(0), Channel.CONTROL_PROTOCOL, false, recipes);
        if (i % 20 == 7) {
            // A production extract copied into development: OPS-01 and OPS-02 have something to say.
            InformationSystem testCopy = informationSystem(p + "dev", "Site " + i + " test copy",
                    InformationSystemKind.DATABASE, devZone);
            DataAsset test = data(p + "data-test", "Site " + i + " test extract", devZone, Level.LOW);
            flow(p + "flow-dev", server, testCopy, Channel.FILE_TRANSFER, true, test);
        }
        if (i % 33 == 0) {
            flow(p + "flow-mail", server, cloudMail, Channel.EMAIL, true, recipes);
        }

        Supplier maintainer = suppliers.get((i % 2) * 2 + (i % 3 == 0 ? 1 : 0));
        grant(p + "grant-maintenance", maintainer, scada, i % 6 != 1, true, i % 9 != 5);
        grant(p + "grant-operator", role(RoleKind.SYSTEM_OPERATOR), hmi, false, false, true);

        MonitoringSource ids2 = F.createMonitoringSource();
        named(ids2, p + "mon-ids", "Site " + i + " IDS");
        ids2.setKind(MonitoringKind.IDS);
        model.getMonitoringSources().add(ids2);
        MonitoringSource integrity = F.createMonitoringSource();
        named(integrity, p + "mon-integrity", "Site " + i + " integrity monitoring");
        integrity.setKind(MonitoringKind.INTEGRITY);
        model.getMonitoringSources().add(integrity);
        if (i % 10 == 0) {
            // The engineering workstation watched too: its unpatchable operating system is then acceptable (VUL-02).
            ids2.getWatches().add(workstation);
        }
        for (Asset watched : List.of(scada, historian, hmi, standby)) {
            ids2.getWatches().add(watched);
            if (i % 10 != 4) {
                integrity.getWatches().add(watched);
            }
        }
        for (ControlSystem plc : plcs) {
            ids2.getWatches().add(plc);
            if (i % 6 != 2) {
                integrity.getWatches().add(plc);
            }
        }
        siem.getWatches().add(scada);
        ids.setUseRestricted(true);

        // Site-wide controls protect every control system of the site; the main ones have their own backups.
        List<SystemAsset> systems = new ArrayList<>(List.of(scada, historian, hmi, workstation, standby));
        systems.addAll(plcs);
        Backup siteBackup = siteControls(systems, p, i);
        if (i % 4 != 3) {
            // Most sites back up their control settings too; the others are BAK-02's findings.
            siteBackup.getProtectedAssets().add(recipes);
            siteBackup.getProtectedAssets().add(process);
        }
        controls(scada, p + "scada", i % 15 != 3);
        controls(historian, p + "historian", true);
        if (i % 30 == 11) {
            // An isolation point into a control zone straight from the contractor's network, filtered but not
            // monitored: NET-01's case (a filtered, monitored boundary would be accepted).
            conduit(p + "c-supplier-control", supplierNet, control, Medium.VPN, true, false, null);
        }
        if (i % 40 == 0) {
            risk(p + "risk", service, scada);
        }
    }

    // ---- parts --------------------------------------------------------------------------------------------------

    private Backup siteControls(List<SystemAsset> systems, String p, int site) {
        MalwareProtection allowlist = F.createMalwareProtection();
        control(allowlist, "ctl-" + p + "allowlist", "Application allowlisting", systems.get(0), site % 9 == 8
                ? ControlStatus.PLANNED : ControlStatus.IMPLEMENTED);
        allowlist.setMethod(MalwareMethod.ALLOWLIST);
        if (site % 9 == 8) {
            allowlist.setDueDate(site % 2 == 0 ? TODAY.minusMonths(1) : TODAY.plusMonths(4));
        }
        VulnerabilityScan scan = F.createVulnerabilityScan();
        control(scan, "ctl-" + p + "scan", "Vulnerability scan", systems.get(0), ControlStatus.IMPLEMENTED);
        scan.setLastScan(TODAY.minusMonths(site % 8));
        Logging logging = F.createLogging();
        control(logging, "ctl-" + p + "logging", "Log collection", systems.get(0), ControlStatus.VERIFIED);
        logging.setRetentionDays(site % 12 == 5 ? 90 : 400);
        logging.setTamperProtected(true);
        Backup backup = F.createBackup();
        control(backup, "ctl-" + p + "backup", "Configuration backup", systems.get(0), ControlStatus.IMPLEMENTED);
        backup.setTargetZone(backupSite);
        backup.setOffline(site % 10 != 3);
        backup.setLastRestoreTest(TODAY.minusMonths(site % 14));
        for (int k = 1; k < systems.size(); k++) {
            SystemAsset system = systems.get(k);
            allowlist.getProtectedAssets().add(system);
            scan.getProtectedAssets().add(system);
            // A system now and then left out of the site's backup or log collection: BAK-01 and LOG-01 find it.
            if ((site + k) % 13 != 0) {
                backup.getProtectedAssets().add(system);
            }
            if ((site + k) % 17 != 0) {
                logging.getProtectedAssets().add(system);
            }
        }
        return backup;
    }

    private void controls(SystemAsset system, String p, boolean complete) {
        MalwareProtection malware = F.createMalwareProtection();
        control(malware, "ctl-" + p + "-malware", "Malware protection", system, complete ? ControlStatus.IMPLEMENTED
                : ControlStatus.PLANNED);
        malware.setMethod(system instanceof ControlSystem ? MalwareMethod.ALLOWLIST : MalwareMethod.SIGNATURE);
        if (!complete) {
            malware.setDueDate(random.nextBoolean() ? TODAY.minusMonths(2) : TODAY.plusMonths(3));
        }
        Backup backup = F.createBackup();
        control(backup, "ctl-" + p + "-backup", "Backup", system, ControlStatus.VERIFIED);
        backup.setTargetZone(random.nextInt(20) == 0 ? system.getZone() : backupSite);
        backup.setOffline(random.nextInt(10) != 0);
        backup.setLastRestoreTest(TODAY.minusMonths(random.nextInt(16)));
        Logging logging = F.createLogging();
        control(logging, "ctl-" + p + "-logging", "Logging", system, ControlStatus.IMPLEMENTED);
        logging.setRetentionDays(random.nextInt(12) == 0 ? 90 : 400);
        logging.setTamperProtected(random.nextInt(15) != 0);
        VulnerabilityScan scan = F.createVulnerabilityScan();
        control(scan, "ctl-" + p + "-scan", "Vulnerability scan", system, ControlStatus.IMPLEMENTED);
        scan.setLastScan(TODAY.minusMonths(random.nextInt(9)));
        if (complete && random.nextInt(4) == 0) {
            Authentication authentication = F.createAuthentication();
            control(authentication, "ctl-" + p + "-auth", "Authentication", system, null);
            authentication.setMfa(true);
        }
    }

    private void control(Control control, String id, String name, Asset protectedAsset, ControlStatus status) {
        named(control, id, name + " of " + protectedAsset.getName());
        if (status != null) {
            control.setStatus(status);
        }
        control.setOwner(role(RoleKind.SYSTEM_OPERATOR));
        control.getProtectedAssets().add(protectedAsset);
        model.getControls().add(control);
    }

    private Zone zone(String id, String name, ZoneKind kind, Zone parent) {
        Zone zone = F.createZone();
        named(zone, id, name);
        zone.setKind(kind);
        zone.setTargetSecurityLevel(2);
        zone.setParent(parent);
        model.getZones().add(zone);
        return zone;
    }

    private Conduit conduit(String id, Zone from, Zone to, Medium medium, boolean filtered, boolean monitored,
            Device boundary) {
        Conduit conduit = F.createConduit();
        named(conduit, id, from.getName() + " - " + to.getName());
        conduit.setFrom(from);
        conduit.setTo(to);
        conduit.setMedium(medium);
        conduit.setFiltered(filtered);
        conduit.setMonitored(monitored);
        conduit.setEncrypted(medium == Medium.VPN || medium == Medium.DEDICATED_LINE);
        if (boundary != null) {
            conduit.getBoundaryDevices().add(boundary);
        }
        model.getConduits().add(conduit);
        return conduit;
    }

    private void isolation(Conduit conduit, String impact) {
        IsolationPoint point = F.createIsolationPoint();
        named(point, conduit.getId() + "-cut", "Cut " + conduit.getName());
        point.setDecisionOwner(role(RoleKind.INCIDENT_MANAGER));
        point.setImpact(impact);
        point.setAlternative("Manual operation on site");
        conduit.setIsolationPoint(point);
    }

    private Supplier supplier(String id, String name, SupplierKind kind, Supplier parent) {
        Supplier supplier = F.createSupplier();
        named(supplier, id, name);
        supplier.setKind(kind);
        supplier.setParent(parent);
        supplier.getClauses().addAll(List.of(ContractClause.SECURITY_DUTIES, ContractClause.TRAINING,
                ContractClause.POST_TERMINATION, ContractClause.AUDIT_RIGHT, ContractClause.FLOW_DOWN));
        supplier.setLastReview(TODAY.minusMonths(random.nextInt(18)));
        model.getSuppliers().add(supplier);
        suppliers.add(supplier);
        return supplier;
    }

    private void plan(String id, CriticalService service, PlanKind kind, int variant) {
        Plan plan = F.createPlan();
        named(plan, id, kind.getLiteral() + " plan for " + service.getName());
        plan.setKind(kind);
        plan.getServices().add(service);
        plan.setRtoMinutes(180);
        plan.setResponseTeam(role(RoleKind.CSIRT));
        plan.setRecoveryTeam(variant % 4 == 3 ? role(RoleKind.CSIRT) : role(RoleKind.PLAN_EXECUTOR));
        plan.getCommunicationChannels().add("Satellite phone");
        if (variant % 3 != 1) {
            plan.getCommunicationChannels().add("Radio");
        }
        plan.setLastExercise(TODAY.minusMonths(variant * 5L));
        plan.setLastReview(TODAY.minusMonths(variant * 4L));
        plan.setOwner(role(RoleKind.CISO));
        model.getPlans().add(plan);
    }

    private void risk(String id, CriticalService service, Asset asset) {
        Risk risk = F.createRisk();
        named(risk, id, "Compromise of " + (asset == null ? service.getName() : asset.getName()));
        risk.setThreat("Targeted intrusion");
        risk.getAffectedServices().add(service);
        if (asset != null) {
            risk.getAffectedAssets().add(asset);
        }
        risk.setCriteria(criteria);
        // One risk in twelve is not rated yet (RISK-02).
        risk.setLikelihood(random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(5));
        risk.setImpact(1 + random.nextInt(5));
        risk.setAssessed(TODAY.minusMonths(random.nextInt(12)));
        int choice = random.nextInt(10);
        risk.setTreatment(choice < 5 ? Treatment.REDUCE : choice < 7 ? Treatment.ACCEPT
                : choice < 8 ? Treatment.TRANSFER : Treatment.UNDECIDED);
        if (risk.getTreatment() == Treatment.ACCEPT && choice == 5) {
            risk.setAcceptedBy(role(RoleKind.RISK_OWNER));
            risk.setAcceptanceRationale("Within appetite");
        }
        if (random.nextInt(10) != 0) {
            risk.setOwner(role(RoleKind.RISK_OWNER));
        }
        if (risk.getTreatment() == Treatment.REDUCE && !model.getControls().isEmpty() && choice != 4) {
            risk.getControls().add(model.getControls().get(random.nextInt(model.getControls().size())));
        }
        model.getRisks().add(risk);
    }

    private Evidence evidence(EvidenceKind kind, String id, LocalDate date) {
        Evidence evidence = F.createEvidence();
        named(evidence, id, kind.getLiteral().toLowerCase().replace('_', ' '));
        evidence.setKind(kind);
        evidence.setDate(date);
        evidence.setOwner(role(RoleKind.CISO));
        model.getEvidence().add(evidence);
        return evidence;
    }

    private ControlSystem controlSystem(String id, String name, ControlSystemKind kind, Zone zone, Facility facility,
            CriticalService service) {
        ControlSystem system = F.createControlSystem();
        asset(system, id, name, zone);
        system.setKind(kind);
        system.setFacility(facility);
        if (service != null) {
            service.getSupportingAssets().add(system);
        }
        return system;
    }

    private InformationSystem informationSystem(String id, String name, InformationSystemKind kind, Zone zone) {
        InformationSystem system = F.createInformationSystem();
        asset(system, id, name, zone);
        system.setKind(kind);
        return system;
    }

    private Device device(String id, String name, DeviceKind kind, Zone zone, Facility facility) {
        Device device = F.createDevice();
        asset(device, id, name, zone);
        device.setKind(kind);
        device.setFacility(facility);
        return device;
    }

    private Software software(String id, String name, LocalDate supportEnd, boolean patchable, Asset... on) {
        Software software = F.createSoftware();
        asset(software, id, name, null);
        software.setProduct(name);
        software.setVersion("1." + random.nextInt(10));
        software.setSupportEnd(supportEnd);
        software.setPatchable(patchable);
        for (Asset asset : on) {
            software.getInstalledOn().add(asset);
        }
        return software;
    }

    private DataAsset data(String id, String name, Zone zone, Level confidentiality,
            HandlingRestriction... restrictions) {
        DataAsset data = F.createDataAsset();
        asset(data, id, name, zone);
        data.setConfidentiality(confidentiality);
        data.getHandlingRestrictions().addAll(List.of(restrictions));
        return data;
    }

    private DataFlow flow(String id, Asset source, Asset target, Channel channel, boolean encrypted, DataAsset data) {
        DataFlow flow = F.createDataFlow();
        named(flow, id, source.getName() + " to " + target.getName());
        flow.setSource(source);
        flow.setTarget(target);
        flow.setChannel(channel);
        flow.setProtocol(channel == Channel.CONTROL_PROTOCOL ? "Modbus/TCP" : "HTTPS");
        flow.setEncrypted(encrypted);
        flow.setAuthenticated(encrypted);
        flow.getData().add(data);
        model.getFlows().add(flow);
        return flow;
    }

    private void grant(String id, org.toride.model.Principal grantee, Asset asset, boolean privileged, boolean remote,
            boolean mfa) {
        AccessGrant grant = F.createAccessGrant();
        named(grant, id, grantee.getName() + " on " + asset.getName());
        grant.setGrantee(grantee);
        grant.setAsset(asset);
        grant.setPrivileged(privileged);
        grant.setRemote(remote);
        grant.setMfa(mfa);
        grant.setLastReview(TODAY.minusMonths(random.nextInt(10)));
        model.getAccessGrants().add(grant);
    }

    /** An asset with the facts most assets have; a few of each kind leave one out, as real inventories do. */
    private <T extends Asset> T asset(T asset, String id, String name, Zone zone) {
        named(asset, id, name);
        asset.setZone(zone);
        int roll = random.nextInt(100);
        if (roll != 0) {
            asset.setManager(roles.get(random.nextInt(roles.size())));
        }
        if (roll != 1) {
            asset.setConfidentiality(Level.get(random.nextInt(3)));
            asset.setIntegrity(Level.get(1 + random.nextInt(2)));
            asset.setAvailability(Level.get(1 + random.nextInt(2)));
        }
        asset.setLifecycle(roll == 2 ? Lifecycle.RETIRED : Lifecycle.OPERATIONAL);
        asset.setInHouse(roll < 96);
        if (roll >= 96 && roll < 99) {
            asset.setProvider(suppliers.get(roll % suppliers.size()));
        }
        model.getAssets().add(asset);
        return asset;
    }

    private Role role(RoleKind kind) {
        return roles.stream().filter(r -> r.getKind() == kind).findFirst().orElseThrow();
    }

    private static void named(ModelElement element, String id, String name) {
        element.setId(id);
        element.setName(name);
    }
}
