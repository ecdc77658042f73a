package org.marsad.nlp.core;

import org.marsad.events.Entity;
import org.marsad.events.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Direct and reported speech. Three forms are found:
 * <ul>
 *   <li>words in quotation marks (“…”, «…», "…", and the ”…” of careless typing) with a speech verb shortly
 *       before or after them (قال، أضاف، أكد، said, told, according to);</li>
 *   <li>speech introduced by a colon without marks ({@code وأضاف بوتين: أعلم أنكم...}), to the end of the
 *       paragraph;</li>
 *   <li>reported speech: a speech verb, a named speaker and {@code أن/إن}
 *       ({@code وأوضح بوتين أنه...}), to the end of the sentence.</li>
 * </ul>
 * {@link SpeakerResolver} names who speaks. A quoted name or title ("سانا", "Sputnik V") is not speech: quotes
 * need three words.
 */
public final class QuoteExtractor {

    private static final int MAX_QUOTE_CHARS = 3000;
    private static final int MIN_WORDS = 3;
    /** How far before the quote (in characters) the speech verb may be. */
    private static final int LOOK_BEHIND = 250;
    private static final int LOOK_AHEAD = 60;
    /** At most this many words between a speech verb and the colon that opens the speech. */
    private static final int MAX_WORDS_BEFORE_COLON = 4;

    static final Set<String> SPEECH_VERBS = normalized("""
            قال قالت يقول تقول اضاف اضافت يضيف اكد اكدت يؤكد اوضح اوضحت تابع تابعت اشار اشارت ذكر ذكرت صرح صرحت
            اعتبر اعتبرت راي رات وصف وصفت شدد شددت لفت لفتت كشفت كشف اعلن اعلنت اكمل اكملت استطرد استدرك
            مضيفا مؤكدا مشيرا موضحا لافتا معتبرا مشددا وفق بحسب
            said says told added stated according
            """);
    /** The particles that open reported speech: أن / إن, alone or with a pronoun. */
    private static final Set<String> COMPLEMENTIZERS = normalized("""
            أن إن أنه إنه أنها إنها أنهم إنهم أنني إنني أننا إننا أنكم إنكم بأن بأنه بأنها
            """);

    public List<Quote> extract(String text, List<Token> tokens, List<Entity> entities) {
        SpeakerResolver speakers = new SpeakerResolver(text, tokens, entities);
        List<Found> found = new ArrayList<>();
        markedQuotes(text, tokens, found);
        colonQuotes(text, tokens, found);
        reportedSpeech(text, tokens, speakers, found);
        found.sort(Comparator.comparingInt(Found::start));
        return speakers.resolve(found);
    }

    /**
     * A quote before its speaker is known.
     *
     * @param verb index of the governing speech verb's token, or -1 when it follows the quote or is unknown
     */
    record Found(int start, int end, int verb) {
    }

    private static void markedQuotes(String text, List<Token> tokens, List<Found> out) {
        int i = 0;
        while (i < text.length()) {
            char close = closing(text.charAt(i));
            if (close == 0) {
                i++;
                continue;
            }
            int end = findClose(text, i + 1, close);
            if (end < 0 && verbBefore(text, tokens, i) >= 0 && text.indexOf(close, i + 1) != i + 1) {
                end = paragraphEnd(text, i + 1); // a quote opened after a speech verb and never closed
            }
            if (end < 0) {
                i++;
                continue;
            }
            int innerStart = skipSpace(text, i + 1, end);
            int innerEnd = trimEnd(text, innerStart, end);
            if (words(text, innerStart, innerEnd) >= MIN_WORDS) {
                int verb = verbBefore(text, tokens, i);
                if (verb >= 0 || hasSpeechVerb(tokens, i, end + 1)) {
                    out.add(new Found(innerStart, innerEnd, verb));
                }
            }
            i = end + 1;
        }
    }

    /** {@code قال الرئيس بوتين: سعيد جداً...}: a speech verb, at most a few words, a colon, then no mark. */
    private static void colonQuotes(String text, List<Token> tokens, List<Found> out) {
        for (int v = 0; v < tokens.size(); v++) {
            if (!isSpeechVerb(tokens.get(v)) || inside(out, tokens.get(v).start())) {
                continue;
            }
            for (int k = v + 1; k < tokens.size() && k - v <= MAX_WORDS_BEFORE_COLON + 1; k++) {
                String gap = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
                int colon = gap.indexOf(':');
                if (colon < 0) {
                    if (gap.chars().anyMatch(c -> c == '.' || c == '؟' || c == '?' || c == '!' || c == '\n')) {
                        break; // the sentence ended: this verb introduces no colon speech
                    }
                    continue;
                }
                if (gap.substring(colon).chars().anyMatch(c -> closing((char) c) != 0)) {
                    break; // a quote in marks follows the colon: the marks give its span
                }
                int start = tokens.get(k).start();
                int end = trimEnd(text, start, paragraphEnd(text, start));
                if (words(text, start, end) >= MIN_WORDS && !inside(out, start)) {
                    out.add(new Found(start, end, v));
                }
                v = k;
                break;
            }
        }
    }

    /** {@code وأوضح بوتين أنه...}: a speech verb, a named speaker right after it, then أن/إن. */
    private static void reportedSpeech(String text, List<Token> tokens, SpeakerResolver speakers, List<Found> out) {
        for (int v = 0; v < tokens.size(); v++) {
            if (!isSpeechVerb(tokens.get(v)) || inside(out, tokens.get(v).start())) {
                continue;
            }
            int after = speakers.namedSubjectEnd(v);
            if (after < 0 || after >= tokens.size()) {
                continue;
            }
            if (tokens.get(after).norm().equals("الي") && after + 1 < tokens.size()) {
                after++; // أشار إلى أن
            }
            if (!COMPLEMENTIZERS.contains(tokens.get(after).norm())) {
                continue;
            }
            int start = skipSpace(text, tokens.get(after).end(), text.length());
            int end = trimEnd(text, start, sentenceEnd(text, start));
            int clauseEnd = end;
            for (Found f : out) {
                if (f.start() >= start && f.start() < clauseEnd) { // speech quoted later in the sentence ends it
                    clauseEnd = trimEnd(text, start, f.verb() >= 0 ? tokens.get(f.verb()).start() : f.start());
                }
            }
            int stop = clauseEnd;
            if (stop > start && words(text, start, stop) >= MIN_WORDS
                    && out.stream().noneMatch(f -> f.start() < stop && start < f.end())) {
                out.add(new Found(start, stop, v));
            }
        }
    }

    private static boolean isSpeechVerb(Token token) {
        for (Proclitics.Reading reading : Proclitics.readings(token.norm())) {
            if (SPEECH_VERBS.contains(reading.norm())) {
                return true;
            }
        }
        return false;
    }

    /** The last speech verb before the quote, in the same sentence and within {@link #LOOK_BEHIND}; or -1. */
    private static int verbBefore(String text, List<Token> tokens, int quoteStart) {
        int from = firstTokenAtOrAfter(tokens, quoteStart - LOOK_BEHIND);
        int verb = -1;
        for (int k = from; k < tokens.size() && tokens.get(k).end() <= quoteStart; k++) {
            if (isSpeechVerb(tokens.get(k))) {
                verb = k;
            }
        }
        if (verb < 0) {
            return -1;
        }
        for (int i = tokens.get(verb).end(); i < quoteStart; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '؟' || c == '?' || c == '!') {
                return -1;
            }
        }
        return verb;
    }

    private static boolean hasSpeechVerb(List<Token> tokens, int quoteStart, int quoteEnd) {
        int from = firstTokenAtOrAfter(tokens, quoteStart - LOOK_BEHIND);
        for (int k = from; k < tokens.size() && tokens.get(k).start() < quoteEnd + LOOK_AHEAD; k++) {
            Token t = tokens.get(k);
            if (!(t.start() >= quoteStart && t.end() <= quoteEnd) && isSpeechVerb(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<Found> found, int offset) {
        for (Found f : found) {
            if (offset >= f.start() && offset < f.end()) {
                return true;
            }
        }
        return false;
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

    private static int paragraphEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_QUOTE_CHARS);
        int newline = text.indexOf('\n', from);
        return newline < 0 || newline > limit ? limit : newline;
    }

    /** The end of the sentence, its full stop included; ".." inside Arabic speech does not end it. */
    private static int sentenceEnd(String text, int from) {
        int limit = paragraphEnd(text, from);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '؟' || c == '?' || c == '!') {
                return i + 1;
            }
            if (c == '.' && !(i + 1 < limit && (text.charAt(i + 1) == '.' || Character.isDigit(text.charAt(i + 1))))
                    && (i == from || text.charAt(i - 1) != '.')) {
                return i + 1; // not "..", nor the point of 3.5
            }
        }
        return limit;
    }

    static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
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

    private static Set<String> normalized(String words) {
        return Stream.of(words.split("\\s+")).filter(w -> !w.isEmpty()).map(ArabicNormalizer::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }
}
