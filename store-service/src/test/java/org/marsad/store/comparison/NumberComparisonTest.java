package org.marsad.store.comparison;

import org.junit.jupiter.api.Test;
import org.marsad.events.NumberMention;
import org.marsad.store.comparison.StoryComparison.Agreement;
import org.marsad.store.comparison.StoryComparison.NumberGroup;
import org.marsad.store.comparison.StoryComparison.ReportedNumber;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.comparison.ComparisonFixtures.OPPOSITION;
import static org.marsad.store.comparison.ComparisonFixtures.STATE;

class NumberComparisonTest {

    private final StoryComparer comparer = new StoryComparer();

    @Test
    void theTwoDeathTollsDisagree() {
        List<NumberGroup> numbers = comparer
                .compare(List.of(ComparisonFixtures.opposition(), ComparisonFixtures.state())).numbers();
        assertThat(numbers).hasSize(1);
        NumberGroup deaths = numbers.get(0);
        assertThat(deaths.kind()).isEqualTo("deaths");
        assertThat(deaths.agreement()).isEqualTo(Agreement.disagree);
        // the opposition's 12 is in its title and its body: one value
        assertThat(deaths.values()).extracting(ReportedNumber::outlet, ReportedNumber::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OPPOSITION, 12.0),
                        org.assertj.core.groups.Tuple.tuple(STATE, 3.0));
    }

    @Test
    void englishAndArabicDeathTollsThatMatchAgree() {
        List<NumberGroup> numbers = comparer.compare(List.of(
                article("a", "Wire", "en", "At least 15 people were killed in the strike, officials said."),
                article("b", "Daily", "ar", "وأسفرت الغارة عن سقوط 15 قتيلا، وفق مصادر محلية.")))
                .numbers();
        assertThat(numbers).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo("deaths");
            assertThat(g.agreement()).isEqualTo(Agreement.agree);
        });
    }

    @Test
    void figuresOfOtherKindsGroupByHeadNounAndUnit() {
        List<NumberGroup> numbers = comparer.compare(List.of(
                article("a", "Wire", "ar", "وارتفعت الصادرات 35 بالمئة، وزار الوفد 4 مدن."),
                article("b", "Daily", "ar", "وزار الوفد 5 مدن في جولته.")))
                .numbers();
        assertThat(numbers).extracting(NumberGroup::kind, NumberGroup::unit, NumberGroup::agreement)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("مدن", null, Agreement.disagree),
                        org.assertj.core.groups.Tuple.tuple("الصادرات", "percent", Agreement.single));
    }

    @Test
    void sharesWithAUnitJoinWhenTheirClausesShareAWord() {
        List<NumberGroup> numbers = comparer.compare(List.of(
                article("a", "Wire", "ar", "فالجيش السوري يسيطر على أكثر من 90 بالمئة من البلاد."),
                article("b", "Daily", "ar", "وباتت الحكومة السورية تسيطر على 90 بالمئة من الأراضي."),
                article("c", "Other", "ar", "وارتفعت الأسعار 90 بالمئة.")))
                .numbers();
        assertThat(numbers).extracting(g -> g.values().size(), NumberGroup::agreement)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Agreement.agree),
                        org.assertj.core.groups.Tuple.tuple(1, Agreement.single));
    }

    @Test
    void yearsAreNotFigures() {
        assertThat(comparer.compare(List.of(article("a", "Wire", "ar", "زار موسكو في آذار 2011."))).numbers())
                .isEmpty();
    }

    /** An article with the numbers of its text found the way the NLP reports them (digits, a unit). */
    private static ComparedArticle article(String id, String outlet, String language, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+( بالمئة)?").matcher(text);
        List<NumberMention> numbers = new java.util.ArrayList<>();
        while (m.find()) {
            String unit = m.group(1) == null ? null : "percent";
            numbers.add(new NumberMention(m.group(), Double.parseDouble(m.group().split(" ")[0]), unit, m.start(),
                    m.end()));
        }
        return new ComparedArticle(id, outlet, language, null, Instant.parse("2024-01-01T00:00:00Z"), text,
                List.of(), List.of(), numbers, List.of());
    }
}
