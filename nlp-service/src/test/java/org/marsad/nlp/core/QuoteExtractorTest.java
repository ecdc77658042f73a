package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;
import org.marsad.events.Enrichment;
import org.marsad.events.Quote;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteExtractorTest {

    private static List<Quote> quotes(String title, String body) {
        Enrichment e = NlpFixtures.pipeline().enrich(TextAssemblerTest.article(title, body, null));
        e.quotes().forEach(q -> assertThat(e.cleanText().substring(q.start(), q.end())).isEqualTo(q.text()));
        return e.quotes();
    }

    @Test
    void attributesArabicQuotesToTheNearestPersonBefore() {
        List<Quote> quotes = quotes("لقاء", "التقى ماكرون بوتين، وقال بوتين: «إن العلاقات بين البلدين جيدة جداً» ثم غادر.");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("إن العلاقات بين البلدين جيدة جداً");
            assertThat(q.speaker().entityId()).isEqualTo("per:vladimir-putin");
            assertThat(q.speaker().text()).isEqualTo("بوتين");
        });
    }

    @Test
    void attributesAnEnglishQuoteToTheSpeakerAfterIt() {
        List<Quote> quotes = quotes("Talks", "\u201CWe have agreed on the main points,\u201D Macron told reporters.");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We have agreed on the main points,");
            assertThat(q.speaker().entityId()).isEqualTo("per:emmanuel-macron");
        });
    }

    @Test
    void quotedNamesAreNotQuotesButWhatTheySaidIs() {
        assertThat(quotes("لقاح", "وقالت \u201Cسانا\u201D إن شحنة من لقاح \u201Cسبوتنيك V\u201D وصلت."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("شحنة من لقاح \u201Cسبوتنيك V\u201D وصلت.");
                    assertThat(q.speaker().entityId()).isEqualTo("org:sana");
                });
        assertThat(quotes("Film", "The film \"A Long Way Home Again\" opens on Friday.")).isEmpty();
    }

    @Test
    void aSpeakerTheArticleDoesNotNameIsGivenByTheWordsWithoutAnId() {
        assertThat(quotes("تصريح", "وقال مصدر مطلع: \"لم يتخذ أي قرار حتى الآن\"."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker().entityId()).isNull();
                    assertThat(q.speaker().text()).isEqualTo("مصدر مطلع");
                });
    }

    @Test
    void speechAfterAColonWithoutMarksRunsToTheEndOfTheParagraph() {
        List<Quote> quotes = quotes("لقاء", """
                وأضاف بوتين: نحن نعمل معاً من أجل السلام.. والنتائج واضحة للجميع.
                وغادر الوفد في المساء.""");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("نحن نعمل معاً من أجل السلام.. والنتائج واضحة للجميع.");
            assertThat(q.speaker().entityId()).isEqualTo("per:vladimir-putin");
        });
    }

    @Test
    void reportedSpeechAfterANamedSpeakerRunsToTheEndOfTheSentence() {
        List<Quote> quotes = quotes("لقاء", "وأوضح لافروف أن المحادثات ستستأنف الأسبوع المقبل في جنيف. ثم غادر القاعة.");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("المحادثات ستستأنف الأسبوع المقبل في جنيف.");
            assertThat(q.speaker().entityId()).isEqualTo("per:sergei-lavrov");
        });
    }

    @Test
    void aDescriptionTheArticleTiedToANameSpeaksForThatPerson() {
        List<Quote> quotes = quotes("لقاء", """
                استقبل الرئيس الروسي، فلاديمير بوتين، الرئيس السوري بشار الأسد.
                وقال الرئيس الروسي إن الأسد \u201Cيبذل جهداً كبيراً من أجل الحوار\u201D.""");
        assertThat(quotes).singleElement().extracting(q -> q.speaker().entityId()).isEqualTo("per:vladimir-putin");
    }

    @Test
    void aVerbWithoutSubjectContinuesThePreviousSpeaker() {
        List<Quote> quotes = quotes("لقاء", """
                وقال بشار الأسد: "نحن نقدر المساعدة الروسية كثيراً".
                وأضاف أن "العمل المشترك سيستمر في كل المجالات".""");
        assertThat(quotes).hasSize(2).allSatisfy(q ->
                assertThat(q.speaker().entityId()).isEqualTo("per:bashar-al-assad"));
    }

    @Test
    void theLatterIsTheLastPersonNamed() {
        List<Quote> quotes = quotes("لقاء", "وفي لقاء بوتين ولافروف، قال الأخير إنه \u201Cسعيد بهذه الزيارة المهمة\u201D.");
        assertThat(quotes).singleElement().extracting(q -> q.speaker().entityId()).isEqualTo("per:sergei-lavrov");
    }
}
