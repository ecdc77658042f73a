package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;
import org.marsad.events.Enrichment;

import static org.assertj.core.api.Assertions.assertThat;

class SummarizerTest {

    @Test
    void picksBodySentencesInOriginalOrderWithoutTheTitle() {
        Enrichment e = NlpFixtures.pipeline().enrich(
                TextAssemblerTest.article(NlpFixtures.ARABIC_TITLE, NlpFixtures.ARABIC_BODY, null));
        String summary = e.summary();
        assertThat(summary).isNotBlank().doesNotStartWith(NlpFixtures.ARABIC_TITLE);
        // every part is a sentence of the text, in the text's order
        int last = -1;
        int sentences = 0;
        for (var span : e.sentences()) {
            String sentence = e.cleanText().substring(span.start(), span.end());
            int at = summary.indexOf(sentence);
            if (at >= 0 && span.start() > NlpFixtures.ARABIC_TITLE.length()) {
                assertThat(at).isGreaterThan(last);
                last = at;
                sentences++;
            }
        }
        assertThat(sentences).isBetween(2, 3);
        assertThat(summary).contains("فلاديمير بوتين");
    }

    @Test
    void doesNotRepeatASentence() {
        String body = "وصل الوفد الرسمي إلى العاصمة صباح اليوم للمشاركة في المؤتمر.\n"
                + "وصل الوفد الرسمي إلى العاصمة صباح اليوم للمشاركة في المؤتمر.\n"
                + "وناقش المشاركون ملفات الطاقة والمياه والزراعة في جلسات مطولة.";
        String summary = NlpFixtures.pipeline().enrich(TextAssemblerTest.article("المؤتمر", body, null)).summary();
        assertThat(summary.indexOf("وصل الوفد")).isEqualTo(summary.lastIndexOf("وصل الوفد"));
    }

    @Test
    void aTitleOnlyArticleIsItsOwnSummary() {
        assertThat(NlpFixtures.pipeline().enrich(TextAssemblerTest.article("عنوان فقط", null, null)).summary())
                .isEqualTo("عنوان فقط");
    }
}
