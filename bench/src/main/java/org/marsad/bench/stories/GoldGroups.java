package org.marsad.bench.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gold story groups of the grouping evaluation: ANT corpus article ids, each with the event it reports
 * ({@code distractor-N} for an article of the same days that stands alone). Ids and labels only, never texts.
 */
record GoldGroups(Map<String, String> groupOf) {

    static final String RESOURCE = "gold-groups.tsv";

    static GoldGroups load() {
        Map<String, String> groups = new LinkedHashMap<>();
        try (InputStream in = GoldGroups.class.getResourceAsStream(RESOURCE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                groups.put(fields[0].strip(), fields[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GoldGroups(Collections.unmodifiableMap(groups));
    }

    long events() {
        return groupOf.values().stream().filter(g -> !g.startsWith("distractor-")).distinct().count();
    }

    long distractors() {
        return groupOf.values().stream().filter(g -> g.startsWith("distractor-")).count();
    }
}
