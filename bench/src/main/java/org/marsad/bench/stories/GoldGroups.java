package org.marsad.bench.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gold story groups: corpus article ids, each with the event it reports ({@code distractor-N} for an article of
 * the same days that stands alone). Ids and labels only, never texts.
 */
record GoldGroups(Map<String, String> groupOf) {

    static GoldGroups load(GoldSet set) {
        Map<String, String> groups = new LinkedHashMap<>();
        try (InputStream in = GoldGroups.class.getResourceAsStream(set.resource())) {
            if (in == null) {
                throw new IllegalStateException("gold set missing from the classpath: " + set.resource());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 2 || fields[1].isBlank()) {
                    throw new IllegalStateException(set.resource() + ": expected 'id<TAB>group': " + line);
                }
                if (groups.put(fields[0].strip(), fields[1].strip()) != null) {
                    throw new IllegalStateException(set.resource() + ": duplicate id " + fields[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GoldGroups(Collections.unmodifiableMap(groups));
    }

    /** The part of the gold whose articles are among the given ids (one corpus of a gold set). */
    GoldGroups restrictedTo(Collection<String> ids) {
        Map<String, String> kept = new LinkedHashMap<>();
        ids.forEach(id -> {
            String group = groupOf.get(id);
            if (group != null) {
                kept.put(id, group);
            }
        });
        return new GoldGroups(Collections.unmodifiableMap(kept));
    }

    static boolean isDistractor(String group) {
        return group.startsWith("distractor-");
    }

    long events() {
        return groupOf.values().stream().filter(g -> !isDistractor(g)).distinct().count();
    }

    long eventArticles() {
        return groupOf.values().stream().filter(g -> !isDistractor(g)).count();
    }

    long distractors() {
        return groupOf.values().stream().filter(GoldGroups::isDistractor).count();
    }
}
