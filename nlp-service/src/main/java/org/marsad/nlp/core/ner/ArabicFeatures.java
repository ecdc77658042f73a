package org.marsad.nlp.core.ner;

import org.marsad.nlp.core.ArabicNormalizer;
import org.marsad.nlp.core.Proclitics;
import org.marsad.nlp.core.Token;
import org.marsad.nlp.core.WordFrequencies;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Features of Arabic tokens: the word and its stem without proclitics (and without ال), affixes, the words
 * around it, how frequent the stem is in news (names are rare words), membership in the given-name list, the
 * words that announce names (titles, organisation and place heads, speech verbs), punctuation around it, and
 * the rules' own labels (lexicon, gazetteer and patterns), which the model learns when to trust, and the word
 * clusters of the stem and its neighbours (learned from 50,000 unlabelled articles: a name or context word never
 * annotated still shares its cluster with those that were).
 */
public final class ArabicFeatures implements FeatureExtractor {

    private static final String NAME = "ar-2";

    private static final Set<String> TITLES = normalized("""
            الرئيس رئيس الملك الامير الاميره الشيخ الشيخه السيد السيده الوزير وزير وزيره الوزيره نائب النائب
            المستشار مستشار السفير سفير المبعوث مبعوث زعيم قائد امين الامين المتحدث متحدث مدير المدير الدكتور
            الدكتوره المهندس اللواء العميد العقيد الجنرال العماد المشير الفريق البابا الامام اللاعب المدرب النجم
            المهاجم الحارس المدافع الكاتب الصحفي الفنان الممثل المخرج المغني الناشط المحامي القاضي الرئيسه ولي
            العاهل الحاكم محافظ المحافظ امير
            """);
    private static final Set<String> ORG_HEADS = normalized("""
            وزاره جامعه حزب شركه منظمه مجلس وكاله هيئه مؤسسه جمعيه جبهه اتحاد بنك مصرف لجنه صندوق محكمه نادي
            صحيفه جريده قناه تيار منتخب مفوضيه حركه مركز مجموعه معهد اكاديميه الاتحاد امانه ديوان رابطه
            """);
    private static final Set<String> PLACE_HEADS = normalized("""
            مدينه محافظه منطقه قريه بلده ولايه اقليم حي شارع مطار ميناء ملعب مستشفي جزيره نهر جبل بحر مخيم
            عاصمه دوله جمهوريه مملكه اماره ساحه محطه سجن معبر قاعده
            """);
    private static final Set<String> SPEECH = normalized("""
            قال قالت اكد اكدت اضاف اضافت اوضح اوضحت اشار اشارت اعلن اعلنت ذكر ذكرت صرح صرحت تابع تابعت يقول تقول
            اعتبر اعتبرت كشف كشفت لفت شدد شددت
            """);

    private static final int BIAS = 0;
    private static final int WORD = 1;
    private static final int STEM = 2;
    private static final int STEM_NO_ARTICLE = 3;
    private static final int PROCLITIC = 4;
    private static final int PREFIX = 5;
    private static final int SUFFIX = 6;
    private static final int PREVIOUS = 7;
    private static final int BEFORE_PREVIOUS = 8;
    private static final int NEXT = 9;
    private static final int AFTER_NEXT = 10;
    private static final int PREVIOUS_BIGRAM = 11;
    private static final int NEXT_BIGRAM = 12;
    private static final int SHAPE = 13;
    private static final int FREQUENCY = 14;
    private static final int RULE = 15;
    private static final int RULE_PREVIOUS = 16;
    private static final int RULE_NEXT = 17;
    private static final int RULE_FREQUENCY = 18;
    private static final int GIVEN_NAME = 19;
    private static final int TRIGGER_PREVIOUS = 20;
    private static final int TRIGGER_NEXT = 21;
    private static final int GAP_BEFORE = 22;
    private static final int GAP_AFTER = 23;
    private static final int FREQUENCY_NO_ARTICLE = 24;
    private static final int GIVEN_NAME_PREVIOUS = 25;
    private static final int CLUSTERS = 26;

    /** Frequency classes as feature values, without building a string per token. */
    private static final String[] NUMBERS = IntStream.rangeClosed(0, 32).mapToObj(Integer::toString)
            .toArray(String[]::new);

    private final ProcliticSplitter splitter;
    private final WordFrequencies frequencies;
    private final Set<String> givenNames;
    private final ClusterFeatures clusters;

    public ArabicFeatures(WordFrequencies frequencies, Set<String> givenNames, WordClusters clusters) {
        this.splitter = new ProcliticSplitter(frequencies);
        this.frequencies = frequencies;
        this.givenNames = givenNames;
        this.clusters = new ClusterFeatures(clusters, CLUSTERS);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isTitle(Token token) {
        return TITLES.contains(token.isArabic() ? splitter.split(token.norm()).norm() : token.norm());
    }

    @Override
    public int procliticLength(Token token) {
        return token.isArabic() ? splitter.split(token.norm()).prefix() : 0;
    }

    /** The split of each token: the tagger's stems, and where a name starting at the token begins. */
    public Proclitics.Reading[] readings(List<Token> tokens) {
        Proclitics.Reading[] readings = new Proclitics.Reading[tokens.size()];
        for (int i = 0; i < readings.length; i++) {
            Token token = tokens.get(i);
            readings[i] = token.isArabic() ? splitter.split(token.norm()) : new Proclitics.Reading(token.norm(), 0);
        }
        return readings;
    }

    /** Stems: the words without the proclitics news most often attaches to them. */
    @Override
    public String[] words(List<Token> tokens) {
        return Arrays.stream(readings(tokens)).map(Proclitics.Reading::norm).toArray(String[]::new);
    }

    @Override
    public long[][] extract(NerDocument document) {
        List<Token> tokens = document.tokens();
        String text = document.text();
        int n = tokens.size();
        Proclitics.Reading[] readings = readings(tokens);
        String[] stems = Arrays.stream(readings).map(Proclitics.Reading::norm).toArray(String[]::new);
        RuleLabels rules = RuleLabels.of(document);
        int[] clustered = clusters.find(stems);
        FeatureSink sink = new FeatureSink();
        long[][] features = new long[n][];
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            String stem = stems[i];
            String bare = withoutArticle(stem);
            int frequency = frequencyClass(stem);
            String rule = rules.feature(i);
            sink.add(BIAS, 1);
            sink.add(WORD, token.norm());
            sink.add(STEM, stem);
            sink.add(PROCLITIC, token.norm().substring(0, readings[i].prefix()));
            if (!bare.equals(stem)) {
                sink.add(STEM_NO_ARTICLE, bare);
                sink.add(FREQUENCY_NO_ARTICLE, frequencyClass(bare));
            }
            for (int k = 2; k <= 3; k++) {
                sink.addAffix(PREFIX, bare, k, false);
                sink.addAffix(SUFFIX, stem, k, true);
            }
            sink.add(PREVIOUS, stemAt(stems, i - 1));
            sink.add(BEFORE_PREVIOUS, stemAt(stems, i - 2));
            sink.add(NEXT, stemAt(stems, i + 1));
            sink.add(AFTER_NEXT, stemAt(stems, i + 2));
            sink.add(PREVIOUS_BIGRAM, stemAt(stems, i - 1), stem);
            sink.add(NEXT_BIGRAM, stem, stemAt(stems, i + 1));
            sink.add(SHAPE, shape(token));
            sink.add(FREQUENCY, frequency);
            sink.add(RULE, rule);
            sink.add(RULE_PREVIOUS, i > 0 ? BioLabels.name(rules.labels()[i - 1]) : "^");
            sink.add(RULE_NEXT, i + 1 < n ? BioLabels.name(rules.labels()[i + 1]) : "$");
            sink.add(RULE_FREQUENCY, rule, NUMBERS[frequency]);
            if (givenNames.contains(stem)) {
                sink.add(GIVEN_NAME, 1);
            }
            if (i > 0 && givenNames.contains(stems[i - 1])) {
                sink.add(GIVEN_NAME_PREVIOUS, 1);
            }
            sink.add(TRIGGER_PREVIOUS, trigger(stemAt(stems, i - 1)));
            sink.add(TRIGGER_NEXT, trigger(stemAt(stems, i + 1)));
            sink.add(GAP_BEFORE, Gaps.before(text, tokens, i));
            sink.add(GAP_AFTER, Gaps.after(text, tokens, i));
            clusters.add(sink, clustered, i);
            features[i] = sink.drain();
        }
        return features;
    }

    private static String stemAt(String[] stems, int i) {
        return i < 0 ? "^" : i >= stems.length ? "$" : stems[i];
    }

    private static String withoutArticle(String stem) {
        return stem.length() > 4 && stem.startsWith("ال") ? stem.substring(2) : stem;
    }

    /** The binary log of how often news writes the word, plus one: 0 for words never seen. */
    private int frequencyClass(String norm) {
        int count = frequencies.count(norm);
        return 32 - Integer.numberOfLeadingZeros(count);
    }

    private static String shape(Token token) {
        if (token.isNumber()) {
            return "9";
        }
        if (token.isArabic()) {
            return token.norm().length() <= 2 ? "a" : "aa";
        }
        return token.isCapitalized() ? "X" : "x";
    }

    private static String trigger(String stem) {
        if (TITLES.contains(stem)) {
            return "title";
        }
        if (ORG_HEADS.contains(stem)) {
            return "org";
        }
        if (PLACE_HEADS.contains(stem)) {
            return "place";
        }
        return SPEECH.contains(stem) ? "speech" : "-";
    }

    private static Set<String> normalized(String words) {
        return Arrays.stream(words.strip().split("\\s+")).map(ArabicNormalizer::normalize).collect(Collectors.toSet());
    }
}
