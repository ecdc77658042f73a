package org.marsad.store.rest;

import org.marsad.store.domain.Cursor;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Parses query parameters by hand: JAX-RS would answer a malformed number with 404, the API promises 400 with
 * a message. Blank values count as absent.
 */
final class QueryParams {

    private QueryParams() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static int limit(String value, int defaultLimit, int maxLimit) {
        if (text(value) == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= maxLimit) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("limit must be a whole number from 1 to " + maxLimit + ", not '"
                + value + "'");
    }

    static Instant instant(String name, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name + " must be an ISO-8601 instant such as 2025-01-31T12:00:00Z,"
                    + " not '" + value + "'");
        }
    }

    static Cursor cursor(String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return Cursor.decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("cursor must be the 'next' value of a previous page");
        }
    }
}
