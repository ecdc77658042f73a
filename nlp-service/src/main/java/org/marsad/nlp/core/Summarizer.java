package org.marsad.nlp.core;

import org.marsad.events.Keyword;
import org.marsad.events.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An extractive summary: the two or three body sentences that best cover the article's keywords, favouring
 * early sentences (news puts the essential first), in their original order, joined by a space. The title is not
 * repeated, and sentences too short to say anything (datelines, captions) are skipped.
 */
public final class Summarizer {

    private static final int MIN_TOKENS = 6;
    private static final int MAX_SENTENCES = 3;

    private final Tokenizer tokenizer;
    private final LightStemmer stemmer;

    public Summarizer(Tokenizer tokenizer, LightStemmer stemmer) {
        this.tokenizer = tokenizer;
        this.stemmer = stemmer;
    }

    public String summarize(String text, List<Span> sentences, List<Token> tokens, List<Keyword> keywords,
                            int bodyStart) {
        Map<String, Double> weights = new HashMap<>();
        for (Keyword keyword : keywords) {
            for (Token t : tokenizer.tokenize(keyword.term())) {
                weights.merge(stemmer.key(t), keyword.score(), Math::max);
            }
        }
        List<Scored> candidates = new ArrayList<>();
        int position = 0;
        int t = 0;
        for (Span sentence : sentences) {
            while (t < tokens.size() && tokens.get(t).start() < sentence.start()) {
                t++;
            }
            int count = 0;
            double score = 0;
            Set<String> seen = new HashSet<>();
            for (int k = t; k < tokens.size() && tokens.get(k).end() <= sentence.end(); k++) {
                count++;
                String key = stemmer.key(tokens.get(k));
                if (seen.add(key)) {
                    score += weights.getOrDefault(key, 0.0);
                }
            }
            if (sentence.start() < bodyStart || count < MIN_TOKENS) {
                continue;
            }
            double positionBonus = 1.0 / (1 + position++);
            // a line without a final stop is a caption or a heading, rarely the news itself
            double complete = endsSentence(text.charAt(sentence.end() - 1)) ? 1.0 : 0.5;
            candidates.add(new Scored(sentence, complete * (score / Math.sqrt(count) + positionBonus)));
        }
        int wanted = candidates.size() >= 6 ? MAX_SENTENCES : 2;
        Set<String> chosenTexts = new HashSet<>();
        List<Span> chosen = new ArrayList<>();
        candidates.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparingInt(s -> s.span.start()))
                .forEach(s -> {
                    String norm = ArabicNormalizer.normalize(text.substring(s.span.start(), s.span.end()));
                    if (chosen.size() < wanted && chosenTexts.add(norm)) {
                        chosen.add(s.span);
                    }
                });
        if (chosen.isEmpty() && !sentences.isEmpty()) {
            chosen.add(sentences.get(0)); // a title-only article is its own summary
        }
        chosen.sort(Comparator.comparingInt(Span::start));
        StringBuilder summary = new StringBuilder();
        for (Span span : chosen) {
            if (summary.length() > 0) {
                summary.append(' ');
            }
            summary.append(text, span.start(), span.end());
        }
        return summary.toString();
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '؟' || c == '?' || c == '!' || c == '”' || c == '"' || c == '»' || c == '۔';
    }

    private record Scored(Span span, double score) {
    }
}
