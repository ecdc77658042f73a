package org.marsad.bench.stories;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A development corpus the grouping evaluation replays: its file under {@code ../shared/data}, how it writes
 * publication times, and the time zone its days are counted in.
 */
enum StoryCorpus {

    /** ANT corpus v2.1: RFC 1123 dates from the outlets' RSS feeds. */
    ANT("ant-corpus-2018.jsonl.gz", ZoneOffset.UTC) {
        @Override
        Instant parse(String text) {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH)).toInstant();
        }
    },

    /** SaudiNewsNet: "YYYY-MM-DD hh:mm:ss", local Saudi time (UTC+3, no daylight saving). */
    SAUDINEWSNET("saudinewsnet-2015.jsonl.gz", ZoneOffset.ofHours(3)) {
        private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        @Override
        Instant parse(String text) {
            return LocalDateTime.parse(text, LOCAL).atZone(zone()).toInstant();
        }
    };

    private final String file;
    private final ZoneId zone;

    StoryCorpus(String file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    String file() {
        return file;
    }

    ZoneId zone() {
        return zone;
    }

    abstract Instant parse(String text);

    /** The publication time, or null when the corpus gives none or one that cannot be read. */
    Instant published(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The calendar day of an instant where the corpus was published. */
    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}
