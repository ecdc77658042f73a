package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;
import org.marsad.events.NumberMention;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NumberExtractorTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final NumberExtractor extractor = new NumberExtractor();

    private List<NumberMention> extract(String text) {
        List<NumberMention> numbers = extractor.extract(text, tokenizer.tokenize(text));
        numbers.forEach(n -> assertThat(text.substring(n.start(), n.end())).isEqualTo(n.text()));
        return numbers;
    }

    @Test
    void readsPercentagesWrittenInEveryWay() {
        assertThat(extract("ارتفع 90 % ثم ٤٥٪ ثم 30 بالمئة ثم 20 بالمائة ثم 12.5 في المئة"))
                .extracting(NumberMention::value, NumberMention::unit)
                .containsExactly(tuple(90.0, "percent"), tuple(45.0, "percent"), tuple(30.0, "percent"),
                        tuple(20.0, "percent"), tuple(12.5, "percent"));
        assertThat(extract("up 7 percent and 3 per cent")).extracting(NumberMention::unit)
                .containsExactly("percent", "percent");
    }

    @Test
    void readsDecimalsThousandsScalesAndCurrencies() {
        assertThat(extract("زاد 3.5 مرات و٢٫٥ مرة، وبلغ 1,250,000 دولار و5 ملايين يورو and $1.2 billion"))
                .extracting(NumberMention::value, NumberMention::unit)
                .containsExactly(tuple(3.5, "times"), tuple(2.5, "times"), tuple(1_250_000.0, "USD"),
                        tuple(5_000_000.0, "EUR"), tuple(1.2e9, "USD"));
    }

    @Test
    void readsArabicNumberWordsWithAHalf() {
        List<NumberMention> numbers = extract("ازداد التبادل ثلاثة مرات ونصف المرة خلال ست سنوات");
        assertThat(numbers).extracting(NumberMention::text, NumberMention::value, NumberMention::unit)
                .containsExactly(tuple("ثلاثة مرات ونصف", 3.5, "times"), tuple("ست", 6.0, null));
        assertThat(extract("أربعة ونصف")).extracting(NumberMention::value).containsExactly(4.5);
    }

    @Test
    void aHalfAloneIsNotANumber() {
        assertThat(extract("في النصف الأول من العام")).isEmpty();
    }

    @Test
    void joinsUnitsToTensAndScalesNumberWords() {
        assertThat(extract("قتل خمسة وعشرون شخصا وفر عشرين ألف مدني"))
                .extracting(NumberMention::text, NumberMention::value)
                .containsExactly(tuple("خمسة وعشرون", 25.0), tuple("عشرين ألف", 20000.0));
        assertThat(extract("بلغت الخسائر 25 ألفا")).extracting(NumberMention::value).containsExactly(25000.0);
    }
}
