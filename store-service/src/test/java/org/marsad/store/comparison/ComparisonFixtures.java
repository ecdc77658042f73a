package org.marsad.store.comparison;

import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;
import org.marsad.events.NumberMention;
import org.marsad.events.Quote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Two reports of one invented event, written for these tests, by outlets with opposite framing: an opposition
 * site ("النظام", "رئيس النظام", 12 killed) and a state agency ("الجيش العربي السوري", "السيد الرئيس", 3 killed).
 * Both carry the same statement of a UN envoy, in slightly different words. Entities, quotes and numbers are
 * annotated here by hand, as the NLP would.
 */
final class ComparisonFixtures {

    static final String OPPOSITION = "المرصد الحر";
    static final String STATE = "وكالة الأنباء الرسمية";

    static final String ENVOY_WORDS = "ندعو جميع الأطراف إلى وقف فوري لإطلاق النار وحماية المدنيين";

    static final String OPPOSITION_TEXT = """
            قوات النظام تقصف بلدة كفرنبل وتقتل 12 مدنيا

            قصفت قوات النظام صباح اليوم بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل 12 مدنيا بينهم أطفال.
            وقال مدير الدفاع المدني رائد الصالح إن "القصف استهدف سوقا شعبيا مكتظا بالمدنيين".
            وأضاف أن ميليشيات النظام المدعومة من روسيا تواصل خرق الهدنة في إدلب، وأن طائرات النظام عادت إلى \
            سماء المنطقة بعد الظهر.
            وقال المبعوث الأممي غير بيدرسن: "ندعو جميع الأطراف إلى وقف فوري لإطلاق النار وحماية المدنيين".
            ويواصل رئيس النظام بشار الأسد حملته على المنطقة منذ أشهر، فيما يلتزم رئيس النظام الصمت.
            """;

    static final String STATE_TEXT = """
            الجيش العربي السوري يرد على اعتداءات الإرهابيين في ريف إدلب

            ردت وحدات من الجيش العربي السوري اليوم على اعتداءات المجموعات الإرهابية في ريف إدلب بعد استشهاد \
            3 مدنيين جراء قذائف الإرهابيين.
            وقال مصدر عسكري إن "وحدات الجيش دمرت أوكارا للإرهابيين في محيط كفرنبل".
            وأكد السيد الرئيس بشار الأسد أن الجيش العربي السوري ماض في مكافحة الإرهاب، وأن السيد الرئيس يتابع \
            عمل الوحدات.
            وقال المبعوث الأممي غير بيدرسن: "ندعو جميع الأطراف إلى وقف فوري لإطلاق النار وحماية المدنيين في إدلب".
            """;

    private ComparisonFixtures() {
    }

    static ComparedArticle opposition() {
        String t = OPPOSITION_TEXT;
        return new ComparedArticle("opp1", OPPOSITION, "ar", firstLine(t), Instant.parse("2024-03-01T09:00:00Z"), t,
                List.of(entity(t, "per:bashar-al-assad", EntityType.PERSON, "بشار الأسد", "بشار الأسد"),
                        entity(t, "loc:idlib", EntityType.LOCATION, "إدلب", "إدلب"),
                        entity(t, "loc:kafranbel", EntityType.LOCATION, "كفرنبل", "كفرنبل"),
                        entity(t, "per:geir-pedersen", EntityType.PERSON, "غير بيدرسن", "غير بيدرسن"),
                        entity(t, "per:raed-saleh", EntityType.PERSON, "رائد الصالح", "رائد الصالح"),
                        entity(t, "loc:RU", EntityType.LOCATION, "روسيا", "روسيا")),
                List.of(quote(t, "per:raed-saleh", "رائد الصالح", "القصف استهدف سوقا شعبيا مكتظا بالمدنيين"),
                        quote(t, "per:geir-pedersen", "غير بيدرسن", ENVOY_WORDS)),
                numbers(t, "12 مدنيا", 12),
                List.of());
    }

    static ComparedArticle state() {
        String t = STATE_TEXT;
        return new ComparedArticle("sta1", STATE, "ar", firstLine(t), Instant.parse("2024-03-01T11:00:00Z"), t,
                List.of(entity(t, "per:bashar-al-assad", EntityType.PERSON, "بشار الأسد", "بشار الأسد"),
                        entity(t, "loc:idlib", EntityType.LOCATION, "إدلب", "إدلب"),
                        entity(t, "loc:kafranbel", EntityType.LOCATION, "كفرنبل", "كفرنبل"),
                        entity(t, "per:geir-pedersen", EntityType.PERSON, "غير بيدرسن", "غير بيدرسن"),
                        entity(t, "org:syrian-arab-army", EntityType.ORGANIZATION, "الجيش العربي السوري",
                                "الجيش العربي السوري")),
                List.of(quote(t, null, "مصدر عسكري", "وحدات الجيش دمرت أوكارا للإرهابيين في محيط كفرنبل"),
                        quote(t, "per:geir-pedersen", "غير بيدرسن", ENVOY_WORDS + " في إدلب")),
                numbers(t, "3 مدنيين", 3),
                List.of());
    }

    static String firstLine(String text) {
        return text.substring(0, text.indexOf('\n'));
    }

    /** An entity with a mention at every occurrence of {@code surface}. */
    static Entity entity(String text, String id, EntityType type, String name, String surface) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
            mentions.add(new Mention(surface, i, i + surface.length()));
        }
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException(surface + " not in fixture");
        }
        return new Entity(id, type, name, List.of(), mentions);
    }

    static Quote quote(String text, String speakerId, String speaker, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException(words + " not in fixture");
        }
        return new Quote(new Quote.Speaker(speakerId, speaker), words, start, start + words.length());
    }

    /** The number at every occurrence of {@code surface} (its digits only, as the NLP reports counts). */
    static List<NumberMention> numbers(String text, String surface, double value) {
        List<NumberMention> out = new ArrayList<>();
        for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
            String digits = surface.substring(0, surface.indexOf(' '));
            out.add(new NumberMention(digits, value, null, i, i + digits.length()));
        }
        return out;
    }
}
