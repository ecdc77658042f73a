package org.marsad.nlp.core;

import org.marsad.events.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the committed entity lexicon ({@code org/marsad/nlp/lexicon/entities.tsv}): one entity a line,
 * tab-separated id, type, Arabic name, English name and {@code |}-separated aliases.
 */
public final class EntityLexicon {

    public static final String DEFAULT_RESOURCE = "/org/marsad/nlp/lexicon/entities.tsv";

    private EntityLexicon() {
    }

    public static List<LexiconEntry> loadDefault() {
        try (InputStream in = EntityLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("entity lexicon " + DEFAULT_RESOURCE + " not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the entity lexicon", e);
        }
    }

    public static List<LexiconEntry> read(InputStream in) throws IOException {
        List<LexiconEntry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < 4) {
                throw new IllegalArgumentException("lexicon line " + lineNumber + ": expected id, type, Arabic name,"
                        + " English name, aliases");
            }
            List<String> aliases = new ArrayList<>();
            List<String> adjectives = new ArrayList<>();
            if (columns.length > 4 && !columns[4].isBlank()) {
                Arrays.stream(columns[4].split("\\|")).map(String::strip).filter(a -> !a.isEmpty())
                        .forEach(a -> {
                            if (a.startsWith("~")) {
                                adjectives.add(a.substring(1));
                            } else {
                                aliases.add(a);
                            }
                        });
            }
            entries.add(new LexiconEntry(columns[0].strip(), EntityType.valueOf(columns[1].strip()),
                    columns[2].strip(), columns[3].strip(), List.copyOf(aliases), List.copyOf(adjectives)));
        }
        return entries;
    }
}
