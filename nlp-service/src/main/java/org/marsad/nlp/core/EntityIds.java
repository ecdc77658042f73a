package org.marsad.nlp.core;

import org.marsad.events.EntityType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids of entities no lexicon knows: the type's prefix and a hash of the normalised name, so the same name gets
 * the same id in every article ({@code per:} + 12 hex digits), in both languages.
 */
public final class EntityIds {

    private EntityIds() {
    }

    /** The id of an unknown entity whose name, normalised and tokenised, is {@code key} ("tony blair"). */
    public static String unknown(EntityType type, String key) {
        return prefix(type) + ":" + hash(key);
    }

    private static String prefix(EntityType type) {
        return switch (type) {
            case PERSON -> "per";
            case ORGANIZATION -> "org";
            case LOCATION -> "loc";
            case MISC -> "misc";
        };
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
