package org.marsad.bench.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.nlp.core.Token;
import org.marsad.nlp.core.Tokenizer;
import org.marsad.nlp.core.ner.FeatureExtractor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Corpora as the tagger reads them: every article's word forms ({@link FeatureExtractor#words}) as a sequence of
 * ranks (0 = the most frequent form), with the punctuation between two words and line breaks as symbols of their
 * own (a name before a colon or after a line break is a context too). Only counts and ranks are kept, no text.
 *
 * @param forms    the forms by rank: words and symbols, most frequent first (ties by form)
 * @param counts   how often each form occurs
 * @param sequence the corpora, rank by rank
 */
record CorpusWords(String[] forms, int[] counts, int[] sequence) {

    static final String LINE_BREAK = "\n";

    /** Whether the form is a word, not a punctuation or line-break symbol. */
    static boolean isWord(String form) {
        return !form.isEmpty() && Character.isLetterOrDigit(form.codePointAt(0));
    }

    static CorpusWords read(List<Path> corpora, FeatureExtractor features) throws IOException {
        Tokenizer tokenizer = new Tokenizer();
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> ids = new HashMap<>();
        List<String> forms = new ArrayList<>();
        int[] sequence = new int[1 << 20];
        int length = 0;
        for (Path corpus : corpora) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    JsonNode row = json.readTree(line);
                    String text = row.path("title").asText("") + "\n" + row.path("body").asText("");
                    List<Token> tokens = tokenizer.tokenize(text);
                    String[] words = features.words(tokens);
                    if (length + 2 * words.length + 1 > sequence.length) {
                        sequence = Arrays.copyOf(sequence, Math.max(sequence.length * 2, length + 2 * words.length + 1));
                    }
                    for (int i = 0; i < words.length; i++) {
                        String symbol = i == 0 ? null : separator(text, tokens.get(i - 1).end(), tokens.get(i).start());
                        if (symbol != null) {
                            sequence[length++] = id(symbol, ids, forms);
                        }
                        sequence[length++] = id(words[i], ids, forms);
                    }
                    sequence[length++] = id(LINE_BREAK, ids, forms);
                }
            }
        }
        return ranked(forms, Arrays.copyOf(sequence, length));
    }

    /** What separates two words: nothing (spaces), a line break, or the first punctuation character. */
    private static String separator(String text, int from, int to) {
        String symbol = null;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return LINE_BREAK;
            }
            if (symbol == null && !Character.isWhitespace(c)) {
                symbol = String.valueOf(c);
            }
        }
        return symbol;
    }

    private static int id(String form, Map<String, Integer> ids, List<String> forms) {
        Integer id = ids.get(form);
        if (id == null) {
            id = forms.size();
            ids.put(form, id);
            forms.add(form);
        }
        return id;
    }

    /** Renumbers the forms by frequency, so that "the n most frequent" is "rank below n". */
    private static CorpusWords ranked(List<String> forms, int[] sequence) {
        int[] counts = new int[forms.size()];
        for (int id : sequence) {
            counts[id]++;
        }
        Integer[] order = new Integer[forms.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
                : forms.get(a).compareTo(forms.get(b)));
        int[] rankOf = new int[order.length];
        String[] rankedForms = new String[order.length];
        int[] rankedCounts = new int[order.length];
        for (int rank = 0; rank < order.length; rank++) {
            rankOf[order[rank]] = rank;
            rankedForms[rank] = forms.get(order[rank]);
            rankedCounts[rank] = counts[order[rank]];
        }
        for (int i = 0; i < sequence.length; i++) {
            sequence[i] = rankOf[sequence[i]];
        }
        return new CorpusWords(rankedForms, rankedCounts, sequence);
    }
}
