package org.marsad.store.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Position in the newest-first article list: the ordering key (sort time, id) of the last item returned.
 * Opaque to clients: URL-safe base64 of {@code <instant> <id>}.
 */
public record Cursor(Instant sortAt, String id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sortAt + " " + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code text} is not a cursor this class wrote */
    public static Cursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int space = plain.indexOf(' ');
            if (space < 0 || space == plain.length() - 1) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new Cursor(Instant.parse(plain.substring(0, space)), plain.substring(space + 1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }
}
