package org.marsad.nlp.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.nlp.core.Token;
import org.marsad.nlp.core.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Regenerates {@code org/marsad/nlp/lexicon/arabic-words.tsv.gz}: every normalised Arabic word form seen at least
 * {@link #MIN_COUNT} times in the Arabic development corpora, with its count, most frequent first. Only word
 * forms and counts leave the corpora, never text. Run from the project directory:
 * <pre>
 * java -cp "nlp-service/target/classes:nlp-service/target/test-classes:$(cat cp.txt)" \
 *     org.marsad.nlp.lexicon.ArabicWordListGenerator ../shared/data nlp-service/src/main/resources
 * </pre>
 * ({@code cp.txt} from {@code ./mvnw -pl nlp-service dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class ArabicWordListGenerator {

    static final int MIN_COUNT = 3;
    static final String[] CORPORA = {"ant-corpus-2018.jsonl.gz", "saudinewsnet-2015.jsonl.gz"};

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path resources = Path.of(args.length > 1 ? args[1] : "nlp-service/src/main/resources");
        Map<String, Integer> counts = count(data);
        Path out = resources.resolve("org/marsad/nlp/lexicon/arabic-words.tsv.gz");
        int written = 0;
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
                StandardCharsets.UTF_8)) {
            writer.write("# normalised Arabic word form, count in the Arabic development corpora (ANT 2018,"
                    + " SaudiNewsNet 2015); regenerate with ArabicWordListGenerator\n");
            for (Map.Entry<String, Integer> e : counts.entrySet().stream()
                    .filter(e -> e.getValue() >= MIN_COUNT)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey())).toList()) {
                writer.write(e.getKey() + "\t" + e.getValue() + "\n");
                written++;
            }
        }
        System.out.println(written + " word forms (of " + counts.size() + ") written to " + out);
    }

    static Map<String, Integer> count(Path data) throws IOException {
        Tokenizer tokenizer = new Tokenizer();
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> counts = new HashMap<>();
        for (String corpus : CORPORA) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(data.resolve(corpus))), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    JsonNode row = json.readTree(line);
                    String text = row.path("title").asText("") + "\n" + row.path("body").asText("");
                    for (Token token : tokenizer.tokenize(text)) {
                        if (token.isArabic() && isPureArabic(token.norm())) {
                            counts.merge(token.norm(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return counts;
    }

    private static boolean isPureArabic(String norm) {
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c < '\u0621' || c > '\u064A') {
                return false;
            }
        }
        return true;
    }
}
