package org.marsad.nlp.core;

import org.marsad.events.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds names the lexicon does not know, from their context: a person after a title (الرئيس، وزير الخارجية
 * الدكتور ...، President, Foreign Minister ...) or before "said"; an organisation after an Arabic head noun
 * (وزارة، جامعة، حزب ...) or around an English one ("Ministry of X", "X University", "X Party"). Only tokens
 * that no gazetteer name covers are considered. Deliberately narrow: a missed name is better than a made-up one.
 */
public final class NamePatterns {

    /**
     * A name found by a pattern: tokens {@code from} (inclusive) to {@code to} (exclusive); {@code prefix}
     * normalised characters of the first token are a proclitic, not part of the name (ووزارة).
     */
    public record Found(EntityType type, int from, int to, int prefix) {

        Found(EntityType type, int from, int to) {
            this(type, from, to, 0);
        }
    }

    private static final Set<String> AR_TITLES = normalized("""
            الرئيس الرئيسه الملك الملكه الامير الاميره الشيخ الشيخه السيد السيده الوزير الوزيره المستشار المستشاره
            الجنرال اللواء العميد العقيد العماد المشير الفريق الدكتور الدكتوره البابا الامام السفير المبعوث النائب
            اللاعب اللاعبة المدرب المدربة النجم النجمة المهاجم الحارس المدافع الكاتب الكاتبة الصحفي الصحفية
            الصحافي الصحافية الروائي الروائية الفنان الفنانة المغني المغنية الممثل الممثلة الناشط الناشطة المحامي
            المحامية المخرج المخرجة
            """);
    /** Titles in construct state: their complement (الخارجية, مجلس الوزراء) comes before the name. */
    private static final Set<String> AR_CONSTRUCT_TITLES = normalized("""
            رئيس رئيسه وزير وزيره نائب مستشار سفير مبعوث زعيم قائد امين المتحدث متحدث مدير
            """);
    private static final Set<String> AR_HONORIFICS = normalized("""
            السيد السيده الدكتور الدكتوره المهندس الشيخ الاستاذ الرئيس
            """);
    /** Modifiers of a title that are not nationality adjectives: الرئيس السابق، المدرب الجديد. */
    private static final Set<String> AR_TITLE_MODIFIERS = normalized("""
            السابق السابقة الحالي الحالية الاسبق الجديد الجديدة المقبل المخضرم الدولي الشهير الشهيرة
            """);
    /** Words that name no particular entity: "the regime" is not a name. */
    private static final Set<String> GENERIC = normalized("""
            النظام الحكومه الدوله البلاد البلدين الشعب المعارضه الرئاسه الجيش القوات الجانب الجانبين الطرفين
            السلطات الوزاره الوزراء الاحتلال المجتمع العالم
            السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه اليوم امس غدا
            """);
    /** Complements that make a head noun a description, not a name: مجلس الإدارة، وكالة التصنيف. */
    private static final Set<String> AR_GENERIC_COMPLEMENTS = normalized("""
            الاداره التصنيف الامناء العمل المهرجان انباء انباء
            """);
    private static final Set<String> AR_CONNECTORS = normalized("بن ابن بنت ابو ابي عبد ال");
    /** Verbs that often follow a name and must not be taken for a family name. */
    private static final Set<String> AR_VERBS = normalized("""
            قال اكد اعلن اضاف اوضح اشار زار التقي بحث دعا وصل استقبل تلقي وقع شدد طالب اعتبر هنا رحب
            يقول يؤكد يعلن يزور يلتقي يبحث يدعو يصل يستقبل يتلقي يوقع يشدد يطالب يعتبر يرحب
            قالت اكدت اعلنت اضافت اوضحت اشارت انتقد انتقدت كشف كشفت ذكر ذكرت نفي نفت رفض رفضت حذر حذرت
            اعرب اعربت تابع تابعت قوله قولها يمدد مدد
            """);
    private static final Set<String> AR_ORG_HEADS = normalized("""
            وزاره جامعه حزب شركه منظمه مجلس وكاله هيئه مؤسسه جمعيه جبهه اتحاد بنك مصرف لجنه صندوق محكمه
            نادي صحيفه جريده قناه تيار منتخب مفوضيه
            """);
    /** Institutions named by a definite noun and adjectives: المحكمة الدستورية، المفوضية الأوروبية. */
    private static final Set<String> AR_DEFINITE_ORG_HEADS = normalized("""
            المحكمه المفوضيه الاستخبارات السلطه الحرس المجلس الهيئه الوكاله المنظمه الجامعه الوزاره الشركه الحزب
            الحركه الجبهه البنك المصرف اللجنه الصندوق الاتحاد التحالف البرلمان الكونغرس
            """);

    private static final Set<String> EN_TITLES = Set.of("President", "Minister", "Chancellor", "King", "Queen",
            "Prince", "Princess", "Sheikh", "Emir", "Mr", "Mrs", "Ms", "Dr", "Senator", "Secretary", "General", "Gen",
            "Pope", "Sir", "Ambassador", "Governor", "Mayor", "Spokesman", "Spokeswoman", "Envoy", "Premier");
    private static final Set<String> EN_NAME_CONNECTORS = Set.of("al", "bin", "ibn", "de", "van", "von", "der", "da");
    private static final Set<String> EN_SPEECH = Set.of("said", "says", "told", "added");
    private static final Set<String> EN_ORG_HEADS_AFTER = Set.of("University", "Party", "Agency", "Inc",
            "Corporation", "Corp", "Company", "Bank", "Council", "Institute", "Army", "Front", "Movement",
            "Committee", "Foundation", "Association", "Authority", "Commission", "Ministry", "Organization",
            "Organisation", "Group", "Forces");
    private static final Set<String> EN_ORG_HEADS_OF = Set.of("Ministry", "University", "Council", "Organization",
            "Organisation", "Institute", "Bank", "Union", "Commission", "Association", "Department", "Office");
    private static final Set<String> EN_NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "He", "She", "It",
            "They", "We", "I", "But", "And", "This", "That", "His", "Her", "Their", "Its", "After", "When", "While");

    /** Nouns that announce a place: مدينة الرمادي، محافظة البصرة، ولاية راخين. */
    private static final Set<String> AR_PLACE_NOUNS = normalized("""
            مدينة بلدة قرية محافظة ولاية مخيم ناحية جزيرة إقليم مقاطعة
            """);

    private final Stopwords stopwords;
    private final Set<String> givenNames;
    private final NisbaForms nisba;

    /**
     * @param givenNames normalised given names ({@link ArabicNameLists}): a name without a title still starts
     *                   with one (أحمد ألتان، سعد الثويني)
     * @param nisba      nationality adjectives, which follow a given name without being its family name
     */
    public NamePatterns(Stopwords stopwords, Set<String> givenNames, NisbaForms nisba) {
        this.stopwords = stopwords;
        this.givenNames = givenNames;
        this.nisba = nisba;
    }

    public List<Found> find(String text, List<Token> tokens, boolean[] covered) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) {
                continue;
            }
            Found f = tokens.get(i).isArabic() ? arabic(text, tokens, covered, i) : english(text, tokens, covered, i);
            if (f != null) {
                found.add(f);
                for (int k = f.from(); k < f.to(); k++) {
                    covered[k] = true;
                }
                i = f.to() - 1;
            }
        }
        return found;
    }

    private Found arabic(String text, List<Token> tokens, boolean[] covered, int i) {
        String norm = tokens.get(i).norm();
        String head = AR_ORG_HEADS.contains(norm) || AR_TITLES.contains(norm) || AR_CONSTRUCT_TITLES.contains(norm)
                ? norm : stripConjunction(norm);
        if (AR_TITLES.contains(head) || AR_CONSTRUCT_TITLES.contains(head)) {
            return arabicPerson(text, tokens, covered, i, AR_CONSTRUCT_TITLES.contains(head));
        }
        if (AR_ORG_HEADS.contains(head)) {
            return arabicOrganization(text, tokens, covered, i);
        }
        for (Proclitics.Reading reading : Proclitics.readings(norm)) {
            if (AR_DEFINITE_ORG_HEADS.contains(reading.norm())) {
                return definiteOrganization(text, tokens, covered, i, reading.prefix());
            }
            if (AR_PLACE_NOUNS.contains(reading.norm())) {
                return arabicPlace(text, tokens, covered, i);
            }
            if (givenNames.contains(reading.norm())) {
                return arabicGivenName(text, tokens, covered, i, reading.prefix());
            }
        }
        return null;
    }

    /** A given name and the family name after it: أحمد ألتان، سعد الثويني، نبيل أبو ردينة. */
    private Found arabicGivenName(String text, List<Token> tokens, boolean[] covered, int given, int prefix) {
        int j = given + 1;
        if (j >= tokens.size() || covered[j] || !adjacent(text, tokens, j)
                || tokens.get(given).text().endsWith("على")) { // the preposition, which matching reads as علي
            return null;
        }
        if (AR_CONNECTORS.contains(tokens.get(given).norm().substring(prefix))) {
            // عبد الله المعيني: a compound given name counts only with the family name after it
            int k = j + 1;
            boolean named = k < tokens.size() && !covered[k] && adjacent(text, tokens, k)
                    && (isNameToken(tokens.get(k)) || isAdjective(tokens.get(k).norm()));
            return named ? new Found(EntityType.PERSON, given, k + 1, prefix) : null;
        }
        String norm = tokens.get(j).norm();
        if (norm.isEmpty()) {
            return null; // a lone tatweel dash ("ـ رحمه الله ـ") ends the name
        }
        if ("ولب".indexOf(norm.charAt(0)) >= 0 && norm.length() > 3
                && (givenNames.contains(norm.substring(1)) || stopwords.contains(norm.substring(1)))) {
            return null; // أحمد ومحمد: two people, or a name and a preposition's phrase
        }
        if (AR_CONNECTORS.contains(norm)) {
            // أبو ردينة، بن سلمان، عبد الله: the connector needs a name after it
            int k = j + 1;
            if (k < tokens.size() && !covered[k] && adjacent(text, tokens, k) && isNameToken(tokens.get(k))) {
                return new Found(EntityType.PERSON, given, k + 1, prefix);
            }
            return null;
        }
        boolean familyNisba = isAdjective(norm) && !nisba.contains(norm); // الزبيدي, not السوري
        if (!isNameToken(tokens.get(j)) && !familyNisba) {
            return null;
        }
        return new Found(EntityType.PERSON, given, j + 1, prefix);
    }

    /** A definite head and the adjectives after it (المحكمة الدستورية العليا); the head alone names nothing. */
    private Found definiteOrganization(String text, List<Token> tokens, boolean[] covered, int head, int prefix) {
        int j = head + 1;
        while (j < tokens.size() && j - head <= 3 && !covered[j] && adjacent(text, tokens, j)
                && isAdjective(tokens.get(j).norm())) {
            j++;
        }
        return j == head + 1 ? null : new Found(EntityType.ORGANIZATION, head, j, prefix);
    }

    /** The name after a place noun (مدينة الرمادي): the place is the name, without the noun. */
    private Found arabicPlace(String text, List<Token> tokens, boolean[] covered, int noun) {
        int j = noun + 1;
        if (j >= tokens.size() || covered[j] || !adjacent(text, tokens, j)) {
            return null;
        }
        Token name = tokens.get(j);
        String norm = name.norm();
        boolean definite = norm.startsWith("ال");
        // "منطقة عسكرية" describes a place, "مدينة الرمادي" names one
        boolean participle = !definite && norm.startsWith("م") && norm.endsWith("ه") && norm.length() >= 5;
        boolean describes = (!definite && (norm.endsWith("يه") || norm.endsWith("ي"))) || nisba.contains(norm)
                || participle
                || GENERIC.contains(norm) || stopwords.contains(norm) || !name.isArabic() || norm.length() < 3;
        return describes || AR_VERBS.contains(norm) || AR_ORG_HEADS.contains(norm)
                ? null : new Found(EntityType.LOCATION, j, j + 1);
    }

    private Found arabicPerson(String text, List<Token> tokens, boolean[] covered, int title, boolean construct) {
        int j = title + 1;
        if (construct) {
            // the complement: وزير الخارجية، رئيس مجلس الوزراء
            for (int skipped = 0; j < tokens.size() && skipped < 3 && adjacent(text, tokens, j)
                    && isComplement(tokens.get(j).norm()); skipped++) {
                j++;
            }
            if (j == title + 1) {
                return null;
            }
        }
        // modifiers between title and name: nationality adjectives and honorifics (الروسي، الدكتور)
        while (j < tokens.size() && adjacent(text, tokens, j) && !covered[j]
                && (isAdjective(tokens.get(j).norm()) || AR_HONORIFICS.contains(tokens.get(j).norm())
                || AR_TITLE_MODIFIERS.contains(tokens.get(j).norm()))) {
            j++;
        }
        if (j >= tokens.size() || covered[j] || !separatedByCommaAtMost(text, tokens, j)
                || !isNameToken(tokens.get(j))) {
            return null;
        }
        int start = j;
        if (tokens.get(j).norm().startsWith("ال")) {
            return new Found(EntityType.PERSON, start, start + 1); // a family name alone: الرئيس الأسد
        }
        int end = j + 1;
        int max = AR_CONNECTORS.contains(tokens.get(j).norm()) ? 4 : 2;
        while (end < tokens.size() && end - start < max && !covered[end] && adjacent(text, tokens, end)
                && isNameToken(tokens.get(end))) {
            if (AR_CONNECTORS.contains(tokens.get(end).norm())) {
                max = Math.max(max, end - start + 2);
            }
            end++;
        }
        if (AR_CONNECTORS.contains(tokens.get(end - 1).norm())) {
            end--;
        }
        // a connector with nothing after it ("السيد أبو" then a quote) names no one
        return end > start ? new Found(EntityType.PERSON, start, end) : null;
    }

    private Found arabicOrganization(String text, List<Token> tokens, boolean[] covered, int head) {
        int j = head + 1;
        if (j >= tokens.size() || covered[j] || !adjacent(text, tokens, j) || !isNameToken(tokens.get(j))
                || AR_GENERIC_COMPLEMENTS.contains(tokens.get(j).norm()) || isIndefiniteAdjective(tokens.get(j))) {
            return null; // مجلس الإدارة، منظمة إرهابية: a description
        }
        j++;
        // genitives and adjectives continue the name: وزارة الخارجية الروسية، منظمة الصحة العالمية، هيئة
        // الإمارات للمواصفات والمقاييس; a conjunction continues it only after a genitive, before the fifth word
        while (j < tokens.size() && j - head < 5 && !covered[j] && adjacent(text, tokens, j)
                && continuesOrganization(tokens.get(j).norm(), j - head) && isOrganizationToken(tokens.get(j))) {
            j++;
        }
        // "وكالة أنباء النظام" describes an entity, it does not name one
        if (j < tokens.size() && adjacent(text, tokens, j) && GENERIC.contains(tokens.get(j).norm())) {
            return null;
        }
        int prefix = AR_ORG_HEADS.contains(tokens.get(head).norm()) ? 0 : 1; // ووزارة: the و is not the name
        return new Found(EntityType.ORGANIZATION, head, j, prefix);
    }

    private Found english(String text, List<Token> tokens, boolean[] covered, int i) {
        Token token = tokens.get(i);
        if (!token.isCapitalized()) {
            return null;
        }
        if (EN_TITLES.contains(token.text())) {
            int j = i + 1;
            while (j < tokens.size() && EN_TITLES.contains(tokens.get(j).text()) && adjacent(text, tokens, j)) {
                j++;
            }
            int end = capitalizedRun(text, tokens, covered, j, 3);
            return end > j ? new Found(EntityType.PERSON, j, end) : null;
        }
        if (EN_ORG_HEADS_OF.contains(token.text()) && i + 2 < tokens.size() && tokens.get(i + 1).norm().equals("of")) {
            int j = i + 2;
            if (tokens.get(j).norm().equals("the") && j + 1 < tokens.size()) {
                j++;
            }
            int end = capitalizedRun(text, tokens, covered, j, 3);
            return end > j ? new Found(EntityType.ORGANIZATION, i, end) : null;
        }
        if (EN_NOT_NAMES.contains(token.text())) {
            return null;
        }
        int end = capitalizedRun(text, tokens, covered, i, 4);
        if (end > i && end < tokens.size() && EN_ORG_HEADS_AFTER.contains(tokens.get(end).text())
                && adjacent(text, tokens, end)) {
            return new Found(EntityType.ORGANIZATION, i, end + 1);
        }
        if (end - i >= 2 && end < tokens.size() && EN_SPEECH.contains(tokens.get(end).norm())
                && adjacent(text, tokens, end)) {
            return new Found(EntityType.PERSON, i, end);
        }
        return null;
    }

    /** End of a run of capitalised tokens (with name connectors inside) starting at {@code from}. */
    private static int capitalizedRun(String text, List<Token> tokens, boolean[] covered, int from, int max) {
        int end = from;
        while (end < tokens.size() && end - from < max && !covered[end]
                && (end == from || adjacent(text, tokens, end))) {
            Token t = tokens.get(end);
            boolean connector = end > from && EN_NAME_CONNECTORS.contains(t.text())
                    && end + 1 < tokens.size() && tokens.get(end + 1).isCapitalized();
            if (!(t.isCapitalized() && !t.isArabic() && !t.isNumber()
                    && !EN_ORG_HEADS_AFTER.contains(t.text())) && !connector) {
                break;
            }
            end++;
        }
        return end;
    }

    private boolean isNameToken(Token token) {
        String norm = token.norm();
        // والروائي، للعب: a conjoined or prepositional definite noun begins a new phrase, not a name
        return token.isArabic() && norm.length() >= 2 && !norm.startsWith("وال") && !norm.startsWith("لل")
                && !stopwords.contains(norm) && !GENERIC.contains(norm)
                && !AR_TITLES.contains(norm) && !AR_CONSTRUCT_TITLES.contains(norm) && !AR_VERBS.contains(norm)
                && !AR_ORG_HEADS.contains(norm) && !isAdjective(norm);
    }

    private boolean isOrganizationToken(Token token) {
        String norm = token.norm();
        return !stopwords.contains(norm) && !GENERIC.contains(norm) && !AR_TITLES.contains(norm);
    }

    private static boolean continuesOrganization(String norm, int position) {
        return (norm.startsWith("ال") && position < 4) || (norm.startsWith("لل") && norm.length() >= 5)
                || (position >= 2 && norm.startsWith("وال") && norm.length() >= 6);
    }

    /** منظمة إرهابية، محكمة تركية: an indefinite relative adjective describes the head, it names nothing. */
    private static boolean isIndefiniteAdjective(Token token) {
        String norm = token.norm();
        return !norm.startsWith("ال") && norm.length() >= 4 && norm.endsWith("يه");
    }

    private static boolean isComplement(String norm) {
        return norm.startsWith("ال") || norm.equals("مجلس") || norm.equals("هيئه") || norm.startsWith("لل");
    }

    /** Nationality and other relative adjectives (الروسي، السورية): ال + stem + ي/ية. */
    private static boolean isAdjective(String norm) {
        return norm.startsWith("ال") && norm.length() >= 5 && (norm.endsWith("ي") || norm.endsWith("يه"));
    }

    private static String stripConjunction(String norm) {
        return norm.length() > 3 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? norm.substring(1) : norm;
    }

    /** Token {@code j} follows token {@code j-1} with only spaces or hyphens between them. */
    private static boolean adjacent(String text, List<Token> tokens, int j) {
        for (int k = tokens.get(j - 1).end(); k < tokens.get(j).start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean separatedByCommaAtMost(String text, List<Token> tokens, int j) {
        for (int k = tokens.get(j - 1).end(); k < tokens.get(j).start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '،' && c != ',') {
                return false;
            }
        }
        return true;
    }

    private static Set<String> normalized(String words) {
        return Stream.of(words.split("\\s+")).filter(w -> !w.isEmpty()).map(ArabicNormalizer::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }
}
