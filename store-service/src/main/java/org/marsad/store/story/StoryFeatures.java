package org.marsad.store.story;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Turns an enriched article into the {@link StoryArticle} that story matching compares. Terms come from Lucene's
 * analyzers (Arabic: normalisation, stopwords and light stemming, so "والهجوم" and "الهجوم" meet; English: Porter
 * stems), over the title and the lead (twice: they name the event) and the next paragraphs of the clean text, and
 * entities from the same part of the text. Thread-safe: Lucene analyzers are.
 */
public final class StoryFeatures {

    private static final int MIN_TERM_CHARS = 2;

    /** Opening paragraphs of the body that count twice, like the title: news tells the event first. */
    static final int LEAD_PARAGRAPHS = 2;

    /**
     * Paragraphs of the body read at all. What follows is background, recaps of earlier events and, on some sites,
     * teasers of other stories, which would pull an article towards the stories they are about.
     */
    static final int BODY_PARAGRAPHS = 4;

    private final Analyzer arabic = new ArabicAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer other = new StandardAnalyzer();

    public StoryArticle of(EnrichedArticle article) {
        String language = article.language() == null ? EnrichedArticle.UNKNOWN_LANGUAGE : article.language();
        Analyzer analyzer = analyzerFor(language);
        Map<String, Integer> terms = new TreeMap<>();
        String title = article.title() == null ? "" : article.title();
        Map<String, Integer> titleTerms = new TreeMap<>();
        count(analyzer, title, titleTerms);
        titleTerms.forEach((term, n) -> terms.put(term, 2 * n));
        String text = article.cleanText() != null ? article.cleanText() : article.body();
        int read = Integer.MAX_VALUE; // no text: entity offsets point nowhere, keep them all
        if (text != null) {
            // cleanText starts with the title: skip it so the title counts exactly twice
            read = text.startsWith(title) ? title.length() : 0;
            int paragraphs = 0;
            for (String paragraph : text.substring(read).split("\n")) {
                if (paragraph.isBlank()) {
                    continue;
                }
                if (paragraphs == BODY_PARAGRAPHS) {
                    break;
                }
                count(analyzer, paragraph, terms);
                if (paragraphs < LEAD_PARAGRAPHS) {
                    count(analyzer, paragraph, terms);
                }
                paragraphs++;
                read = text.indexOf(paragraph, read) + paragraph.length();
            }
        }
        return new StoryArticle(article.id(), article.outlet(), title, language, timeOf(article),
                entities(article.entities(), read), terms, titleTerms, fingerprint(article.fingerprint()));
    }

    private Analyzer analyzerFor(String language) {
        return switch (language) {
            case "ar" -> arabic;
            case "en" -> english;
            default -> other;
        };
    }

    private static Instant timeOf(EnrichedArticle a) {
        if (a.publishedAt() != null) {
            return a.publishedAt();
        }
        if (a.fetchedAt() != null) {
            return a.fetchedAt();
        }
        return a.enrichedAt() != null ? a.enrichedAt() : Instant.EPOCH;
    }

    private static void count(Analyzer analyzer, String text, Map<String, Integer> terms) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() >= MIN_TERM_CHARS && !isNumber(term)) {
                    terms.merge(term.toString(), 1, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    private static boolean isNumber(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isDigit(term.charAt(i)) && term.charAt(i) != '.' && term.charAt(i) != ',') {
                return false;
            }
        }
        return true;
    }

    /**
     * One entry per entity id (an article may list an entity twice), mentions added up; an entity mentioned only
     * past {@code read} (the end of the text the terms came from) is left out, for the same reason.
     */
    private static List<KeyEntity> entities(List<Entity> entities, int read) {
        Map<String, KeyEntity> byId = new LinkedHashMap<>();
        if (entities != null) {
            for (Entity e : entities) {
                if (e == null || e.id() == null) {
                    continue;
                }
                if (e.mentions() != null && !e.mentions().isEmpty()
                        && e.mentions().stream().noneMatch(m -> m.start() < read)) {
                    continue;
                }
                int mentions = Math.max(1, e.mentions() == null ? 0 : e.mentions().size());
                byId.merge(e.id(), new KeyEntity(e.id(), e.type() == null ? EntityType.MISC : e.type(), mentions),
                        (a, b) -> new KeyEntity(a.id(), a.type(), a.mentions() + b.mentions()));
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** The 64-bit SimHash written as 16 hex digits; anything else means "no fingerprint". */
    static OptionalLong fingerprint(String hex) {
        if (hex == null || hex.length() != 16) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(HexFormat.fromHexDigitsToLong(hex));
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }
}
