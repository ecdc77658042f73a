package org.marsad.gateway.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Checks public query parameters. They arrive as strings on purpose: a JAX-RS conversion failure would answer
 * 404, and a client that typed {@code limit=ten} deserves a 400 that says what is wrong.
 */
final class QueryParams {

    static final int MAX_LIMIT = 100;

    private QueryParams() {
    }

    /** The page size, or null when not given (the internal service applies its default). */
    static Integer limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, with the same sentence as an out-of-range number
        }
        throw new InvalidParameterException("limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** An ISO-8601 instant such as 2025-01-31T12:00:00Z, passed on as given; null when not given. */
    static String instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            Instant.parse(raw.strip());
            return raw.strip();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(
                    name + " must be an ISO-8601 instant such as 2025-01-31T12:00:00Z, not '" + raw + "'");
        }
    }

    /** Refuses a time window that ends before it starts (both already checked with {@link #instant}). */
    static void window(String since, String until) {
        if (since != null && until != null && Instant.parse(since).isAfter(Instant.parse(until))) {
            throw new InvalidParameterException("since must not be after until");
        }
    }

    /** An optional text parameter, null when blank so that it is not forwarded at all. */
    static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw;
    }
}
