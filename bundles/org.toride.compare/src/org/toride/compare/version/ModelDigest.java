/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.toride.compare.ElementState;
import org.toride.compare.ModelSnapshot;
import org.toride.model.SecurityModel;

/**
 * The SHA-256 digest of what a model says, as its {@link ModelSnapshot} holds it: the same for the same elements and
 * values whatever the file's layout, element order or formatting, so that {@code toride format} or a save by another
 * version of Toride does not lose an approval. Review records written by {@link Approvals} are left out, so that
 * recording an approval does not change the digest of the state it approves.
 */
public final class ModelDigest {

    private ModelDigest() {
    }

    /** The digest of {@code model} as 64 lower-case hex digits. */
    public static String of(SecurityModel model) {
        ModelSnapshot snapshot = ModelSnapshot.of(model);
        List<ElementState> elements = new ArrayList<>(snapshot.elements());
        elements.removeIf(Approvals::isRecord);
        elements.sort(Comparator.comparing(ElementState::id));
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        for (ElementState element : elements) {
            token(sha, element.id().equals(snapshot.rootId()) ? "" : element.id());
            token(sha, element.type().getName());
            token(sha, element.id().equals(snapshot.rootId()) ? "" : String.valueOf(element.container()));
            token(sha, element.slot() == null ? "" : element.slot().getName());
            List<EStructuralFeature> features = new ArrayList<>(element.values().keySet());
            features.sort(Comparator.comparing(EStructuralFeature::getName));
            for (EStructuralFeature feature : features) {
                Object value = element.value(feature);
                if (value == null || value instanceof List<?> list && list.isEmpty()) {
                    continue;
                }
                token(sha, feature.getName());
                if (value instanceof List<?> list) {
                    List<String> members = new ArrayList<>(ElementState.members(list));
                    members.sort(null);
                    token(sha, "[" + members.size());
                    members.forEach(member -> token(sha, member));
                } else {
                    token(sha, "=" + value);
                }
            }
            token(sha, ";");
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Length-prefixed, so no two different sequences of tokens give the same bytes. */
    private static void token(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }
}
