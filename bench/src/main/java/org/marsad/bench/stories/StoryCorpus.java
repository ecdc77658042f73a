package org.marsad.bench.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.events.EventsJson;
import org.marsad.events.RawArticle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

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

    /** Each article of {@code file} (this corpus) with a body and a readable publication time, as it is read. */
    void read(Path file, Consumer<RawArticle> sink) throws IOException {
        ObjectMapper json = EventsJson.newMapper();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode row = json.readTree(line);
                String body = row.path("body").asText("");
                Instant published = published(row.path("published").asText(null));
                if (body.isBlank() || published == null) {
                    continue;
                }
                sink.accept(new RawArticle(RawArticle.SCHEMA_VERSION, row.path("id").asText(), null, null,
                        row.path("outlet").asText("unknown"), null, null, row.path("title").asText(""), body, null,
                        row.path("language").asText(null), published, published, "replay"));
            }
        }
    }
}
