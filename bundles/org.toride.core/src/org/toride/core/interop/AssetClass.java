/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.toride.model.ControlSystemKind;
import org.toride.model.DeviceKind;
import org.toride.model.InformationSystemKind;
import org.toride.model.ToridePackage;

/**
 * Which Toride asset class (and kind) a component or technical asset becomes: the documented rules of
 * docs/interop.md, "Assets". OTM's component types are free text (IriusRisk's library names, StartLeft's mappings),
 * so they are read by their words; Threagile's technologies are a closed list, each mapped.
 *
 * @param eClass the Toride class
 * @param kind   the value of its {@code kind}, or null
 */
public record AssetClass(EClass eClass, Enumerator kind) {

    private static final ToridePackage P = ToridePackage.eINSTANCE;

    /** Words of an OTM type, first rule that has one wins. */
    private static final List<Map.Entry<AssetClass, Set<String>>> OTM_WORDS = List.of(
            rule(P.getControlSystem(), ControlSystemKind.SCADA, "scada"),
            rule(P.getControlSystem(), ControlSystemKind.DCS, "dcs"),
            rule(P.getControlSystem(), ControlSystemKind.HMI, "hmi"),
            rule(P.getControlSystem(), ControlSystemKind.PLC, "plc"),
            rule(P.getControlSystem(), ControlSystemKind.RTU, "rtu"),
            rule(P.getControlSystem(), ControlSystemKind.HISTORIAN, "historian"),
            rule(P.getControlSystem(), ControlSystemKind.FIELD_DEVICE, "sensor", "actuator"),
            rule(P.getSoftware(), null, "library", "code", "class", "package", "module"),
            rule(P.getExternalParty(), null, "user", "users", "actor", "person", "customer", "partner", "external",
                    "third"),
            rule(P.getDevice(), DeviceKind.ENDPOINT, "client", "browser", "mobile", "desktop", "laptop", "workstation",
                    "smartphone", "iot"),
            rule(P.getDevice(), DeviceKind.FIREWALL, "firewall", "waf"),
            rule(P.getDevice(), DeviceKind.IDS, "ids"),
            rule(P.getDevice(), DeviceKind.IPS, "ips"),
            rule(P.getDevice(), DeviceKind.VPN_GATEWAY, "vpn"),
            rule(P.getDevice(), DeviceKind.DATA_DIODE, "diode"),
            rule(P.getDevice(), DeviceKind.ROUTER, "router"),
            rule(P.getDevice(), DeviceKind.SWITCH, "switch"),
            rule(P.getDevice(), DeviceKind.PROXY, "proxy", "balancer", "lb", "elb", "alb", "gateway", "cdn"),
            rule(P.getInformationSystem(), InformationSystemKind.DATABASE, "database", "db", "sql", "mysql",
                    "postgres", "postgresql", "mongo", "mongodb", "redis", "dynamodb", "rds", "oracle", "cassandra"),
            rule(P.getInformationSystem(), InformationSystemKind.DIRECTORY, "ldap", "directory", "identity", "idp",
                    "iam", "keycloak", "okta", "cognito"),
            rule(P.getInformationSystem(), InformationSystemKind.FILE_SERVER, "file", "files", "storage", "s3",
                    "bucket", "blob", "nfs", "smb", "share"),
            rule(P.getInformationSystem(), InformationSystemKind.MAIL, "mail", "smtp", "email"),
            rule(P.getExternalService(), null, "saas"),
            rule(P.getInformationSystem(), InformationSystemKind.WEB, "web", "website", "webapp", "apache", "nginx",
                    "tomcat", "iis"));

    /** Threagile's technologies (pkg/types/technologies.yaml) other than the default, application. */
    private static final Map<String, AssetClass> THREAGILE = Map.ofEntries(
            entry("browser", P.getDevice(), DeviceKind.ENDPOINT), entry("desktop", P.getDevice(), DeviceKind.ENDPOINT),
            entry("mobile-app", P.getDevice(), DeviceKind.ENDPOINT),
            entry("devops-client", P.getDevice(), DeviceKind.ENDPOINT),
            entry("client-system", P.getDevice(), DeviceKind.ENDPOINT), entry("cli", P.getDevice(), DeviceKind.ENDPOINT),
            entry("iot-device", P.getDevice(), DeviceKind.ENDPOINT), entry("waf", P.getDevice(), DeviceKind.FIREWALL),
            entry("ids", P.getDevice(), DeviceKind.IDS), entry("ips", P.getDevice(), DeviceKind.IPS),
            entry("reverse-proxy", P.getDevice(), DeviceKind.PROXY),
            entry("load-balancer", P.getDevice(), DeviceKind.PROXY), entry("gateway", P.getDevice(), DeviceKind.PROXY),
            entry("database", P.getInformationSystem(), InformationSystemKind.DATABASE),
            entry("identity-store-database", P.getInformationSystem(), InformationSystemKind.DATABASE),
            entry("data-lake", P.getInformationSystem(), InformationSystemKind.DATABASE),
            entry("big-data-platform", P.getInformationSystem(), InformationSystemKind.DATABASE),
            entry("search-index", P.getInformationSystem(), InformationSystemKind.DATABASE),
            entry("identity-provider", P.getInformationSystem(), InformationSystemKind.DIRECTORY),
            entry("identity-store-ldap", P.getInformationSystem(), InformationSystemKind.DIRECTORY),
            entry("ldap-server", P.getInformationSystem(), InformationSystemKind.DIRECTORY),
            entry("file-server", P.getInformationSystem(), InformationSystemKind.FILE_SERVER),
            entry("local-file-system", P.getInformationSystem(), InformationSystemKind.FILE_SERVER),
            entry("block-storage", P.getInformationSystem(), InformationSystemKind.FILE_SERVER),
            entry("mail-server", P.getInformationSystem(), InformationSystemKind.MAIL),
            entry("web-server", P.getInformationSystem(), InformationSystemKind.WEB),
            entry("web-application", P.getInformationSystem(), InformationSystemKind.WEB),
            entry("cms", P.getInformationSystem(), InformationSystemKind.WEB),
            entry("mainframe", P.getInformationSystem(), InformationSystemKind.SERVER),
            entry("container-platform", P.getInformationSystem(), InformationSystemKind.SERVER),
            entry("library", P.getSoftware(), null), entry("tool", P.getSoftware(), null),
            entry("unknown-technology", P.getInformationSystem(), InformationSystemKind.OTHER));

    /** The class of an OTM component of type {@code type}: the first rule one of its words matches, else an application. */
    public static AssetClass ofOtmType(String type) {
        Set<String> words = Set.copyOf(Arrays.asList(normal(type).split("[^a-z0-9]+")));
        for (Map.Entry<AssetClass, Set<String>> rule : OTM_WORDS) {
            if (rule.getValue().stream().anyMatch(words::contains)) {
                return rule.getKey();
            }
        }
        return new AssetClass(P.getInformationSystem(), InformationSystemKind.APPLICATION);
    }

    /**
     * The class of a Threagile technical asset: an external entity reached over the internet is an external party
     * (a customer, a contractor); anything else goes by its technology, and a technology not listed is an application.
     */
    public static AssetClass ofThreagile(String type, String technology, boolean internet) {
        if ("external-entity".equals(normal(type)) && internet) {
            return new AssetClass(P.getExternalParty(), null);
        }
        AssetClass mapped = THREAGILE.get(normal(technology));
        return mapped != null ? mapped : new AssetClass(P.getInformationSystem(), InformationSystemKind.APPLICATION);
    }

    /** The OTM component type Toride writes for an asset of {@code eClass}: its class name in words. */
    public static String otmType(EClass eClass) {
        return eClass.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Map.Entry<AssetClass, Set<String>> rule(EClass eClass, Enumerator kind, String... words) {
        return Map.entry(new AssetClass(eClass, kind), Set.of(words));
    }

    private static Map.Entry<String, AssetClass> entry(String technology, EClass eClass, Enumerator kind) {
        return Map.entry(technology, new AssetClass(eClass, kind));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
