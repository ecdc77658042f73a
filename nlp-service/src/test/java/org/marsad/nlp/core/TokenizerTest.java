package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void splitsWordsAndNumbersWithOffsets() {
        String text = "زار الوزيرُ دمشقَ عام2017، وقال: \"Hello, world\" ٣.٥";
        List<Token> tokens = tokenizer.tokenize(text);
        assertThat(tokens).extracting(Token::text)
                .containsExactly("زار", "الوزيرُ", "دمشقَ", "عام", "2017", "وقال", "Hello", "world", "٣", "٥");
        for (Token t : tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(tokens.get(1).norm()).isEqualTo("الوزير");
        assertThat(tokens.get(8).norm()).isEqualTo("3");
        assertThat(tokens.get(4).isNumber()).isTrue();
        assertThat(tokens.get(6).isCapitalized()).isTrue();
        assertThat(tokens.get(0).isArabic()).isTrue();
    }

    @Test
    void keepsAForeignCombiningMarkInsideTheWord() {
        assertThat(tokenizer.tokenize("فิصل المقداد")).extracting(Token::text).containsExactly("فิصل", "المقداد");
    }
}
