package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;
import org.marsad.events.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsArabicOnStopsQuestionMarksAndLines() {
        String text = "عنوان الخبر\n\nهل وصل الوفد؟ نعم وصل صباحاً. وقال المتحدث إن اللقاء كان مثمراً!\nسطر أخير";
        assertThat(sentences(text)).containsExactly("عنوان الخبر", "هل وصل الوفد؟", "نعم وصل صباحاً.",
                "وقال المتحدث إن اللقاء كان مثمراً!", "سطر أخير");
    }

    @Test
    void doesNotSplitOnCommasOrAbbreviations() {
        String text = "Mr. Smith arrived in Washington, D.C. on Monday, and met the press. It rained.";
        assertThat(sentences(text)).hasSize(2);
        assertThat(sentences("قال، وأضاف؛ ثم مضى")).hasSize(1);
    }

    @Test
    void spansAreTrimmedAndNeverEmpty() {
        String text = "  أولى.   \n\n  ثانية.  ";
        List<Span> spans = splitter.split(text);
        assertThat(spans).hasSize(2);
        for (Span s : spans) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(text.substring(s.start(), s.end()).strip())
                    .isNotEmpty();
        }
    }
}
