package org.marsad.nlp.core.ner;

import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;
import org.marsad.nlp.core.ArabicNormalizer;
import org.marsad.nlp.core.EntityIds;
import org.marsad.nlp.core.Proclitics;
import org.marsad.nlp.core.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the tagger's names into entities with ids. The rules already linked what they found (lexicon ids shared
 * across languages, partial names resolved to full names), so a tagged name that the rules found at the same
 * place takes the rules' entity, type included (better on the dev half, for English most); a name the lexicon
 * knows (exactly, as a whole) takes the lexicon's entity and type. The tagger decides which names there are and
 * where they end; the rules and lexicon, what they are; the lexicon's exact hits the tagger left out are kept. Any other name gets {@link EntityIds#unknown} of its
 * normalised tokens, and a lone word that is the family name of a person tagged in the article joins that
 * person (الأسد after بشار الأسد, Blair after Tony Blair, لهاغل after تشاك هاغل).
 */
public final class TaggedEntityLinker {

    /** The lexicon's entity named exactly by tokens {@code from} to {@code to} (the first read as {@code first}). */
    @FunctionalInterface
    public interface KnownNames {

        /** The entity (id, type, name and aliases; no mentions), or null. */
        Entity find(List<Token> tokens, int from, int to, String first);

        KnownNames NONE = (tokens, from, to, first) -> null;
    }

    public List<Entity> link(NerDocument document, List<TaggedSpan> spans) {
        return link(document, spans, KnownNames.NONE);
    }

    public List<Entity> link(NerDocument document, List<TaggedSpan> spans, KnownNames known) {
        String text = document.text();
        List<Token> tokens = document.tokens();
        Map<Integer, List<RuleMention>> rulesByEnd = new HashMap<>();
        for (Entity entity : document.ruleEntities()) {
            for (Mention mention : entity.mentions()) {
                rulesByEnd.computeIfAbsent(mention.end(), e -> new ArrayList<>()).add(new RuleMention(entity, mention));
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, Group> familyNames = new HashMap<>();
        Map<String, Group> byKey = new HashMap<>();
        // full names first, so that a family name finds its full name wherever it is
        List<TaggedSpan> ordered = spans.stream()
                .sorted(Comparator.comparingInt((TaggedSpan s) -> -s.length()).thenComparingInt(TaggedSpan::from))
                .toList();
        for (TaggedSpan span : ordered) {
            if (splitsAKnownName(span, tokens, document.ruleEntities())) {
                continue; // the lexicon's mention is kept below
            }
            Token first = tokens.get(span.from());
            int end = tokens.get(span.to() - 1).end();
            int start = first.start() + ArabicNormalizer.originalLength(first.text(), span.prefix());
            RuleMention exact = ruleAt(rulesByEnd.get(end), first);
            RuleMention rule = exact != null ? exact : knownTail(rulesByEnd, tokens, span);
            if (rule != null) {
                start = rule.mention.start(); // the rules' reading of the proclitics
                end = rule.mention.end();
            }
            Group group;
            if (rule != null) {
                group = groups.computeIfAbsent(rule.entity.id(), id -> RuleLabels.isHashedId(id)
                        ? new Group(id, rule.entity.type()) : new Group(rule.entity));
            } else {
                start = documentReading(text, first, span, start, familyNames, byKey);
                String key = key(text, tokens, span, start);
                Entity entry = known.find(tokens, span.from(), span.to(), key.split(" ", 2)[0]);
                group = span.type() == EntityType.PERSON && span.length() == 1 ? familyNames.get(key) : null;
                if (group == null && entry != null) {
                    group = groups.computeIfAbsent(entry.id(), id -> RuleLabels.isHashedId(id)
                            ? new Group(id, entry.type()) : new Group(entry));
                }
                if (group == null) {
                    group = groups.computeIfAbsent(EntityIds.unknown(span.type(), key), i -> new Group(i, span.type()));
                }
                byKey.putIfAbsent(key, group);
            }
            group.mentions.add(new Mention(text.substring(start, end), start, end));
            if (group.type == EntityType.PERSON && span.length() >= 2) {
                familyNames.putIfAbsent(tokens.get(span.to() - 1).norm(), group);
            }
        }
        addLexiconMentions(document.ruleEntities(), groups);
        return groups.values().stream().map(Group::toEntity)
                .sorted(Comparator.comparingInt((Entity e) -> e.mentions().get(0).start()).thenComparing(Entity::id))
                .toList();
    }

    /**
     * The lexicon's own hits that the tagger left out (seldom: the rules' labels are among its features) stay: a
     * known name written exactly is worth keeping, and quotes need their speakers' every mention.
     */
    private static void addLexiconMentions(List<Entity> ruleEntities, Map<String, Group> groups) {
        List<Mention> tagged = groups.values().stream().flatMap(g -> g.mentions.stream()).toList();
        for (Entity entity : ruleEntities) {
            if (RuleLabels.isHashedId(entity.id())) {
                continue;
            }
            for (Mention mention : entity.mentions()) {
                if (tagged.stream().noneMatch(t -> t.start() < mention.end() && mention.start() < t.end())) {
                    groups.computeIfAbsent(entity.id(), id -> new Group(entity)).mentions.add(mention);
                }
            }
        }
    }

    /**
     * Where a name starts when its first token may carry proclitics: after them when the rest is a name already
     * seen in the article ({@code لهاغل} after {@code هاغل}), else where the tagger put it.
     */
    private static int documentReading(String text, Token first, TaggedSpan span, int start,
                                       Map<String, Group> familyNames, Map<String, Group> byKey) {
        if (span.length() != 1) {
            return start;
        }
        for (Proclitics.Reading reading : Proclitics.readings(first.norm())) {
            if (familyNames.containsKey(reading.norm()) || byKey.containsKey(reading.norm())) {
                return first.start() + ArabicNormalizer.originalLength(first.text(), reading.prefix());
            }
        }
        return start;
    }

    /**
     * Whether the span is a piece of a longer name the lexicon knows exactly (the tagger cut "Bashar al-Assad" in
     * two): the lexicon's whole name is the better reading.
     */
    private static boolean splitsAKnownName(TaggedSpan span, List<Token> tokens, List<Entity> ruleEntities) {
        int start = tokens.get(span.from()).start();
        int end = tokens.get(span.to() - 1).end();
        for (Entity entity : ruleEntities) {
            if (RuleLabels.isHashedId(entity.id())) {
                continue;
            }
            for (Mention mention : entity.mentions()) {
                if (mention.start() <= start && end <= mention.end() && mention.end() - mention.start() > end - start
                        && tokensIn(tokens, mention) > span.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int tokensIn(List<Token> tokens, Mention mention) {
        int n = 0;
        for (Token token : tokens) {
            if (token.start() < mention.end() && mention.start() < token.end()) {
                n++;
            }
        }
        return n;
    }

    /**
     * A lexicon entity of the span's type that the rules found inside it at its end, or before a last few
     * adjectives: the tagger took a head noun with the name (قاعدة حميميم، ريف اللاذقية، قاعدة طرطوس البحرية),
     * and the known name is the entity.
     */
    private static RuleMention knownTail(Map<Integer, List<RuleMention>> rulesByEnd, List<Token> tokens,
                                         TaggedSpan span) {
        Token first = tokens.get(span.from());
        for (int last = span.to() - 1; last > span.from(); last--) {
            RuleMention known = knownEndingAt(rulesByEnd.get(tokens.get(last).end()), span, first);
            if (known != null) {
                return known;
            }
            if (!isAdjective(tokens.get(last).norm())) {
                return null;
            }
        }
        return null;
    }

    /** A definite relative adjective (البحرية، الجوية، العسكري): describes the name before it. */
    private static boolean isAdjective(String norm) {
        return norm.length() >= 5 && norm.startsWith("ال") && (norm.endsWith("يه") || norm.endsWith("ي"));
    }

    private static RuleMention knownEndingAt(List<RuleMention> candidates, TaggedSpan span, Token first) {
        if (candidates == null) {
            return null;
        }
        for (RuleMention candidate : candidates) {
            if (candidate.mention.start() >= first.end() && candidate.entity.type() == span.type()
                    && !RuleLabels.isHashedId(candidate.entity.id())) {
                return candidate;
            }
        }
        return null;
    }

    /** The rules' mention ending where the span ends and starting in its first token, if any. */
    private static RuleMention ruleAt(List<RuleMention> candidates, Token first) {
        if (candidates == null) {
            return null;
        }
        for (RuleMention candidate : candidates) {
            if (candidate.mention.start() >= first.start() && candidate.mention.start() < first.end()) {
                return candidate;
            }
        }
        return null;
    }

    /** The name's normalised tokens, without the proclitics: the same key the rules make ids from. */
    private static String key(String text, List<Token> tokens, TaggedSpan span, int start) {
        Token first = tokens.get(span.from());
        int prefix = ArabicNormalizer.normalize(text.substring(first.start(), start)).length();
        StringBuilder key = new StringBuilder(first.norm().substring(Math.min(prefix, first.norm().length())));
        for (int k = span.from() + 1; k < span.to(); k++) {
            key.append(' ').append(tokens.get(k).norm());
        }
        return key.toString();
    }

    private record RuleMention(Entity entity, Mention mention) {
    }

    /** The mentions of one entity in an article. */
    private static final class Group {
        final String id;
        final EntityType type;
        /** The lexicon's entity, when the rules linked this one to it: its name and aliases are kept. */
        final Entity known;
        final List<Mention> mentions = new ArrayList<>();

        Group(Entity known) {
            this.id = known.id();
            this.type = known.type();
            this.known = known;
        }

        Group(String id, EntityType type) {
            this.id = id;
            this.type = type;
            this.known = null;
        }

        Entity toEntity() {
            List<Mention> sorted = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
            if (known != null) {
                return new Entity(id, type, known.name(), known.aliases(), sorted);
            }
            // an unknown entity is called by its longest mention
            String name = sorted.stream().map(Mention::text).max(Comparator.comparingInt(String::length)
                    .thenComparing(Comparator.reverseOrder())).orElseThrow();
            List<String> aliases = sorted.stream().map(Mention::text).filter(t -> !t.equals(name)).distinct()
                    .sorted().toList();
            return new Entity(id, type, name, aliases, sorted);
        }
    }
}
