package org.marsad.nlp.core;

import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;
import org.marsad.events.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Baseline direct-speech extraction: words in quotation marks (“…”, «…», "…", and the ”…” of careless
 * typing) with a speech verb shortly before or after (قال، أضاف، أكد، said, told, according to). The speaker is
 * the nearest person or organisation mentioned before the quote in the same or the previous sentence, or right
 * after it ("…," said Putin). A quoted name or title ("سانا", "Sputnik V") is not speech: quotes need three words.
 */
public final class QuoteExtractor {

    private static final int MAX_QUOTE_CHARS = 3000;
    private static final int MIN_WORDS = 3;
    /** How far before the quote (in characters) the speech verb and the speaker may be. */
    private static final int LOOK_BEHIND = 250;
    private static final int LOOK_AHEAD = 60;
    /** At most this many characters between the closing mark and a speaker named after the quote. */
    private static final int AFTER_GAP = 20;

    private static final Set<String> SPEECH_VERBS = Stream.of("""
            قال قالت يقول تقول اضاف اضافت يضيف اكد اكدت يؤكد اوضح اوضحت تابع تابعت اشار اشارت ذكر ذكرت صرح صرحت
            اعتبر اعتبرت راي رات وصف وصفت شدد شددت لفت لفتت كشفت كشف اعلن اعلنت مضيفا مؤكدا مشيرا موضحا وفق بحسب
            said says told added stated according
            """.split("\\s+")).filter(w -> !w.isEmpty()).map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    public List<Quote> extract(String text, List<Token> tokens, List<Entity> entities) {
        List<Speaker> speakers = speakers(entities);
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char open = text.charAt(i);
            char close = closing(open);
            if (close == 0) {
                i++;
                continue;
            }
            int end = findClose(text, i + 1, close);
            if (end < 0) {
                i++;
                continue;
            }
            int start = i + 1;
            int innerStart = skipSpace(text, start, end);
            int innerEnd = trimEnd(text, innerStart, end);
            if (words(text, innerStart, innerEnd) >= MIN_WORDS && hasSpeechVerb(tokens, i, end + 1)) {
                quotes.add(new Quote(speaker(text, speakers, i, end + 1), text.substring(innerStart, innerEnd),
                        innerStart, innerEnd));
            }
            i = end + 1;
        }
        return quotes;
    }

    private static char closing(char open) {
        return switch (open) {
            case '“' -> '”';
            case '«' -> '»';
            case '"' -> '"';
            case '”' -> '”';
            case '„' -> '“';
            default -> 0;
        };
    }

    /** The closing mark within the paragraph, or -1. */
    private static int findClose(String text, int from, char close) {
        int limit = Math.min(text.length(), from + MAX_QUOTE_CHARS);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == close) {
                return i;
            }
            if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasSpeechVerb(List<Token> tokens, int quoteStart, int quoteEnd) {
        int from = firstTokenAtOrAfter(tokens, quoteStart - LOOK_BEHIND);
        for (int k = from; k < tokens.size() && tokens.get(k).start() < quoteEnd + LOOK_AHEAD; k++) {
            Token t = tokens.get(k);
            if (t.start() >= quoteStart && t.end() <= quoteEnd) {
                continue; // the quoted words themselves
            }
            for (Proclitics.Reading reading : Proclitics.readings(t.norm())) {
                if (SPEECH_VERBS.contains(reading.norm())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Quote.Speaker speaker(String text, List<Speaker> speakers, int quoteStart, int quoteEnd) {
        Speaker before = null;
        Speaker after = null;
        for (Speaker s : speakers) {
            if (s.mention.end() <= quoteStart && s.mention.start() >= quoteStart - LOOK_BEHIND
                    && !crossesParagraph(text, s.mention.end(), quoteStart)) {
                before = s; // sorted by start: the last one before is the nearest
            } else if (after == null && s.mention.start() >= quoteEnd && s.mention.start() - quoteEnd <= AFTER_GAP
                    && sameSentence(text, quoteEnd, s.mention.start())) {
                after = s;
            }
        }
        // "…," Sisi told reporters: a name right after the closing mark is the speaker
        Speaker chosen = after != null ? after : before;
        return chosen == null ? new Quote.Speaker(null, "") : new Quote.Speaker(chosen.id, chosen.mention.text());
    }

    private static boolean sameSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '؟' || c == '?' || c == '!' || c == '\n' || c == ':') {
                return false;
            }
        }
        return true;
    }

    private static boolean crossesParagraph(String text, int from, int to) {
        return text.substring(from, to).contains("\n\n");
    }

    private record Speaker(String id, Mention mention) {
    }

    private static List<Speaker> speakers(List<Entity> entities) {
        return entities.stream()
                .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
                .flatMap(e -> e.mentions().stream().map(m -> new Speaker(e.id(), m)))
                .sorted(Comparator.comparingInt(s -> s.mention.start()))
                .toList();
    }

    private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int words(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static int skipSpace(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
