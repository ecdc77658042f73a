package org.marsad.nlp.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.nlp.core.ArabicNormalizer;
import org.marsad.nlp.core.Token;
import org.marsad.nlp.core.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Mines two name lists from the Arabic development corpora, learned from the contexts that announce a name
 * (word forms and counts only leave the corpora, never text):
 * <ul>
 *   <li>{@code ar/given-names.txt}: the word right after a person's title (الرئيس، السيد، اللاعب، الفنانة ...,
 *       past nationality adjectives), when that word follows titles often relative to its frequency;</li>
 *   <li>{@code ar/places.txt}: the word after a place noun (مدينة، بلدة، قرية، محافظة، ولاية ...), likewise.</li>
 * </ul>
 * Run like {@link ArabicWordListGenerator}:
 * {@code java -cp ... org.marsad.nlp.lexicon.ArabicNameListGenerator ../shared/data nlp-service/src/main/resources}.
 */
public final class ArabicNameListGenerator {

    private static final Set<String> TITLES = normalized("""
            الرئيس الرئيسة السيد السيدة الدكتور الدكتورة الشيخ الشيخة المهندس المهندسة الأستاذ الأستاذة اللاعب
            اللاعبة المدرب النجم النجمة الفنان الفنانة الممثل الممثلة الكاتب الكاتبة الأمير الأميرة الملك الملكة
            الوزير الوزيرة السفير السفيرة المستشار المستشارة النائب النائبة العميد اللواء العقيد العماد الفريق
            الجنرال المطرب المطربة الروائي الروائية الشاعر الشاعرة المخرج المخرجة الإعلامي الإعلامية الناشط
            الناشطة المحامي المحامية القاضي الزميل الزميلة المواطن المواطنة الطفل الطفلة الشاب الشابة الحارس
            المهاجم المدافع الداعية الصحفي الصحفية المغني المغنية المتهم الضحية القائد البابا الإمام
            """);
    private static final Set<String> PLACE_NOUNS = normalized("""
            مدينة بمدينة لمدينة ومدينة بلدة ببلدة قرية بقرية وقرية محافظة بمحافظة ومحافظة لمحافظة ولاية بولاية
            وولاية حي بحي مخيم بمخيم ناحية بناحية جزيرة بجزيرة جزر منطقة بمنطقة إقليم بإقليم
            """);
    private static final int MIN_COUNT = 4;
    /** Share of a word's occurrences that must follow a title (or a place noun) for it to count as a name. */
    private static final double MIN_SHARE = 0.08;

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path resources = Path.of(args.length > 1 ? args[1] : "nlp-service/src/main/resources");
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> afterTitle = new HashMap<>();
        Map<String, Integer> afterPlaceNoun = new HashMap<>();
        Tokenizer tokenizer = new Tokenizer();
        ObjectMapper json = new ObjectMapper();
        for (String corpus : ArabicWordListGenerator.CORPORA) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(data.resolve(corpus))), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    JsonNode row = json.readTree(line);
                    String text = row.path("title").asText("") + "\n" + row.path("body").asText("");
                    List<Token> tokens = tokenizer.tokenize(text);
                    for (int i = 0; i < tokens.size(); i++) {
                        String norm = tokens.get(i).norm();
                        total.merge(norm, 1, Integer::sum);
                        if (TITLES.contains(norm)) {
                            int j = i + 1;
                            while (j < tokens.size() && j - i <= 2 && isAdjective(tokens.get(j).norm())) {
                                j++; // الرئيس الأمريكي دونالد
                            }
                            if (j < tokens.size() && adjacent(text, tokens, j) && isNameLike(tokens.get(j))) {
                                afterTitle.merge(tokens.get(j).norm(), 1, Integer::sum);
                            }
                        } else if (PLACE_NOUNS.contains(norm) && i + 1 < tokens.size() && adjacent(text, tokens, i + 1)
                                && isNameLike(tokens.get(i + 1))) {
                            afterPlaceNoun.merge(tokens.get(i + 1).norm(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        write(resources.resolve("org/marsad/nlp/lexicon/ar/given-names.txt"), afterTitle, total,
                "# words that follow a person's title in Arabic news (mined by ArabicNameListGenerator)");
        write(resources.resolve("org/marsad/nlp/lexicon/ar/places.txt"), afterPlaceNoun, total,
                "# words that follow a place noun (مدينة، قرية، محافظة ...) in Arabic news (ArabicNameListGenerator)");
    }

    private static void write(Path out, Map<String, Integer> context, Map<String, Integer> total, String header)
            throws IOException {
        List<String> names = context.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_COUNT && e.getValue() >= MIN_SHARE * total.get(e.getKey()))
                .filter(e -> !withProclitic(e.getKey(), total) && !looksInflected(e.getKey()))
                .map(Map.Entry::getKey).sorted().collect(Collectors.toCollection(ArrayList::new));
        names.add(0, header);
        Files.createDirectories(out.getParent());
        Files.write(out, names, StandardCharsets.UTF_8);
        System.out.println((names.size() - 1) + " names written to " + out);
    }

    /** وتركيبته, لتويتر: a common word behind a one-letter proclitic, not a name (وليد, بشار stay). */
    private static boolean withProclitic(String norm, Map<String, Integer> total) {
        return norm.length() > 3 && "وفبلك".indexOf(norm.charAt(0)) >= 0
                && total.getOrDefault(norm.substring(1), 0) >= 50;
    }

    /** سيواصل, تدريباتهم: a verb in the future or a noun with a pronoun suffix. */
    private static boolean looksInflected(String norm) {
        return Stream.of("سي", "ست", "سن").anyMatch(norm::startsWith)
                || Stream.of("هم", "هن", "ها", "كم", "ته").anyMatch(norm::endsWith);
    }

    private static boolean isAdjective(String norm) {
        return norm.startsWith("ال") && norm.length() >= 5 && (norm.endsWith("ي") || norm.endsWith("يه"));
    }

    /** An Arabic word that is no article-bearing noun: names rarely take ال (family names aside). */
    private static boolean isNameLike(Token token) {
        String norm = token.norm();
        return token.isArabic() && norm.length() >= 2 && Stream.of("ال", "وال", "بال", "لل", "فال", "كال", "لا")
                .noneMatch(norm::startsWith) && norm.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A');
    }

    private static boolean adjacent(String text, List<Token> tokens, int j) {
        return text.substring(tokens.get(j - 1).end(), tokens.get(j).start()).equals(" ");
    }

    private static Set<String> normalized(String words) {
        return Stream.of(words.split("\\s+")).filter(w -> !w.isEmpty()).map(ArabicNormalizer::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }
}
