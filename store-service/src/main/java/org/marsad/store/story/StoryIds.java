package org.marsad.store.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A story is named after the article that started it, so replaying the same articles gives the same ids. */
public final class StoryIds {

    private StoryIds() {
    }

    /** The first 16 bytes (hex) of SHA-256 of {@code "story:" + articleId}. */
    public static String startedBy(String articleId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("story:" + articleId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
