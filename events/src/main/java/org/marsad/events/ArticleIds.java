package org.marsad.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The article id of the contract: a stable hash of the canonical URL, or of outlet + title + body when there
 * is no URL, so that collecting the same article twice gives the same id end to end.
 */
public final class ArticleIds {

    /** 16 bytes of SHA-256 as hex: short enough for URLs, long enough that collisions do not happen. */
    private static final int ID_BYTES = 16;

    private ArticleIds() {
    }

    public static String fromCanonicalUrl(String canonicalUrl) {
        if (canonicalUrl == null || canonicalUrl.isBlank()) {
            throw new IllegalArgumentException("canonical URL is required");
        }
        return hash("url\n" + canonicalUrl);
    }

    public static String fromContent(String outlet, String title, String body) {
        return hash("content\n" + nullToEmpty(outlet).strip() + "\n" + nullToEmpty(title).strip() + "\n"
                + nullToEmpty(body).strip());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
