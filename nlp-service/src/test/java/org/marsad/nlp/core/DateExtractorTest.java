package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;
import org.marsad.events.DateMention;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DateExtractorTest {

    private static final Instant PUBLISHED = Instant.parse("2024-03-05T08:00:00Z");

    private final Tokenizer tokenizer = new Tokenizer();
    private final DateExtractor extractor = new DateExtractor();

    private List<DateMention> extract(String text, Instant published) {
        List<DateMention> dates = extractor.extract(text, tokenizer.tokenize(text), published);
        dates.forEach(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
        return dates;
    }

    @Test
    void readsIsoAndMonthNamesOfEveryTradition() {
        assertThat(extract("في 2024-02-29 ثم 15 آذار 2022 و3 يناير 2021 و١٢ جانفي ٢٠٢٠ وفي تشرين الأول من عام 2019",
                null)).extracting(DateMention::value)
                .containsExactly("2024-02-29", "2022-03-15", "2021-01-03", "2020-01-12", "2019-10");
    }

    @Test
    void readsEnglishDates() {
        assertThat(extract("Signed on 4 March 2024, after talks on September 14, 2021 and in May 2018.", null))
                .extracting(DateMention::value).containsExactly("2024-03-04", "2021-09-14", "2018-05");
    }

    @Test
    void resolvesRelativeDatesAgainstThePublicationDate() {
        assertThat(extract("التقى الوزيران أمس الإثنين، ويلتقيان اليوم وغداً، بعد لقاء في أيار الماضي وقبل نيسان المقبل",
                PUBLISHED)).extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("أمس الإثنين", "2024-03-04"), tuple("اليوم", "2024-03-05"),
                        tuple("غداً", "2024-03-06"), tuple("أيار الماضي", "2023-05"), tuple("نيسان المقبل", "2024-04"));
    }

    @Test
    void withoutAPublicationDateRelativeDatesAreNotGuessed() {
        assertThat(extract("التقى الوزيران أمس وفي أيار الماضي", null)).isEmpty();
    }

    @Test
    void aMonthNameAloneIsNotADate() {
        // آب is also "father", مارس also "practised"
        assertThat(extract("مارس الأب دوره وزار آب ابنه في May", PUBLISHED)).isEmpty();
    }

    @Test
    void readsAYearAfterTheWordYear() {
        assertThat(extract("منذ عام 2011 وفي العام 2015", null)).extracting(DateMention::value)
                .containsExactly("2011", "2015");
    }

    @Test
    void readsOrdinalDayWordsBeforeTheMonth() {
        assertThat(extract("في الثالث من تشرين الأول 2019 وفي الحادي عشر من سبتمبر 2001", PUBLISHED))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("الثالث من تشرين الأول 2019", "2019-10-03"),
                        tuple("الحادي عشر من سبتمبر 2001", "2001-09-11"));
    }
}
