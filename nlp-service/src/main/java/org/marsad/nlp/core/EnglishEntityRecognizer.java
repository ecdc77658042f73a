package org.marsad.nlp.core;

import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English named entities. Names are runs of capitalised words ({@link EnglishNameRuns}); each run is cut where a
 * title or a known name begins, trimmed of words that only happen to be capitalised, and typed by, in order: a
 * known name (the lexicon, ICU countries and cities, names learned from news), an organisation's head word (Inc,
 * University, Party, FC, "Bank of"), a title or role before it (Mr, President, chief executive), a given name,
 * "said". A lone family name takes the full name the article gave (Blair -> Tony Blair), and an acronym the
 * organisation it abbreviates. Ids are the lexicon's, shared with Arabic (Putin and بوتين are one entity), else
 * {@link EntityIds} of the normalised full name.
 */
public final class EnglishEntityRecognizer {

    /** Titles that end a title before a name: "Prime Minister", "Mr", "US President". */
    private static final Set<String> TITLES = wordSet("""
            mr mrs ms miss dr sir dame lord lady president minister chancellor secretary senator sen governor gov
            mayor king queen prince princess pope general gen colonel col captain capt judge chairman chairwoman
            spokesman spokeswoman ambassador archbishop bishop rev reverend professor prof sheikh emir premier
            commissioner mp coach manager boss leader director detective inspector sergeant officer chief executive
            justice envoy deputy vice foreign home prime shadow defence defense finance interior trade health
            culture education energy economy environment transport attorney state first
            """);
    /** Of {@link #TITLES}, those that can end a title ("Foreign" needs "Secretary" after it). */
    private static final Set<String> TITLE_ENDS = wordSet("""
            mr mrs ms miss dr sir dame lord lady president minister chancellor secretary senator sen governor gov
            mayor king queen prince princess pope general gen colonel col captain capt judge chairman chairwoman
            spokesman spokeswoman ambassador archbishop bishop rev reverend professor prof sheikh emir premier
            commissioner mp coach manager boss leader director detective inspector sergeant executive justice envoy
            """);
    /** Titles that are also part of names ("Burger King", "Queen Mary"): a title only at a run's start. */
    private static final Set<String> ROYAL = wordSet("king queen prince princess lord lady general");
    private static final Set<String> COMPASS = wordSet("north south east west central");
    /** First words of clubs' names: "Real Madrid", "Inter Milan". */
    private static final Set<String> ORG_STARTS = wordSet("real inter sporting dynamo olympique ac as fc sc");
    /** Lower-case words before a name that say it is a person's: "chief executive Bill Gates". */
    private static final Set<String> ROLES = wordSet("""
            president minister chancellor secretary leader boss chief executive chairman chairwoman director
            spokesman spokeswoman coach manager captain striker midfielder defender goalkeeper keeper winger
            forward singer actor actress star producer presenter comedian rapper musician guitarist drummer author
            writer novelist playwright designer founder analyst economist governor senator candidate mp mep
            champion player rival colleague team-mate counterpart predecessor successor wife husband son daughter
            brother sister father mother partner spokesperson secretary-general editor lawyer judge commissioner
            officer head veteran cyclist sprinter boxer batsman bowler scrum-half fly-half centre prop lock flanker
            hooker winner holder mayor premier presidents filmmaker film-maker artist dj hopeful heir chef host
            president-elect tycoon billionaire entrepreneur businessman businesswoman campaigner activist investor
            analysts
            """);
    /** Head words that end an organisation's name. */
    private static final Set<String> ORG_ENDS = wordSet("""
            inc ltd plc corp corporation co llc associates group party university council fc united bank agency company
            airways airlines air motors institute association federation confederation committee commission
            foundation trust authority board ministry department office organisation organization union league
            society club college school academy museum service services network systems technologies communications
            records studios pictures entertainment media holdings industries international partners capital
            securities exchange fund times post journal news telegraph herald guardian mail express tribune gazette
            magazine radio tv channel court police army navy forces front movement brigade brigades parliament
            assembly congress senate cabinet bureau centre center laboratories labs software electronics
            pharmaceuticals energy oil petroleum telecom mobile rovers athletic wanderers rangers albion hotspur
            villa county town wednesday argyle orient celtic saracens wasps harlequins tigers sharks bulls blues
            reds all-blacks orchestra band brothers bros consortium alliance coalition administration
            """);
    /** Head words that end the name of an event, a law, an award or a work: "Buenos Aires Open". */
    private static final Set<String> MISC_ENDS = wordSet("""
            open cup championship championships games olympics prix awards award festival bill act treaty
            prize trophy tournament series league-cup marathon classic masters tour show liga bundesliga serie
            programme album
            """);
    /** Words before "of" that start an organisation's or a place's name: "Bank of England", "Isle of Man". */
    private static final Set<String> OF_HEADS = wordSet("""
            bank university house houses department ministry museum institute college school federation
            confederation association society union league council court chamber board office church republic
            kingdom isle gulf bay sea cape duke duchess earl committee commission organisation organization
            assembly academy order friends party agency authority bureau fund trust foundation city state states
            port strait straits lake mount province county district tower palace festival battle army navy centre
            center hall guild lords commons sisters act acts treaty declaration return
            """);
    private static final Set<String> PLACE_OF_HEADS = wordSet("""
            isle gulf bay sea cape strait straits lake mount province county district city state republic kingdom
            """);
    private static final Set<String> MISC_OF_HEADS = wordSet("act acts treaty battle festival declaration lord return");
    /** Capitalised words that start a sentence or a run but name nothing: "The", "Monday", "Government". */
    private static final Set<String> NOT_NAMES = wordSet("""
            the a an this that these those his her its their our my your he she it they we i you but and or so if
            in on at of for with by from to as after before when while monday tuesday wednesday thursday friday
            saturday sunday january february march april may june july august september october november december
            government regime opposition state administration cabinet ministry department parliament mps police
            army court church internet web net christmas easter new year last next mr mrs ms dr other all some many
            most one two three no not yes there here what who how why where which however meanwhile also now then
            still yet even just both each every such only more less about over under between during since until
            into through because although though despite said says bn m am pm tv ceo i'm ok dvd cd pc mp3 uk's it's
            ad god
            """);
    /** Words after which a capitalised word is a place: "in Paris", "from Kabul". */
    private static final Set<String> PLACE_PREPOSITIONS = wordSet("""
            in at from near outside across to into towards via around throughout
            """);
    private static final Set<String> SPEECH = wordSet("""
            said says told added insisted explained admitted warned argued claimed believes thinks stated wrote
            """);

    private static Set<String> wordSet(String words) {
        return Set.copyOf(Arrays.asList(words.strip().split("\\s+")));
    }

    private final Gazetteer gazetteer;
    private final EnglishNameWords words;
    /** False only while mining: names nothing but their context typed are left out. */
    private final boolean guessUnknown;
    private final EnglishNameRuns runs;
    /** Ids of names learned from news: they name an entity less surely than the lexicon does. */
    private final Set<String> learned = new HashSet<>();
    /** Family names of lexicon persons ("putin" -> Vladimir Putin), for a lone family name in an article. */
    private final Map<String, LexiconEntry> familyNames = new HashMap<>();

    public EnglishEntityRecognizer(List<LexiconEntry> lexicon, Tokenizer tokenizer) {
        this(lexicon, tokenizer, EnglishNameWords.loadDefault());
    }

    public EnglishEntityRecognizer(List<LexiconEntry> lexicon, Tokenizer tokenizer, EnglishNameWords words) {
        this(lexicon, tokenizer, words, true);
    }

    EnglishEntityRecognizer(List<LexiconEntry> lexicon, Tokenizer tokenizer, EnglishNameWords words,
                            boolean guessUnknown) {
        this.words = words;
        this.guessUnknown = guessUnknown;
        this.runs = new EnglishNameRuns(OF_HEADS);
        gazetteer = new Gazetteer(tokenizer, new NisbaForms(List.of()));
        KnownEntities.withPlaces(lexicon).forEach(gazetteer::add);
        words.names().forEach(gazetteer::add);
        words.names().forEach(n -> learned.add(n.id()));
        gazetteer.seal();
        for (LexiconEntry entry : lexicon) {
            if (entry.type() == EntityType.PERSON) {
                for (String name : entry.allNames()) {
                    List<Token> tokens = tokenizer.tokenize(name);
                    if (tokens.size() >= 2 && !tokens.get(0).isArabic()) {
                        familyNames.putIfAbsent(tokens.get(tokens.size() - 1).norm(), entry);
                    }
                }
            }
        }
    }

    public List<Entity> recognize(String text, List<Token> tokens) {
        Document doc = new Document(text, tokens, EnglishNameRuns.sentenceStarts(text, tokens));
        int codeEnd = 0;
        for (EnglishNameRuns.Run run : runs.find(text, tokens)) {
            if (run.from() < codeEnd) {
                continue;
            }
            int end = modelCodeEnd(text, tokens, run.from());
            if (end > run.from()) {
                Gazetteer.Name known = gazetteer.longestMatch(text, tokens, run.from(), tokens.get(run.from()).norm());
                boolean whole = known != null && known.tokens().length == end - run.from();
                doc.add(run.from(), end, whole ? known.entry().type() : EntityType.MISC, whole ? known.entry() : null);
                codeEnd = end;
                continue;
            }
            split(doc, run.from(), run.to(), hintBefore(doc, run.from()));
        }
        return doc.resolve();
    }

    /** The entity a known name (lexicon, places, names learned from news) is, when tokens from..to are exactly it. */
    Entity known(String text, List<Token> tokens, int from, int to, String first) {
        Gazetteer.Name name = gazetteer.longestMatch(text, tokens, from, first);
        if (name == null || name.tokens().length != to - from) {
            return null;
        }
        LexiconEntry entry = name.entry();
        List<String> aliases = entry.allNames().stream().filter(n -> !n.equals(entry.name("en"))).toList();
        return new Entity(entry.id(), entry.type(), entry.name("en"), aliases, List.of());
    }

    /** Cuts a run at titles and known names, and types what is left. */
    private void split(Document doc, int from, int to, EntityType hint) {
        split(doc, from, to, hint, false);
    }

    /** As above; {@code titled} when a title (Mr, President) stands before the run. */
    private void split(Document doc, int from, int to, EntityType hint, boolean titled) {
        List<Token> tokens = doc.tokens;
        if (from >= to) {
            return;
        }
        Gazetteer.Name whole = gazetteer.longestMatch(doc.text, tokens, from, tokens.get(from).norm());
        if (whole != null && from + whole.tokens().length == to && !doc.lowerCaseStart(from, whole)) {
            doc.add(from, to, whole.entry().type(), whole.entry());
            return;
        }
        int title = titleAt(tokens, from, to);
        if (title > from) {
            split(doc, title, to, EntityType.PERSON, true);
            return;
        }
        for (int k = from + 1; k < to; k++) {
            int end = titleAt(tokens, k, to);
            if (end > k && !ROYAL.contains(tokens.get(end - 1).norm())) {
                split(doc, from, k, null);
                split(doc, end, to, EntityType.PERSON, true);
                return;
            }
        }
        String first = tokens.get(from).norm();
        if (to - from >= 3 && OF_HEADS.contains(first) && tokens.get(from + 1).norm().equals("of")) {
            // Ministry of Electricity, Bank of Japan; but Isle of Man, Gulf of Mexico, Act of Settlement
            doc.add(from, to, PLACE_OF_HEADS.contains(first) ? EntityType.LOCATION
                    : MISC_OF_HEADS.contains(first) ? EntityType.MISC : EntityType.ORGANIZATION, null);
            return;
        }
        // words that only happen to be capitalised: a sentence's first word, "The", a demonym
        if ((doc.sentenceStart[from] && !nameAtSentenceStart(doc, from, to)) || NOT_NAMES.contains(first)
                || (words.demonym(first) && !isOrgEnd(tokens.get(to - 1)))
                || (COMPASS.contains(first) && from + 1 < to && words.demonym(tokens.get(from + 1).norm()))) {
            split(doc, from + 1, to, hint == EntityType.PERSON ? null : hint, false);
            return;
        }
        if (whole != null && from + whole.tokens().length == to) {
            doc.add(from, to, whole.entry().type(), whole.entry());
            return;
        }
        if (words.demonym(tokens.get(to - 1).norm()) && !isOrgEnd(tokens.get(to - 1))) {
            return; // Roman Catholics, Kosovo Albanians: peoples, not entities
        }
        if (to - from >= 2 && (isOrgEnd(tokens.get(to - 1)) || ORG_STARTS.contains(first))) {
            doc.add(from, to, EntityType.ORGANIZATION, null);
            return;
        }
        if (to - from >= 2 && MISC_ENDS.contains(tokens.get(to - 1).norm())) {
            doc.add(from, to, EntityType.MISC, null);
            return;
        }
        if ((hint == EntityType.PERSON && (titled || personLike(doc, from, to)))
                || (to - from >= 2 && words.givenName(first))) {
            doc.add(from, to, EntityType.PERSON, null);
            return;
        }
        // a known name inside: "Microsoft Windows", "US Congress" split around it
        for (int k = from; k < to; k++) {
            Gazetteer.Name name = gazetteer.longestMatch(doc.text, tokens, k, tokens.get(k).norm());
            if (name != null && k + name.tokens().length <= to) {
                if (k == from && name.entry().type() == EntityType.ORGANIZATION) {
                    doc.add(from, to, EntityType.ORGANIZATION, null); // BBC News Online
                    return;
                }
                split(doc, from, k, null);
                doc.add(k, k + name.tokens().length, name.entry().type(), name.entry());
                split(doc, k + name.tokens().length, to, null);
                return;
            }
        }
        doc.add(from, to, null, null);
    }

    /** A run after a lower-case role ("market leader Best Buy") is a person's only when it reads as a name. */
    private boolean personLike(Document doc, int from, int to) {
        for (int k = from; k < to; k++) {
            String norm = doc.tokens.get(k).norm();
            if (words.commonWord(norm) && !words.givenName(norm) && !words.nameWord(norm)) {
                return false;
            }
        }
        return !(to - from == 2 && doc.text.charAt(doc.tokens.get(from).end()) == '-');
    }

    /**
     * The end of a product's model code starting at token {@code i} ("V603SH", "PH-S6500", "A380"): letters and
     * digits glued together or by hyphens, four characters at least, with a digit; else {@code i}. Shorter codes
     * (G8, MI5, MP3) are left to the other rules.
     */
    private static int modelCodeEnd(String text, List<Token> tokens, int i) {
        int end = i + 1;
        boolean digit = false;
        while (end < tokens.size()) {
            int gap = tokens.get(end).start() - tokens.get(end - 1).end();
            if (gap > 1 || (gap == 1 && text.charAt(tokens.get(end - 1).end()) != '-')) {
                break;
            }
            digit |= tokens.get(end).isNumber();
            end++;
        }
        int length = tokens.get(end - 1).end() - tokens.get(i).start();
        return digit && length >= 4 ? end : i;
    }

    /** The end of a title starting at {@code k} ("Prime Minister", "Mr") when a name follows it, else k. */
    private static int titleAt(List<Token> tokens, int k, int to) {
        int end = k;
        int lastEnd = k;
        while (end < to - 1 && TITLES.contains(tokens.get(end).norm())) {
            end++;
            if (TITLE_ENDS.contains(tokens.get(end - 1).norm())) {
                lastEnd = end;
            }
        }
        return lastEnd;
    }

    private boolean nameAtSentenceStart(Document doc, int from, int to) {
        Token token = doc.tokens.get(from);
        String norm = token.norm();
        if (NOT_NAMES.contains(norm)) {
            return false;
        }
        // a sentence's first word is a name when news writes it capitalised, or when it is no dictionary word
        // and more of the name follows ("Sunder Katwala said")
        return words.nameWord(norm) || (to - from >= 2 && (words.givenName(norm) || !words.commonWord(norm)))
                || doc.capitalisedElsewhere(norm)
                || isAcronym(token) || gazetteer.longestMatch(doc.text, doc.tokens, from, norm) != null;
    }

    private static boolean isOrgEnd(Token token) {
        return ORG_ENDS.contains(token.norm()) && token.isCapitalized();
    }

    static boolean isAcronym(Token token) {
        String text = token.text();
        if (text.length() < 2 || text.length() > 6) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case role just before a run ("striker Wayne Rooney") makes it a person. */
    private static EntityType hintBefore(Document doc, int from) {
        if (from == 0) {
            return null;
        }
        Token before = doc.tokens.get(from - 1);
        return !before.isCapitalized() && ROLES.contains(before.norm()) && doc.adjacent(from) ? EntityType.PERSON : null;
    }

    /** A candidate name: tokens {@code from} to {@code to}, with its type and lexicon entry when known. */
    private record Span(int from, int to, EntityType type, LexiconEntry entry) {
    }

    /** One article being read: its spans, then their resolution into entities. */
    private final class Document {
        final String text;
        final List<Token> tokens;
        final boolean[] sentenceStart;
        final List<Span> spans = new ArrayList<>();
        private final Map<String, Group> byKey = new HashMap<>();
        private final Map<String, Group> surnames = new HashMap<>();
        private final Map<String, Group> acronyms = new HashMap<>();
        private final Map<String, Group> prefixes = new HashMap<>();
        private Map<String, Boolean> capitalised;

        Document(String text, List<Token> tokens, boolean[] sentenceStart) {
            this.text = text;
            this.tokens = tokens;
            this.sentenceStart = sentenceStart;
        }

        void add(int from, int to, EntityType type, LexiconEntry entry) {
            spans.add(new Span(from, to, type, entry));
        }

        boolean adjacent(int j) {
            for (int k = tokens.get(j - 1).end(); k < tokens.get(j).start(); k++) {
                if (text.charAt(k) != ' ') {
                    return false;
                }
            }
            return true;
        }

        /** A name written in lower case at a sentence's start cannot be told from a word ("us" vs "US"). */
        boolean lowerCaseStart(int from, Gazetteer.Name name) {
            return sentenceStart[from] && name.tokens().length == 1 && !isAcronym(tokens.get(from))
                    && !words.nameWord(tokens.get(from).norm()) && !capitalisedElsewhere(tokens.get(from).norm())
                    && seenLowerCase(tokens.get(from).norm());
        }

        /** The word is written capitalised inside a sentence, and never in lower case, in this article. */
        boolean capitalisedElsewhere(String norm) {
            return Boolean.TRUE.equals(capitalisation().get(norm));
        }

        boolean seenLowerCase(String norm) {
            return Boolean.FALSE.equals(capitalisation().get(norm));
        }

        private Map<String, Boolean> capitalisation() {
            if (capitalised == null) {
                capitalised = new HashMap<>();
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (!t.isCapitalized()) {
                        capitalised.put(t.norm(), false);
                    } else if (!sentenceStart[i]) {
                        capitalised.putIfAbsent(t.norm(), true);
                    }
                }
            }
            return capitalised;
        }

        List<Entity> resolve() {
            Map<String, Group> groups = new LinkedHashMap<>();
            // longest names first, so that a lone family name or an acronym anywhere finds the full name
            List<Span> ordered = spans.stream()
                    .sorted(Comparator.comparingInt((Span s) -> s.from() - s.to()).thenComparingInt(Span::from))
                    .toList();
            for (Span span : ordered) {
                Group group = shorterMention(span, groups);
                if (group == null) {
                    EntityType type = span.type() != null ? span.type() : guessUnknown ? guess(span) : null;
                    if (type == null) {
                        continue;
                    }
                    String key = key(span);
                    String id = span.entry() != null ? span.entry().id() : EntityIds.unknown(type, key);
                    group = groups.computeIfAbsent(id, i -> new Group(i, type, span.entry()));
                    if (span.entry() == null) {
                        byKey.putIfAbsent(key, group);
                    }
                }
                group.add(text, tokens, span);
                register(group, span);
            }
            return groups.values().stream().map(Group::toEntity)
                    .sorted(Comparator.comparingInt((Entity e) -> e.mentions().get(0).start())
                            .thenComparing(Entity::id))
                    .toList();
        }

        /**
         * The entity a name not in the lexicon refers back to: the same name typed earlier, a person's family name
         * (Blair after Tony Blair, Washington after Denzel Washington), an organisation's acronym or first words
         * (Circuit City after Circuit City Stores), a place's first words, a lexicon person's family name.
         */
        private Group shorterMention(Span span, Map<String, Group> groups) {
            String key = key(span);
            boolean single = span.to() - span.from() == 1;
            boolean known = span.entry() != null && !learned.contains(span.entry().id());
            if (single && surnames.containsKey(key)) {
                return surnames.get(key); // the article's own full name wins: Cameron after James Cameron
            }
            if (known) {
                return null;
            }
            Group group = byKey.get(key);
            if (group == null && single && isAcronym(tokens.get(span.from()))) {
                group = acronyms.get(tokens.get(span.from()).text());
            }
            if (group == null && (span.type() == null || span.type() == EntityType.ORGANIZATION)) {
                group = prefixes.get(key);
            }
            if (group == null && single && span.type() == null && familyNames.containsKey(key)) {
                LexiconEntry entry = familyNames.get(key);
                group = groups.computeIfAbsent(entry.id(), id -> new Group(id, entry.type(), entry));
            }
            return group;
        }

        /** What a full name lets shorter mentions find: a person's family name, an organisation's initials, the
         * first words of an organisation or a place. */
        private void register(Group group, Span span) {
            if (span.to() - span.from() < 2) {
                return;
            }
            if (group.type == EntityType.PERSON) {
                surnames.putIfAbsent(tokens.get(span.to() - 1).norm(), group);
            } else if (group.type == EntityType.ORGANIZATION || group.type == EntityType.LOCATION) {
                if (group.type == EntityType.ORGANIZATION) {
                    acronyms.putIfAbsent(initials(span), group);
                }
                StringBuilder prefix = new StringBuilder(tokens.get(span.from()).norm());
                for (int k = span.from() + 1; k < span.to(); k++) {
                    if (!EnglishNameRuns.isConnector(prefix.substring(prefix.lastIndexOf(" ") + 1))
                            && (k - span.from() >= 2 || words.nameWord(tokens.get(span.from()).norm()))) {
                        prefixes.putIfAbsent(prefix.toString(), group);
                    }
                    prefix.append(' ').append(tokens.get(k).norm());
                }
            }
        }

        /** The type of a name nothing else typed, from the words around it; null when there is too little. */
        private EntityType guess(Span span) {
            Token first = tokens.get(span.from());
            Token before = span.from() > 0 ? tokens.get(span.from() - 1) : null;
            Token after = span.to() < tokens.size() ? tokens.get(span.to()) : null;
            boolean single = span.to() - span.from() == 1;
            if (single && isAcronym(first)) {
                return EntityType.ORGANIZATION;
            }
            if (quoted(span)) {
                return EntityType.MISC; // a title: "Jailhouse Rock"
            }
            if (single && (first.text().length() > 2 && first.text().endsWith("s")
                    && isAcronym(new Token(first.text().substring(0, first.text().length() - 1), "", 0, 0)))) {
                return null; // PCs, MPs: plurals of common nouns
            }
            if (single && words.givenName(first.norm()) && (before == null || !before.norm().equals("the"))) {
                return EntityType.PERSON;
            }
            if (single && followedByPlace(span)) {
                return EntityType.LOCATION; // Jacksonville, Florida
            }
            if (before != null && PLACE_PREPOSITIONS.contains(before.norm()) && !before.isCapitalized()
                    && (single || !words.givenName(first.norm()))) {
                return EntityType.LOCATION;
            }
            if (!single) {
                // a person's name: its family name comes back alone, or its words are no dictionary words;
                // other runs of capitalised words are more often a company's or a product's name
                boolean hyphenated = span.to() - span.from() == 2 && text.charAt(first.end()) == '-'; // Wal-Mart
                boolean initialsOnly = tokens.get(span.to() - 1).text().length() == 1; // J&J
                boolean personLike = span.to() - span.from() <= 3 && !hyphenated && !initialsOnly
                        && (aloneElsewhere(tokens.get(span.to() - 1).norm(), span) || noCommonWord(span));
                return personLike ? EntityType.PERSON : EntityType.ORGANIZATION;
            }
            if (after != null && SPEECH.contains(after.norm()) && adjacent(span.to())) {
                return EntityType.ORGANIZATION;
            }
            // a word news writes capitalised, alone: most often a company, a club, a band
            return words.nameWord(first.norm()) ? EntityType.ORGANIZATION : null;
        }

        private boolean noCommonWord(Span span) {
            for (int k = span.from(); k < span.to(); k++) {
                String norm = tokens.get(k).norm();
                if (words.commonWord(norm) || (norm.endsWith("s") && words.commonWord(norm.substring(0, norm.length() - 1)))) {
                    return false;
                }
            }
            return true;
        }

        private boolean followedByPlace(Span span) {
            if (span.to() >= tokens.size() || !text.startsWith(", ", tokens.get(span.to() - 1).end())) {
                return false;
            }
            Token next = tokens.get(span.to());
            Gazetteer.Name name = gazetteer.longestMatch(text, tokens, span.to(), next.norm());
            return name != null && name.entry().type() == EntityType.LOCATION;
        }

        /** The name is all there is between quotation marks. */
        private boolean quoted(Span span) {
            int start = tokens.get(span.from()).start();
            int end = tokens.get(span.to() - 1).end();
            return start > 0 && end < text.length() && isQuote(text.charAt(start - 1)) && isQuote(text.charAt(end));
        }

        private static boolean isQuote(char c) {
            return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019';
        }

        /** The word is a one-word name elsewhere in the article. */
        private boolean aloneElsewhere(String norm, Span except) {
            for (Span span : spans) {
                if (span != except && span.to() - span.from() == 1 && tokens.get(span.from()).norm().equals(norm)) {
                    return true;
                }
            }
            return false;
        }

        private String key(Span span) {
            StringBuilder key = new StringBuilder(tokens.get(span.from()).norm());
            for (int k = span.from() + 1; k < span.to(); k++) {
                key.append(' ').append(tokens.get(k).norm());
            }
            return key.toString();
        }

        private String initials(Span span) {
            StringBuilder initials = new StringBuilder();
            for (int k = span.from(); k < span.to(); k++) {
                Token t = tokens.get(k);
                if (t.isCapitalized()) {
                    initials.append(t.text().charAt(0));
                }
            }
            return initials.toString();
        }
    }

    /** The mentions of one entity in an article. */
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

        void add(String text, List<Token> tokens, Span span) {
            int start = tokens.get(span.from()).start();
            int end = tokens.get(span.to() - 1).end();
            mentions.add(new Mention(text.substring(start, end), start, end));
        }

        Entity toEntity() {
            List<Mention> sorted = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
            String name;
            List<String> aliases = new ArrayList<>();
            if (entry != null) {
                name = entry.name("en");
                entry.allNames().stream().filter(n -> !n.equals(name)).forEach(aliases::add);
            } else {
                name = sorted.stream().map(Mention::text).max(Comparator.comparingInt(String::length)
                        .thenComparing(Comparator.reverseOrder())).orElseThrow();
                sorted.stream().map(Mention::text).filter(t -> !t.equals(name)).distinct().sorted()
                        .forEach(aliases::add);
            }
            return new Entity(id, type, name, List.copyOf(aliases), sorted);
        }
    }
}
