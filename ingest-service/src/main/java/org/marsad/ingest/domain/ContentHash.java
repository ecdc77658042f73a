package org.marsad.ingest.domain;

import org.marsad.events.RawArticle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hash of what an article says (title, body, html). Same id with another hash is a correction and is
 * published again; metadata such as fetchedAt must not count, or every poll would look like news.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(RawArticle article) {
        return sha256Hex(nullToEmpty(article.title()) + '\u0000' + nullToEmpty(article.body()) + '\u0000'
                + nullToEmpty(article.html()));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
