package org.marsad.nlp.core;

import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;
import org.marsad.events.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who speaks: Arabic puts the subject right after the verb ({@code وأضاف الرئيس الأسد: ...}), so the speaker of
 * a quote is the person or organisation named just after its speech verb. Also resolved:
 * <ul>
 *   <li>a description the article has already tied to a name ({@code قال الرئيس الروسي إن ...} after
 *       {@code الرئيس الروسي، فلاديمير بوتين});</li>
 *   <li>{@code الأخير} (the latter): the last person named before;</li>
 *   <li>a verb without a subject ({@code وأضاف أن ...}, {@code مشيراً إلى أن ...}, {@code وقال: ...}): the
 *       speaker of the speech just before continues;</li>
 *   <li>a speaker the article does not name ({@code قال مصدر مطلع: ...}): the words, without an entity id.</li>
 * </ul>
 * Without a verb before the quote, a name right after the closing mark speaks ("…," Sisi told reporters), else
 * the nearest person or organisation before it. One instance per article.
 */
final class SpeakerResolver {

    private static final Quote.Speaker NOBODY = new Quote.Speaker(null, "");
    private static final int LOOK_BEHIND = 250;
    /** How far (in characters) a subjectless verb still continues the previous speaker. */
    private static final int CONTINUES = 800;
    private static final int AFTER_GAP = 20;
    private static final int MAX_SUBJECT_WORDS = 4;
    private static final Set<String> LATTER = normalized("الأخير الأخيرة");
    /** Titles in construct state, which describe a speaker without the article ال. */
    private static final Set<String> CONSTRUCT_TITLES = normalized("""
            رئيس رئيسة وزير وزيرة نائب مستشار سفير مبعوث زعيم قائد أمين مدير متحدث ناطق مندوب ممثل باسم
            """);
    private static final Set<String> COMPLEMENTIZERS = normalized("""
            أن إن أنه إنه أنها إنها أنهم إنهم أنني إنني أننا إننا أنكم إنكم بأن بأنه بأنها إلى
            """);

    /** A subject after a speech verb; {@code end} is the index of the token after it. */
    record Subject(Quote.Speaker speaker, int end, boolean absent) {
    }

    private final String text;
    private final List<Token> tokens;
    private final List<Named> named;
    /** Descriptions tied to a person in this article (normalised words), null where two persons share one. */
    private final Map<String, Named> descriptors = new HashMap<>();

    private record Named(String id, EntityType type, Mention mention) {
    }

    SpeakerResolver(String text, List<Token> tokens, List<Entity> entities) {
        this.text = text;
        this.tokens = tokens;
        this.named = entities.stream()
                .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
                .flatMap(e -> e.mentions().stream().map(m -> new Named(e.id(), e.type(), m)))
                .sorted(Comparator.comparingInt(n -> n.mention().start()))
                .toList();
        named.stream().filter(n -> n.type() == EntityType.PERSON).forEach(this::learnDescriptors);
    }

    List<Quote> resolve(List<QuoteExtractor.Found> found) {
        List<Quote> quotes = new ArrayList<>(found.size());
        Quote.Speaker previous = null;
        int previousEnd = -1;
        for (QuoteExtractor.Found f : found) {
            Quote.Speaker speaker = null;
            if (f.verb() >= 0) {
                Subject subject = subject(f.verb());
                speaker = subject.speaker();
                if (speaker == null && subject.absent() && previous != null && f.start() - previousEnd < CONTINUES) {
                    speaker = previous;
                }
            }
            if (speaker == null) {
                speaker = nearby(f.start(), f.end());
            }
            quotes.add(new Quote(speaker, text.substring(f.start(), f.end()), f.start(), f.end()));
            if (speaker.entityId() != null) {
                previous = speaker;
                previousEnd = f.end();
            }
        }
        return quotes;
    }

    /** The subject of the speech verb at token {@code verb}. */
    Subject subject(int verb) {
        List<String> description = new ArrayList<>();
        int k = verb + 1;
        for (; k < tokens.size() && k - verb <= MAX_SUBJECT_WORDS; k++) {
            Token token = tokens.get(k);
            String gap = text.substring(tokens.get(k - 1).end(), token.start());
            if (endsSentence(gap)) {
                break;
            }
            Named name = mentionAt(token); // a name may stand in quotation marks: وقالت “سانا” إن
            if (name != null) {
                return new Subject(speaker(name), k + 1, false);
            }
            if (opensQuote(gap)) {
                break;
            }
            if (LATTER.contains(token.norm())) {
                Named latter = lastPersonBefore(tokens.get(verb).start());
                return new Subject(latter == null ? null : speaker(latter), k + 1, false);
            }
            if (!isDescriptive(token.norm())) {
                break;
            }
            description.add(token.norm());
        }
        for (int n = description.size(); n >= 2; n--) {
            Named described = descriptors.get(String.join(" ", description.subList(0, n)));
            if (described != null) {
                return new Subject(speaker(described), verb + 1 + n, false);
            }
        }
        if (k == verb + 1) {
            String gap = k >= tokens.size() ? "" : text.substring(tokens.get(verb).end(), tokens.get(k).start());
            boolean absent = k >= tokens.size() || endsSentence(gap) || opensQuote(gap)
                    || COMPLEMENTIZERS.contains(tokens.get(k).norm());
            return new Subject(absent ? null : unnamed(verb), k, absent);
        }
        return new Subject(unnamed(verb), k, false);
    }

    /** Index of the token after a named subject of the verb at {@code verb}, or -1 when none is named. */
    int namedSubjectEnd(int verb) {
        Subject subject = subject(verb);
        return subject.speaker() != null && subject.speaker().entityId() != null ? subject.end() : -1;
    }

    /** Words a speaker is called by, up to the colon or أن that opens the speech: قال مصدر مطلع: ... */
    private Quote.Speaker unnamed(int verb) {
        for (int k = verb + 1; k < tokens.size() && k - verb <= MAX_SUBJECT_WORDS; k++) {
            String gap = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
            if (gap.indexOf(':') >= 0 || (k > verb + 1 && COMPLEMENTIZERS.contains(tokens.get(k).norm()))) {
                return k == verb + 1 ? null
                        : new Quote.Speaker(null, text.substring(tokens.get(verb + 1).start(), tokens.get(k - 1).end()));
            }
            if (endsSentence(gap) || opensQuote(gap)) {
                return null;
            }
        }
        return null;
    }

    /** Without a usable verb: a name right after the closing mark, else the nearest one before the quote. */
    private Quote.Speaker nearby(int quoteStart, int quoteEnd) {
        Named before = null;
        for (Named n : named) {
            Mention m = n.mention();
            if (m.end() <= quoteStart && m.start() >= quoteStart - LOOK_BEHIND
                    && !text.substring(m.end(), quoteStart).contains("\n\n")) {
                before = n;
            } else if (m.start() > quoteEnd && m.start() - quoteEnd <= AFTER_GAP
                    && !endsSentence(text.substring(quoteEnd, m.start()))) {
                return speaker(n);
            }
        }
        return before == null ? NOBODY : speaker(before);
    }

    /** Remembers how the article describes a person: the title words just before a name. */
    private void learnDescriptors(Named person) {
        int first = QuoteExtractor.firstTokenAtOrAfter(tokens, person.mention().start());
        if (first < tokens.size() && tokens.get(first).start() > person.mention().start()) {
            first--;
        }
        if (first <= 0 || first >= tokens.size()) {
            return;
        }
        int from = first;
        while (from > 0 && first - from < 3 && isDescriptive(tokens.get(from - 1).norm())
                && joinedAsDescription(text.substring(tokens.get(from - 1).end(), tokens.get(from).start()))
                && mentionAt(tokens.get(from - 1)) == null) {
            from--;
        }
        for (int a = from; a < first; a++) {
            for (int b = a + 2; b <= first; b++) {
                String key = tokens.subList(a, b).stream().map(Token::norm).collect(Collectors.joining(" "));
                Named known = descriptors.get(key);
                if (!descriptors.containsKey(key)) {
                    descriptors.put(key, person);
                } else if (known != null && !known.id().equals(person.id())) {
                    descriptors.put(key, null); // two persons fit: the description names neither
                }
            }
        }
    }

    private Named mentionAt(Token token) {
        for (Named n : named) {
            int start = n.mention().start();
            if (start >= token.start() && start < token.end()) {
                return n;
            }
            if (start >= token.end()) {
                break;
            }
        }
        return null;
    }

    private Named lastPersonBefore(int offset) {
        Named last = null;
        for (Named n : named) {
            if (n.mention().end() > offset) {
                break;
            }
            if (n.type() == EntityType.PERSON && n.mention().start() >= offset - LOOK_BEHIND) {
                last = n;
            }
        }
        return last;
    }

    private static Quote.Speaker speaker(Named n) {
        return new Quote.Speaker(n.id(), n.mention().text());
    }

    /** A title, or a word with the article: الرئيس، الروسي، الخارجية. */
    private static boolean isDescriptive(String norm) {
        return (norm.startsWith("ال") && norm.length() > 3) || CONSTRUCT_TITLES.contains(norm);
    }

    private static boolean joinedAsDescription(String gap) {
        return gap.chars().allMatch(c -> c == ' ' || c == '،' || c == ',');
    }

    private static boolean endsSentence(String gap) {
        return gap.chars().anyMatch(c -> c == '.' || c == '؟' || c == '?' || c == '!' || c == '\n' || c == ':');
    }

    private static boolean opensQuote(String gap) {
        return gap.chars().anyMatch(c -> c == '"' || c == '“' || c == '”' || c == '«' || c == '„');
    }

    private static Set<String> normalized(String words) {
        return Stream.of(words.split("\\s+")).filter(w -> !w.isEmpty()).map(ArabicNormalizer::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }
}
