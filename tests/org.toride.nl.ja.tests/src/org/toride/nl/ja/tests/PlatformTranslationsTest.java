package org.toride.nl.ja.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * Checks every {@code *_ja.properties} of Toride's Japanese NL fragments against the English file of the host
 * bundle it translates: the key exists there (no typo, no key the platform dropped), the {n} placeholders are
 * the same, mnemonics are kept, and the value decodes to Japanese whichever way the loader reads the file.
 */
class PlatformTranslationsTest {

    private static final String PREFIX = "org.toride.nl.ja.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[},]");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** Latin-1 letters are what UTF-8 read as ISO-8859-1 looks like; U+FFFD what the reverse gives. */
    private static final Pattern MOJIBAKE = Pattern.compile("[\\u0080-\\u00ff\\ufffd]");
    /** A mnemonic: an ampersand before a letter or digit that is not an escaped "&&". */
    private static final Pattern MNEMONIC = Pattern.compile("(?<!&)&[\\p{Alnum}]");

    static List<Bundle> fragments() {
        List<Bundle> result = new ArrayList<>();
        for (Bundle b : FrameworkUtil.getBundle(PlatformTranslationsTest.class).getBundleContext().getBundles()) {
            if (b.getSymbolicName().startsWith(PREFIX) && !b.getSymbolicName().endsWith(".tests")) {
                result.add(b);
            }
        }
        return result;
    }

    static Stream<Arguments> translations() {
        List<Arguments> result = new ArrayList<>();
        for (Bundle fragment : fragments()) {
            var entries = fragment.findEntries("/", "*_ja.properties", true);
            if (entries == null) {
                continue;
            }
            for (URL url : Collections.list(entries)) {
                result.add(Arguments.of(fragment.getSymbolicName(), url.getPath().substring(1), fragment));
            }
        }
        return result.stream();
    }

    @Test
    void everyFragmentIsInstalledAndTranslatesSomething() {
        List<Bundle> fragments = fragments();
        assertTrue(fragments.size() >= 12, "NL fragments in the test runtime: " + fragments);
        for (Bundle fragment : fragments) {
            assertNotNull(host(fragment), fragment + ": host not installed");
            var entries = fragment.findEntries("/", "*_ja.properties", true);
            assertTrue(entries != null && entries.hasMoreElements(), fragment + " holds no *_ja.properties");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("translations")
    void matchesTheHostsEnglishFile(String fragmentName, String path, Bundle fragment) throws IOException {
        Bundle host = host(fragment);
        assertNotNull(host, fragmentName + ": host not installed");
        String englishPath = path.replaceFirst("_ja\\.properties$", ".properties");
        URL englishUrl = host.getEntry(englishPath);
        assertNotNull(englishUrl, host.getSymbolicName() + " has no " + englishPath + " to translate");

        byte[] bytes;
        try (InputStream in = fragment.getEntry(path).openStream()) {
            bytes = in.readAllBytes();
        }
        for (int i = 0; i < bytes.length; i++) {
            assertTrue(bytes[i] >= 0, path + ": byte " + i + " is not ASCII; run releng/scripts/nl-escape.py");
        }
        Properties japanese = new Properties();
        japanese.load(new ByteArrayInputStream(bytes));
        Properties english = new Properties();
        try (InputStream in = englishUrl.openStream()) {
            english.load(in);
        }
        assertFalse(japanese.isEmpty(), path + " is empty");

        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(japanese.stringPropertyNames())) {
            String ja = japanese.getProperty(key);
            String en = english.getProperty(key);
            if (en == null) {
                problems.add(key + ": not a key of the English file");
                continue;
            }
            if (!placeholders(en).equals(placeholders(ja))) {
                problems.add(key + ": placeholders " + placeholders(ja) + " but English has " + placeholders(en));
            }
            if (!JAPANESE.matcher(ja).find()) {
                problems.add(key + ": no Japanese in \"" + ja + "\"");
            }
            if (MOJIBAKE.matcher(ja).find()) {
                problems.add(key + ": mojibake in \"" + ja + "\"");
            }
            if (MNEMONIC.matcher(en).find() && !MNEMONIC.matcher(ja).find()) {
                problems.add(key + ": English \"" + en + "\" has a mnemonic, the translation \"" + ja + "\" not");
            }
        }
        assertEquals("", String.join("\n", problems), fragmentName + ": " + path);

        // The loaders find the file through the host: NLS and ResourceBundle through its class loader
        // (a fragment's root is on it), bundle localisation (plugin_ja.properties) through its entries.
        if (path.startsWith("plugin_")) {
            var found = host.findEntries("/", path, false);
            assertTrue(found != null && found.hasMoreElements(), host + " does not see " + path);
        } else if (host.getState() != Bundle.INSTALLED) {
            assertNotNull(host.getResource(path), host + " does not load " + path);
        }
    }

    private static Bundle host(Bundle fragment) {
        String header = fragment.getHeaders("").get(Constants.FRAGMENT_HOST);
        assertNotNull(header, fragment + " is not a fragment");
        String hostName = header.split(";")[0].trim();
        return Arrays.stream(fragment.getBundleContext() != null ? fragment.getBundleContext().getBundles()
                : FrameworkUtil.getBundle(PlatformTranslationsTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals(hostName)).findFirst().orElse(null);
    }

    private static Set<String> placeholders(String value) {
        Set<String> result = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }
}
