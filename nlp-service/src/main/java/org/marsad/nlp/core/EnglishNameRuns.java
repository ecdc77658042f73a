package org.marsad.nlp.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Candidate names in English text: maximal runs of capitalised words on one line, with the small words names
 * contain ("Ursula von der Leyen", "Bashar al-Assad") and "of" after a head that takes it ("Bank of England",
 * "University of the West"). Also says which tokens start a sentence, where capitals prove nothing.
 */
public final class EnglishNameRuns {

    /** Tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public record Run(int from, int to) {
    }

    private static final Set<String> CONNECTORS = Set.of("al", "el", "bin", "ibn", "de", "da", "di", "del", "della",
            "dos", "du", "van", "von", "der", "den", "la", "le", "ter", "y");
    /** Abbreviations whose full stop ends no sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "gov",
            "rep", "col", "capt", "lt", "sgt", "prof", "rev", "jr", "sr", "co", "corp", "inc", "ltd", "vs", "no",
            "u", "s", "mt", "ft");

    private final Set<String> ofHeads;

    public EnglishNameRuns(Set<String> ofHeads) {
        this.ofHeads = ofHeads;
    }

    public List<Run> find(String text, List<Token> tokens) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isNameWord(tokens.get(i))) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && joined(text, tokens, end)) {
                Token t = tokens.get(end);
                if (isNameWord(t)) {
                    end++;
                } else if (CONNECTORS.contains(t.text()) && end + 1 < tokens.size() && joined(text, tokens, end + 1)
                        && isNameWord(tokens.get(end + 1))) {
                    end += 2;
                } else if (t.text().equals("of") && (ofHeads.contains(tokens.get(end - 1).norm())
                        || ofHeads.contains(tokens.get(i).norm()))) {
                    int next = end + 1;
                    if (next < tokens.size() && tokens.get(next).text().equals("the")) {
                        next++;
                    }
                    if (next < tokens.size() && joined(text, tokens, next) && joined(text, tokens, end + 1)
                            && isNameWord(tokens.get(next))) {
                        end = next + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            runs.add(new Run(i, end));
            i = end - 1;
        }
        return runs;
    }

    /**
     * True for each token that starts a sentence (or a title, a line, a quotation): after a full stop, a line
     * break, a colon or an opening quote.
     */
    public static boolean[] sentenceStarts(String text, List<Token> tokens) {
        boolean[] starts = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i == 0) {
                starts[i] = true;
                continue;
            }
            Token previous = tokens.get(i - 1);
            for (int k = previous.end(); k < tokens.get(i).start(); k++) {
                char c = text.charAt(k);
                // a straight quote opens a quotation only when it touches the word: '"This' but not ', "Amira'
                boolean opening = c == '\u201C' || c == '\u2018' || (c == '"' && k == tokens.get(i).start() - 1);
                if (c == '\n' || c == '!' || c == '?' || c == ':' || opening || c == '('
                        || (c == '.' && !abbreviation(previous))) {
                    starts[i] = true;
                    break;
                }
            }
        }
        return starts;
    }

    /** A small word inside names: "of", "al", "von". */
    static boolean isConnector(String norm) {
        return norm.equals("of") || norm.equals("the") || CONNECTORS.contains(norm);
    }

    private static boolean abbreviation(Token token) {
        return token.text().length() == 1 && Character.isUpperCase(token.text().charAt(0))
                || ABBREVIATIONS.contains(token.norm());
    }

    private static boolean isNameWord(Token token) {
        return token.isCapitalized() && !token.isArabic();
    }

    /** Token {@code j} continues the name of token {@code j - 1}: a space, a hyphen, an apostrophe between. */
    private static boolean joined(String text, List<Token> tokens, int j) {
        Token previous = tokens.get(j - 1);
        int from = previous.end();
        int to = tokens.get(j).start();
        if (to - from > 3 || to == from) {
            return false;
        }
        if (to - from == 1 && "-'\u2019".indexOf(text.charAt(from)) >= 0) {
            return true; // Lewis-Francis, O'Neill
        }
        // otherwise spaces, with at most an ampersand or an initial's full stop: "Marks & Spencer", "George W. Bush"
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '&' || (c == '.' && k == from && abbreviation(previous)))) {
                return false;
            }
        }
        return true;
    }
}
