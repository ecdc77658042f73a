package org.marsad.nlp.core;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.marsad.events.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences: ICU's sentence rules (which know the Arabic question mark and full stop), and a
 * line break always ends a sentence (headlines, datelines and paragraphs carry no final stop). Spans are
 * trimmed and never empty.
 */
public final class SentenceSplitter {

    /**
     * BreakIterators are not thread-safe: each call works on a clone of this prototype. {@code ss=standard}
     * keeps English abbreviations (Mr., Dr.) inside their sentence; it changes nothing for Arabic.
     */
    private final BreakIterator prototype = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

    public List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        BreakIterator sentences = (BreakIterator) prototype.clone();
        sentences.setText(text);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            int lineStart = start;
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == '\n') {
                    addTrimmed(text, lineStart, i, spans);
                    lineStart = i + 1;
                }
            }
            addTrimmed(text, lineStart, end, spans);
        }
        return spans;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
