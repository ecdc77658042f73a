package org.marsad.nlp.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of known entities indexed by their first normalised token, each bucket longest name first, so that a
 * lookup at a token is one hash probe and a few token comparisons. When two entities share a name, the one
 * added first keeps it (the lexicon before countries before cities).
 */
public final class Gazetteer {

    /**
     * One name of an entry.
     *
     * @param tokens    normalised tokens
     * @param entry     whose name it is
     * @param written   the name as the lexicon writes it
     * @param exactCase the name is an acronym (WHO, AP): it matches only as written
     * @param adjective the name is also an adjective: it counts only after a preposition
     */
    public record Name(String[] tokens, LexiconEntry entry, String written, boolean exactCase, boolean adjective) {

        public boolean latin() {
            char c = written.charAt(0);
            return c < 0x250;
        }
    }

    private final Map<String, List<Name>> byFirstToken = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Tokenizer tokenizer;
    private final NisbaForms nisba;

    public Gazetteer(Tokenizer tokenizer, NisbaForms nisba) {
        this.tokenizer = tokenizer;
        this.nisba = nisba;
    }

    public void add(LexiconEntry entry) {
        for (String name : entry.allNames()) {
            List<Token> tokens = tokenizer.tokenize(name);
            if (tokens.isEmpty()) {
                continue;
            }
            String[] norms = tokens.stream().map(Token::norm).toArray(String[]::new);
            String key = String.join(" ", norms);
            if (!seen.add(key)) {
                continue;
            }
            boolean acronym = name.length() <= 5 && name.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
            boolean adjective = entry.adjectiveAliases().contains(name) || (norms.length == 1 && nisba.contains(key));
            byFirstToken.computeIfAbsent(norms[0], k -> new ArrayList<>())
                    .add(new Name(norms, entry, name, acronym, adjective));
        }
    }

    /** Call once after the last {@link #add}: longest names first in each bucket. */
    public void seal() {
        byFirstToken.values().forEach(names -> names.sort(Comparator.comparingInt((Name n) -> -n.tokens().length)));
    }

    /**
     * The longest name starting at token {@code i}, whose first token is read as {@code firstNorm} (the token
     * without its proclitics), or null. Tokens of a name must be separated by spaces or hyphens only.
     */
    public Name longestMatch(String text, List<Token> tokens, int i, String firstNorm) {
        List<Name> candidates = byFirstToken.get(firstNorm);
        if (candidates == null) {
            return null;
        }
        for (Name name : candidates) {
            if (matches(name, text, tokens, i)) {
                return name;
            }
        }
        return null;
    }

    private static boolean matches(Name name, String text, List<Token> tokens, int i) {
        String[] parts = name.tokens();
        if (i + parts.length > tokens.size()) {
            return false;
        }
        Token first = tokens.get(i);
        if (name.exactCase() && !first.text().equals(name.written())) {
            return false;
        }
        // an English name is a proper noun: "Jordan", not "jordan"
        if (name.latin() && Character.isUpperCase(name.written().charAt(0)) && !first.isCapitalized()) {
            return false;
        }
        for (int k = 1; k < parts.length; k++) {
            Token token = tokens.get(i + k);
            if (!token.norm().equals(parts[k]) || !joinedByName(text, tokens.get(i + k - 1).end(), token.start())) {
                return false;
            }
        }
        return true;
    }

    private static boolean joinedByName(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-' && c != '\u2011' && c != '\'' && c != '\u2019' && c != '.') {
                return false;
            }
        }
        return to - from <= 3;
    }
}
