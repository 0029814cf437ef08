/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.interop;

import java.util.Locale;
import java.util.Set;

import org.toride.model.Channel;

/**
 * What a protocol name tells about a flow: whether it is encrypted and over which channel it runs. The names are
 * Threagile's protocol values and the usual names OTM files carry in tags or attributes (HTTPS, SSH, SFTP…).
 */
public final class Protocols {

    private static final Set<String> ENCRYPTED = Set.of("https", "wss", "ssh", "ssh-tunnel", "sftp", "ftps", "scp",
            "ldaps", "tls", "ssl", "ipsec", "smtps", "imaps", "pop3s", "mqtts", "opc-ua-secure");

    private Protocols() {
    }

    /** Whether a flow over {@code protocol} is encrypted: a known encrypted protocol, or a name ending in -encrypted. */
    public static boolean encrypted(String protocol) {
        String name = normal(protocol);
        return ENCRYPTED.contains(name) || name.endsWith("-encrypted");
    }

    /** Whether {@code name} is a protocol this class knows to be encrypted or plain; for telling tags apart. */
    public static boolean known(String name) {
        return encrypted(name) || channel(name) != null;
    }

    /** The channel of a flow over {@code protocol}, or null when the name does not say. */
    public static Channel channel(String protocol) {
        String name = normal(protocol).replace("-encrypted", "");
        return switch (name) {
            case "http", "https", "ws", "wss", "reverse-proxy-web-protocol" -> Channel.WEB;
            case "ssh", "ssh-tunnel", "rdp", "vnc", "telnet" -> Channel.REMOTE_ACCESS;
            case "smtp", "smtps", "pop3", "pop3s", "imap", "imaps" -> Channel.EMAIL;
            case "ftp", "ftps", "sftp", "scp", "nfs", "smb", "local-file-access" -> Channel.FILE_TRANSFER;
            case "jdbc", "odbc", "sql-access-protocol", "nosql-access-protocol", "ldap", "ldaps", "iiop", "jrmp",
                    "soap", "rest", "grpc", "jms", "amqp", "kafka" -> Channel.API;
            case "modbus", "modbus-tcp", "dnp3", "iec-104", "opc-ua", "opc-ua-secure", "profinet", "mqtt", "mqtts" ->
                Channel.CONTROL_PROTOCOL;
            default -> null;
        };
    }

    private static String normal(String protocol) {
        return protocol == null ? "" : protocol.strip().toLowerCase(Locale.ROOT);
    }
}
