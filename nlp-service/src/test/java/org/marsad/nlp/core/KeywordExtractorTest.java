package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Keyword;
import org.marsad.events.Mention;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordExtractorTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final KeywordExtractor extractor = new KeywordExtractor(new Stopwords(), new LightStemmer());

    @Test
    void ranksRepeatedContentWordsAndEntitiesAboveFunctionWords() {
        String text = "مفاوضات الطاقة\n\nقال الوزير إن مفاوضات الطاقة مستمرة، وإن المفاوضات حول الطاقة والغاز في "
                + "موسكو ستتواصل، لأن الطاقة أولوية.";
        int moscow = text.indexOf("موسكو");
        List<Entity> entities = List.of(new Entity("loc:moscow", EntityType.LOCATION, "موسكو", List.of(),
                List.of(new Mention("موسكو", moscow, moscow + 5))));
        List<Keyword> keywords = extractor.extract(tokenizer.tokenize(text), entities, text.indexOf("\n\n"));
        assertThat(keywords.get(0).term()).isEqualTo("الطاقة");
        assertThat(keywords.get(0).score()).isEqualTo(1.0);
        assertThat(keywords).extracting(Keyword::term).contains("مفاوضات", "موسكو")
                .doesNotContain("إن", "في", "قال", "لأن");
        assertThat(keywords).extracting(Keyword::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void groupsInflectionsAndDropsProclitics() {
        String text = "الإرهابيين والإرهابيين للإرهابيين";
        assertThat(extractor.extract(tokenizer.tokenize(text), List.of(), 0)).extracting(Keyword::term)
                .containsExactly("الإرهابيين");
    }

    @Test
    void keepsAtMostTen() {
        String text = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november";
        assertThat(extractor.extract(tokenizer.tokenize(text), List.of(), 0)).hasSize(10);
    }
}
