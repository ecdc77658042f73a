package org.marsad.nlp.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens (letters with their combining marks, tatweel included) and number tokens (runs
 * of digits in any script). A letter run and a digit run glued together ("عام2017") are two tokens.
 * Everything else (spaces, punctuation, symbols) separates tokens. A plain scanner: no allocation besides the
 * tokens, no backtracking.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int kind = kind(cp);
            if (kind == OTHER) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < n) {
                int next = text.codePointAt(i);
                int k = kind(next);
                // marks attach to the word before them, whatever their script
                if (k != kind && !(kind == WORD && k == MARK)) {
                    break;
                }
                i += Character.charCount(next);
            }
            if (kind == MARK) {
                continue; // a stray mark with no letter before it is not a word
            }
            String word = text.substring(start, i);
            tokens.add(new Token(word, ArabicNormalizer.normalize(word), start, i));
        }
        return tokens;
    }

    private static final int OTHER = 0;
    private static final int WORD = 1;
    private static final int NUMBER = 2;
    private static final int MARK = 3;

    private static int kind(int cp) {
        if (cp < 0x80) {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
                return WORD;
            }
            return cp >= '0' && cp <= '9' ? NUMBER : OTHER;
        }
        if (Character.isLetter(cp)) {
            return WORD;
        }
        if (Character.isDigit(cp)) {
            return NUMBER;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return MARK;
        }
        return OTHER;
    }
}
