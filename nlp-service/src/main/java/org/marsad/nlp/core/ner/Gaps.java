package org.marsad.nlp.core.ner;

import org.marsad.nlp.core.Token;

import java.util.List;

/**
 * What separates a token from its neighbours: nothing, a space, a line break, or the punctuation mark nearest to
 * it. Quotes, brackets, commas and datelines' dashes are strong hints of where names start and end.
 */
public final class Gaps {

    private Gaps() {
    }

    /**
     * For each token, whether a name cannot run on into it from the token before: a line break, or a mark that
     * ends a name (colon, comma, semicolon, brackets, a full stop before a space). "بوتين: سعيد" is two things.
     */
    public static boolean[] breaks(String text, List<Token> tokens) {
        boolean[] breaks = new boolean[tokens.size()];
        for (int i = 1; i < tokens.size(); i++) {
            for (int k = tokens.get(i - 1).end(); k < tokens.get(i).start(); k++) {
                char c = text.charAt(k);
                if (BREAKING.indexOf(c) >= 0 || (c == '.' && k + 1 < text.length() && text.charAt(k + 1) == ' ')) {
                    breaks[i] = true;
                    break;
                }
            }
        }
        return breaks;
    }

    private static final String BREAKING = "\n:,،;؛()[]!?؟";

    static String before(String text, List<Token> tokens, int i) {
        int from = i == 0 ? 0 : tokens.get(i - 1).end();
        return describe(text, from, tokens.get(i).start(), true);
    }

    static String after(String text, List<Token> tokens, int i) {
        int to = i + 1 < tokens.size() ? tokens.get(i + 1).start() : text.length();
        return describe(text, tokens.get(i).end(), to, false);
    }

    private static String describe(String text, int from, int to, boolean nearestLast) {
        if (from >= to) {
            return from == 0 || to == text.length() ? "^" : "";
        }
        boolean lineBreak = false;
        char mark = 0;
        for (int k = nearestLast ? to - 1 : from; nearestLast ? k >= from : k < to; k += nearestLast ? -1 : 1) {
            char c = text.charAt(k);
            if (c == '\n') {
                lineBreak = true;
            } else if (!Character.isWhitespace(c) && mark == 0) {
                mark = c;
            }
        }
        String gap = lineBreak ? "\n" : " ";
        return mark == 0 ? gap : gap + mark;
    }
}
