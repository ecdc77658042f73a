package org.marsad.store.comparison;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The terms of a text for comparing word choice: stems without stopwords, and bigrams of stems that stand next to
 * each other in the text (no stopword, punctuation or line break between them), each with its form as written.
 *
 * <p>Lucene's analyzers do the language work: Arabic is normalised (alef, ya, ta marbuta, diacritics) and lightly
 * stemmed (the article with و ب ك ف ل before it, a leading و, dual, plural and feminine suffixes), so "الرئيسين" and
 * "الرئيس" are one term; English is Porter-stemmed. Thread-safe.
 */
final class TermExtractor {

    /** One occurrence of a term: its key ("رئيس نظام") and the words as written ("رئيس النظام"). */
    record Occurrence(String term, String surface) {
    }

    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");
    /** Anything but spaces between two words breaks a bigram (punctuation, a line break, a quotation mark). */
    private static final Pattern ADJACENT = Pattern.compile("[ \\u00A0\\u200C]+");

    private final Analyzer arabic = new ArabicAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer other = new StandardAnalyzer();

    /** The distinct stems of a text (no bigrams): what two quotes are compared on. */
    Set<String> stems(String text, String language) {
        return extract(text, language).stream().map(Occurrence::term).filter(t -> t.indexOf(' ') < 0)
                .collect(Collectors.toSet());
    }

    List<Occurrence> extract(String text, String language) {
        List<Occurrence> out = new ArrayList<>();
        // an article whose language was not identified is still analysed as Arabic when written in Arabic
        String lang = !"en".equals(language) && ARABIC_LETTER.matcher(text).find() ? "ar" : language;
        try (TokenStream tokens = analyzerFor(lang).tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            String previous = null;
            int previousStart = 0;
            int previousEnd = 0;
            while (tokens.incrementToken()) {
                String stem = term.toString();
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (stem.length() < 2 || DIGITS.matcher(stem).matches()) {
                    previous = null;
                    continue;
                }
                out.add(new Occurrence(stem, text.substring(start, end)));
                boolean adjacent = previous != null && increment.getPositionIncrement() == 1
                        && ADJACENT.matcher(text.substring(previousEnd, start)).matches();
                if (adjacent) {
                    out.add(new Occurrence(previous + " " + stem,
                            text.substring(previousStart, previousEnd) + " " + text.substring(start, end)));
                }
                previous = stem;
                previousStart = start;
                previousEnd = end;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return out;
    }

    private Analyzer analyzerFor(String language) {
        return switch (language == null ? "" : language) {
            case "ar" -> arabic;
            case "en" -> english;
            default -> other;
        };
    }
}
