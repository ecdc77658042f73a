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
    void quotedNamesAndQuotesWithoutSpeechAreNotQuotes() {
        assertThat(quotes("لقاح", "وقالت \u201Cسانا\u201D إن شحنة من لقاح \u201Cسبوتنيك V\u201D وصلت.")).isEmpty();
        assertThat(quotes("Film", "The film \"A Long Way Home Again\" opens on Friday.")).isEmpty();
    }

    @Test
    void aQuoteWithoutAKnownSpeakerHasAnEmptySpeaker() {
        assertThat(quotes("تصريح", "وقال مصدر مطلع: \"لم يتخذ أي قرار حتى الآن\"."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker().entityId()).isNull();
                    assertThat(q.speaker().text()).isEmpty();
                });
    }
}
