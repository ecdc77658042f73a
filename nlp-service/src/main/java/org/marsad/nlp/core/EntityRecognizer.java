package org.marsad.nlp.core;

import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;
import org.marsad.nlp.core.ner.EntityTagger;
import org.marsad.nlp.core.ner.NerDocument;
import org.marsad.nlp.core.ner.NerModels;
import org.marsad.nlp.core.ner.TaggedEntityLinker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named-entity recognition: a trained tagger ({@link NerModels}, per language) proposes the names and their types,
 * reading among its features what the rules below found; {@link TaggedEntityLinker} gives them the rules' ids.
 * A language without a model gets the rules' entities as they are.
 *
 * <p>The rules: gazetteer names (lexicon, ICU countries and cities) matched longest first on
 * normalised tokens with proclitics removed ({@code وبوتين} gives a mention {@code بوتين}), then
 * {@link NamePatterns} for unknown names, then partial names ({@code الأسد}) resolved to the full name the
 * article or the lexicon gives. Ids are language-independent, so Syria, سوريا and سورية are one entity.
 */
public final class EntityRecognizer {

    private static final Set<String> PREPOSITIONS = Set.of("في", "الي", "من", "علي", "عن", "مع", "بين", "حول",
            "داخل", "خارج", "نحو", "عبر", "ضد", "تجاه", "لدي", "in", "to", "from", "into", "of");

    private final Gazetteer gazetteer;
    /** Ids of the mined places: named by how the article writes them, as their list holds matching forms only. */
    private final Set<String> minedIds = new HashSet<>();
    private final NamePatterns patterns;
    private final Stopwords stopwords;
    private final EnglishEntityRecognizer english;
    private final NerModels models;
    private final TaggedEntityLinker linker = new TaggedEntityLinker();
    /** Family name (last token) of each lexicon person, when no other lexicon person shares it. */
    private final Map<String, LexiconEntry> lexiconFamilyNames;
    /** Family names of each lexicon person, shared or not. */
    private final Map<String, List<String>> familyNamesById;

    public EntityRecognizer(List<LexiconEntry> lexicon, Tokenizer tokenizer, Stopwords stopwords) {
        this(lexicon, tokenizer, stopwords, NerModels.loadDefault());
    }

    public EntityRecognizer(List<LexiconEntry> lexicon, Tokenizer tokenizer, Stopwords stopwords, NerModels models) {
        this.models = models;
        // lexicon first, then countries, then cities: the first owner of a name keeps it; a lexicon row with a
        // place's id adds its names to that place
        Map<String, LexiconEntry> places = new LinkedHashMap<>();
        PlaceNames.countries().forEach(c -> places.put(c.id(), c));
        PlaceNames.cities().forEach(c -> places.putIfAbsent(c.id(), c));
        List<LexiconEntry> ordered = new ArrayList<>();
        for (LexiconEntry entry : lexicon) {
            LexiconEntry icu = places.remove(entry.id());
            ordered.add(icu == null ? entry : entry.mergedWith(icu));
        }
        ordered.addAll(places.values());
        // places mined from the corpora come last: every known name keeps its owner
        for (String place : ArabicNameLists.places()) {
            String id = EntityIds.unknown(EntityType.LOCATION, place);
            minedIds.add(id);
            ordered.add(new LexiconEntry(id, EntityType.LOCATION, place, "", List.of(), List.of()));
        }

        List<LexiconEntry> countries = ordered.stream().filter(e -> e.id().matches("loc:[A-Z]{2}")).toList();
        NisbaForms nisba = new NisbaForms(countries);
        gazetteer = new Gazetteer(tokenizer, nisba);
        ordered.forEach(gazetteer::add);
        gazetteer.seal();
        patterns = new NamePatterns(stopwords, ArabicNameLists.givenNames(), nisba);
        this.stopwords = stopwords;
        familyNamesById = new HashMap<>();
        for (LexiconEntry entry : lexicon) {
            if (entry.type() == EntityType.PERSON) {
                familyNamesById.put(entry.id(), familyNamesOf(entry, tokenizer));
            }
        }
        lexiconFamilyNames = uniqueFamilyNames(lexicon, familyNamesById);
        english = new EnglishEntityRecognizer(lexicon, tokenizer);
    }

    public List<Entity> recognize(String text, List<Token> tokens, String language) {
        List<Entity> rules = ruleEntities(text, tokens, language);
        EntityTagger tagger = models.forLanguage(language);
        if (tagger == null) {
            return rules;
        }
        NerDocument document = new NerDocument(text, tokens, rules);
        TaggedEntityLinker.KnownNames known = "en".equals(language)
                ? (t, from, to, first) -> english.known(text, t, from, to, first)
                : (t, from, to, first) -> knownName(text, t, from, to, first, language);
        return linker.link(document, tagger.tag(document), known);
    }

    /** The gazetteer's entity named exactly by tokens {@code from} to {@code to}, for the tagger's names. */
    private Entity knownName(String text, List<Token> tokens, int from, int to, String first, String language) {
        Gazetteer.Name name = gazetteer.longestMatch(text, tokens, from, first);
        if (name == null || name.tokens().length != to - from) {
            return null;
        }
        LexiconEntry entry = name.entry();
        List<String> aliases = entry.allNames().stream().filter(n -> !n.equals(entry.name(language))).toList();
        return new Entity(entry.id(), entry.type(), entry.name(language), aliases, List.of());
    }

    /** The entities the lexicons and rules alone find (the tagger's features; the result without a model). */
    public List<Entity> ruleEntities(String text, List<Token> tokens, String language) {
        if ("en".equals(language)) {
            return english.recognize(text, tokens);
        }
        boolean[] covered = new boolean[tokens.size()];
        Map<String, Group> groups = new LinkedHashMap<>();
        matchGazetteer(text, tokens, covered, groups);

        Map<String, Group> familyNames = documentFamilyNames(groups);
        // full names before lone family names, so that a family name finds the full name wherever it is
        List<NamePatterns.Found> found = patterns.find(text, tokens, covered.clone()).stream()
                .sorted(Comparator.comparingInt((NamePatterns.Found f) -> f.from() - f.to())).toList();
        for (NamePatterns.Found f : found) {
            addPatternEntity(text, tokens, covered, f, groups, familyNames);
        }
        matchFamilyNames(text, tokens, covered, familyNames);

        return groups.values().stream().map(g -> g.toEntity(language))
                .sorted(Comparator.comparingInt((Entity e) -> e.mentions().get(0).start()).thenComparing(Entity::id))
                .toList();
    }

    private void matchGazetteer(String text, List<Token> tokens, boolean[] covered, Map<String, Group> groups) {
        Set<String> clubs = ContextNamedOrganizations.find(text, tokens, stopwords, k -> isOneWordPlace(text, tokens, k));
        int placeEnd = -1; // token index after the last place found: "روسيا وسورية" coordinates two places
        tokens:
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isNumber()) {
                continue;
            }
            for (Proclitics.Reading reading : Proclitics.readings(token.norm())) {
                if (clubs.contains(reading.norm())) {
                    int start = token.start() + ArabicNormalizer.originalLength(token.text(), reading.prefix());
                    groups.computeIfAbsent(EntityIds.unknown(EntityType.ORGANIZATION, reading.norm()),
                            id -> new Group(id, EntityType.ORGANIZATION, null)).add(text, start, token.end());
                    covered[i] = true;
                    placeEnd = -1;
                    continue tokens;
                }
            }
            for (Proclitics.Reading reading : Proclitics.readings(token.norm())) {
                Gazetteer.Name name = gazetteer.longestMatch(text, tokens, i, reading.norm());
                if (name == null) {
                    continue;
                }
                if (name.adjective() && !placeContext(tokens, i, token.norm(), reading, placeEnd == i)) {
                    break; // سورية in "قمة سورية روسية" is the adjective
                }
                int end = i + name.tokens().length;
                int start = token.start() + ArabicNormalizer.originalLength(token.text(), reading.prefix());
                groups.computeIfAbsent(name.entry().id(), id -> minedIds.contains(id)
                                ? new Group(id, EntityType.LOCATION, null) : Group.of(name.entry()))
                        .add(text, start, tokens.get(end - 1).end());
                for (int k = i; k < end; k++) {
                    covered[k] = true;
                }
                placeEnd = name.entry().type() == EntityType.LOCATION ? end : -1;
                i = end - 1;
                break;
            }
        }
    }

    private boolean isOneWordPlace(String text, List<Token> tokens, int i) {
        Gazetteer.Name name = gazetteer.longestMatch(text, tokens, i, tokens.get(i).norm());
        return name != null && name.tokens().length == 1 && name.entry().type() == EntityType.LOCATION;
    }

    private static boolean placeContext(List<Token> tokens, int i, String norm, Proclitics.Reading reading,
                                        boolean afterPlace) {
        return Proclitics.hasPreposition(norm, reading) || (afterPlace && reading.prefix() > 0)
                || (i > 0 && PREPOSITIONS.contains(tokens.get(i - 1).norm()));
    }

    /** Full names of lexicon persons seen in this article, by family name: they resolve partial mentions. */
    private Map<String, Group> documentFamilyNames(Map<String, Group> groups) {
        Map<String, Group> families = new HashMap<>();
        for (Group group : groups.values()) {
            if (group.type == EntityType.PERSON && group.entry != null) {
                for (String family : familyNamesById.getOrDefault(group.id, List.of())) {
                    families.putIfAbsent(family, group);
                }
            }
        }
        return families;
    }

    private void addPatternEntity(String text, List<Token> tokens, boolean[] covered, NamePatterns.Found f,
                                  Map<String, Group> groups, Map<String, Group> familyNames) {
        for (int k = f.from(); k < f.to(); k++) {
            if (covered[k]) {
                return;
            }
        }
        Token first = tokens.get(f.from());
        int start = first.start() + ArabicNormalizer.originalLength(first.text(), f.prefix());
        int end = tokens.get(f.to() - 1).end();
        StringBuilder key = new StringBuilder(first.norm().substring(f.prefix()));
        for (int k = f.from() + 1; k < f.to(); k++) {
            key.append(' ').append(tokens.get(k).norm());
        }
        Group group;
        if (f.type() == EntityType.PERSON && f.to() - f.from() == 1) {
            // a family name alone: the full name seen in the article, else the lexicon's only bearer
            group = familyNames.get(key.toString());
            if (group == null && lexiconFamilyNames.containsKey(key.toString())) {
                LexiconEntry entry = lexiconFamilyNames.get(key.toString());
                group = groups.computeIfAbsent(entry.id(), id -> Group.of(entry));
            }
        } else {
            group = null;
        }
        if (group == null) {
            String id = EntityIds.unknown(f.type(), key.toString());
            group = groups.computeIfAbsent(id, i -> new Group(i, f.type(), null));
            if (f.type() == EntityType.PERSON && f.to() - f.from() >= 2) {
                familyNames.putIfAbsent(tokens.get(f.to() - 1).norm(), group);
            }
        }
        group.add(text, start, end);
        for (int k = f.from(); k < f.to(); k++) {
            covered[k] = true;
        }
    }

    /** Remaining tokens that are the family name of a person already found (بوتين، وبوتين، الأسد). */
    private static void matchFamilyNames(String text, List<Token> tokens, boolean[] covered,
                                         Map<String, Group> familyNames) {
        if (familyNames.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) {
                continue;
            }
            Token token = tokens.get(i);
            for (Proclitics.Reading reading : Proclitics.readings(token.norm())) {
                Group group = familyNames.get(reading.norm());
                if (group != null && (token.isArabic() || token.isCapitalized())) {
                    group.add(text, token.start() + ArabicNormalizer.originalLength(token.text(), reading.prefix()),
                            token.end());
                    covered[i] = true;
                    break;
                }
            }
        }
    }

    private static List<String> familyNamesOf(LexiconEntry entry, Tokenizer tokenizer) {
        return entry.allNames().stream().map(tokenizer::tokenize).filter(t -> t.size() >= 2)
                .map(t -> t.get(t.size() - 1).norm()).filter(f -> f.length() >= 3).distinct().toList();
    }

    private static Map<String, LexiconEntry> uniqueFamilyNames(List<LexiconEntry> lexicon,
                                                               Map<String, List<String>> familyNamesById) {
        Map<String, LexiconEntry> families = new HashMap<>();
        Map<String, Integer> bearers = new HashMap<>();
        for (LexiconEntry entry : lexicon) {
            for (String family : familyNamesById.getOrDefault(entry.id(), List.of())) {
                families.put(family, entry);
                bearers.merge(family, 1, Integer::sum);
            }
        }
        families.keySet().removeIf(f -> bearers.get(f) > 1);
        return Map.copyOf(families);
    }

    /** The mentions of one entity while an article is read. */
    private static final class Group {
        final String id;
        final EntityType type;
        final LexiconEntry entry;
        final List<Mention> mentions = new ArrayList<>();

        Group(String id, EntityType type, LexiconEntry entry) {
            this.id = id;
            this.type = type;
            this.entry = entry;
        }

        static Group of(LexiconEntry entry) {
            return new Group(entry.id(), entry.type(), entry);
        }

        void add(String text, int start, int end) {
            mentions.add(new Mention(text.substring(start, end), start, end));
        }

        Entity toEntity(String language) {
            List<Mention> sorted = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
            String name;
            List<String> aliases = new ArrayList<>();
            if (entry != null) {
                name = entry.name(language);
                entry.allNames().stream().filter(n -> !n.equals(name)).forEach(aliases::add);
            } else {
                // an unknown entity is called by its longest mention
                name = sorted.stream().map(Mention::text).max(Comparator.comparingInt(String::length)
                        .thenComparing(Comparator.reverseOrder())).orElseThrow();
                sorted.stream().map(Mention::text).filter(t -> !t.equals(name)).distinct().sorted()
                        .forEach(aliases::add);
            }
            return new Entity(id, type, name, List.copyOf(aliases), sorted);
        }
    }
}
