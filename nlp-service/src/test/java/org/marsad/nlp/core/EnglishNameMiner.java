package org.marsad.nlp.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Regenerates {@code org/marsad/nlp/lexicon/en/mined-names.tsv} from an English news corpus (JSON Lines, gzip,
 * with title and body), learning what generalises and nothing of any one article: every entry must be seen in at
 * least {@value #MIN_ARTICLES} articles.
 * <ul>
 *   <li>WORD: words written capitalised inside sentences at least 90 % of the time (names, not sentence starts);</li>
 *   <li>GIVEN: first words of persons' names found by their context (titles, roles, a family name alone);</li>
 *   <li>PERSON, ORGANIZATION, LOCATION, MISC: names typed by their context in most articles that use them
 *   (at least 75 %), so the type carries over to articles where the context is missing.</li>
 * </ul>
 * Run (see docs/notes/en.md for the class path): {@code java -cp ... org.marsad.nlp.core.EnglishNameMiner
 * ../shared/data/bbc-news-en.jsonl.gz src/main/resources/org/marsad/nlp/lexicon/en/mined-names.tsv}
 */
public final class EnglishNameMiner {

    static final int MIN_ARTICLES = 3;
    private static final double MIN_CAPITALISED = 0.9;
    private static final double MIN_TYPE_SHARE = 0.75;

    private final Tokenizer tokenizer = new Tokenizer();
    private Map<String, int[]> counts;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EnglishNameMiner <corpus.jsonl.gz> <mined-names.tsv>");
            System.exit(2);
        }
        List<String> articles = read(Path.of(args[0]));
        EnglishNameMiner miner = new EnglishNameMiner();
        List<String> lines = miner.mine(articles);
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("# Learned by EnglishNameMiner from " + Path.of(args[0]).getFileName() + " (" + articles.size()
                    + " articles; each entry seen in " + MIN_ARTICLES + " or more). Regenerate, do not edit.\n");
            out.write("# kind\tname\n");
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
        System.out.println(lines.size() + " entries written to " + args[1]);
        Path common = Path.of(args[1]).resolveSibling(EnglishNameWords.COMMON);
        try (Writer out = Files.newBufferedWriter(common, StandardCharsets.UTF_8)) {
            out.write("# Learned by EnglishNameMiner: words news prose writes in lower case, in " + MIN_ARTICLES
                    + " or more articles. Regenerate, do not edit.\n");
            StringBuilder line = new StringBuilder();
            for (String word : new java.util.TreeSet<>(miner.commonWords(articles))) {
                if (line.length() + word.length() > 110) {
                    out.write(line.toString().strip());
                    out.write('\n');
                    line.setLength(0);
                }
                line.append(word).append(' ');
            }
            out.write(line.toString().strip());
            out.write('\n');
        }
        System.out.println("common words written to " + common);
    }

    List<String> mine(List<String> articles) {
        Set<String> nameWords = nameWords(articles);
        // the hand-written lists only: what an earlier run mined does not feed this one
        EnglishNameWords hand = EnglishNameWords.load(false);
        EnglishNameWords base = hand.withNameWords(nameWords);
        EnglishEntityRecognizer recognizer = new EnglishEntityRecognizer(EntityLexicon.loadDefault(), tokenizer,
                base, false);
        Set<String> knownIds = new HashSet<>();
        KnownEntities.withPlaces(EntityLexicon.loadDefault()).forEach(e -> knownIds.add(e.id()));

        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, Integer> givenNames = new HashMap<>();
        for (String text : articles) {
            Map<String, EntityType> seen = new HashMap<>();
            Set<String> given = new HashSet<>();
            for (Entity entity : recognizer.recognize(text, tokenizer.tokenize(text))) {
                if (knownIds.contains(entity.id())) {
                    continue;
                }
                for (Mention mention : entity.mentions()) {
                    seen.putIfAbsent(mention.text(), entity.type());
                    List<Token> tokens = tokenizer.tokenize(mention.text());
                    if (entity.type() == EntityType.PERSON && tokens.size() >= 2) {
                        given.add(tokens.get(0).norm());
                    }
                }
            }
            seen.forEach((name, type) -> votes.computeIfAbsent(name, n -> new EnumMap<>(EntityType.class))
                    .merge(type, 1, Integer::sum));
            given.forEach(g -> givenNames.merge(g, 1, Integer::sum));
        }

        List<String> lines = new ArrayList<>();
        nameWords.stream().sorted().forEach(w -> lines.add("WORD\t" + w));
        givenNames.entrySet().stream().filter(e -> e.getValue() >= MIN_ARTICLES && !hand.givenName(e.getKey()))
                .map(Map.Entry::getKey).sorted().forEach(g -> lines.add("GIVEN\t" + g));
        Map<String, EntityType> names = new TreeMap<>();
        votes.forEach((name, byType) -> {
            List<Token> tokens = tokenizer.tokenize(name);
            if (tokens.size() == 1 && (hand.givenName(tokens.get(0).norm()) || !nameWords.contains(tokens.get(0).norm()))
                    || tokens.get(tokens.size() - 1).text().length() == 1) {
                return; // a first name alone, a common word, "Airbus A" (of A380): not names to learn
            }
            int total = byType.values().stream().mapToInt(Integer::intValue).sum();
            byType.forEach((type, count) -> {
                if (total >= MIN_ARTICLES && count >= MIN_TYPE_SHARE * total) {
                    names.put(name, type);
                }
            });
        });
        names.forEach((name, type) -> lines.add(type + "\t" + name));
        return lines;
    }

    /** Words capitalised inside sentences in at least 90 % of their uses, in enough articles. */
    private Set<String> nameWords(List<String> articles) {
        Set<String> words = new HashSet<>();
        wordCounts(articles).forEach((norm, c) -> {
            if (c[2] >= MIN_ARTICLES && c[0] >= MIN_CAPITALISED * (c[0] + c[1])) {
                words.add(norm);
            }
        });
        return words;
    }

    /** Words written in lower case in enough articles: dictionary words, which persons' names seldom are. */
    Set<String> commonWords(List<String> articles) {
        Set<String> words = new HashSet<>();
        wordCounts(articles).forEach((norm, c) -> {
            if (c[3] >= MIN_ARTICLES && c[1] > c[0]) {
                words.add(norm);
            }
        });
        return words;
    }

    /** Per word: uses capitalised inside a sentence, uses in lower case, articles of each. */
    private Map<String, int[]> wordCounts(List<String> articles) {
        if (counts != null) {
            return counts;
        }
        counts = new HashMap<>();
        for (String text : articles) {
            List<Token> tokens = tokenizer.tokenize(text);
            boolean[] starts = EnglishNameRuns.sentenceStarts(text, tokens);
            Set<String> inArticle = new HashSet<>();
            Set<String> lowerInArticle = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isNumber() || t.isArabic() || t.norm().length() < 2) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(t.norm(), n -> new int[4]);
                if (!t.isCapitalized()) {
                    c[1]++;
                    if (lowerInArticle.add(t.norm())) {
                        c[3]++;
                    }
                } else if (!starts[i]) {
                    c[0]++;
                    if (inArticle.add(t.norm())) {
                        c[2]++;
                    }
                }
            }
        }
        return counts;
    }

    private static List<String> read(Path corpus) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> articles = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode article = mapper.readTree(line);
                String title = article.path("title").asText("");
                articles.add(title.isEmpty() ? article.path("body").asText("") : title + "\n\n"
                        + article.path("body").asText(""));
            }
        }
        return articles;
    }
}
