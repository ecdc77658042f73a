package org.marsad.nlp.core;

import org.marsad.events.NumberMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline quantities: numbers in ASCII or Arabic-Indic digits (decimals with {@code .} or {@code ٫}, thousands
 * with {@code ,} or {@code ٬}), scaled by a following million/مليون, with a unit when the text gives one (percent
 * from {@code %}, {@code ٪}, بالمئة, في المئة; times from مرات; USD, EUR); and Arabic number words up to the
 * thousands, units joined to tens ("خمسة وعشرون" is 25), scaled by ألف/مليون ("عشرين ألف" is 20,000), with
 * "ونصف" adding a half ("ثلاثة مرات ونصف" is 3.5 times).
 */
public final class NumberExtractor {

    private static final Map<String, Double> WORDS = new HashMap<>();
    private static final Map<String, Double> SCALES = new HashMap<>();
    private static final Map<String, String> UNITS = new HashMap<>();

    static {
        String[][] words = {
                {"1", "واحد واحده"}, {"2", "اثنان اثنين اثنتان اثنتين"}, {"3", "ثلاث ثلاثه"}, {"4", "اربع اربعه"},
                {"5", "خمس خمسه"}, {"6", "ست سته"}, {"7", "سبع سبعه"}, {"8", "ثماني ثمانيه ثمان"},
                {"9", "تسع تسعه"}, {"10", "عشر عشره"}, {"20", "عشرون عشرين"}, {"30", "ثلاثون ثلاثين"},
                {"40", "اربعون اربعين"}, {"50", "خمسون خمسين"}, {"60", "ستون ستين"}, {"70", "سبعون سبعين"},
                {"80", "ثمانون ثمانين"}, {"90", "تسعون تسعين"}, {"100", "مئه مائه"}, {"200", "مئتان مئتين مائتان مائتين"},
                {"1000", "الف"}, {"2000", "الفان الفين"}};
        for (String[] row : words) {
            for (String w : row[1].split(" ")) {
                WORDS.put(w, Double.parseDouble(row[0]));
            }
        }
        for (String w : "الف الفا الاف thousand".split(" ")) {
            SCALES.put(w, 1e3);
        }
        for (String w : "مليون مليونا ملايين million millions".split(" ")) {
            SCALES.put(w, 1e6);
        }
        for (String w : "مليار مليارا مليارات billion billions".split(" ")) {
            SCALES.put(w, 1e9);
        }
        for (String w : "بالمئه بالمائه percent %".split(" ")) {
            UNITS.put(w, "percent");
        }
        for (String w : "مرات مره مرتين times".split(" ")) {
            UNITS.put(w, "times");
        }
        for (String w : "دولار دولارا دولارات dollars dollar".split(" ")) {
            UNITS.put(w, "USD");
        }
        for (String w : "يورو euros euro".split(" ")) {
            UNITS.put(w, "EUR");
        }
    }

    public List<NumberMention> extract(String text, List<Token> tokens) {
        List<NumberMention> numbers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int used = token.isNumber() ? digits(text, tokens, i, numbers) : words(text, tokens, i, numbers);
            i += Math.max(0, used - 1);
        }
        return numbers;
    }

    /** A number in digits at token i; returns how many tokens it used. */
    private static int digits(String text, List<Token> tokens, int i, List<NumberMention> out) {
        Token token = tokens.get(i);
        int used = 1;
        StringBuilder value = new StringBuilder(ascii(token.text()));
        int end = token.end();
        // 1,250,000 and 3.5 are one number: separators between digit tokens with no space
        while (i + used < tokens.size() && tokens.get(i + used).isNumber()
                && tokens.get(i + used).start() == end + 1) {
            char sep = text.charAt(end);
            Token next = tokens.get(i + used);
            if ((sep == ',' || sep == '٬') && next.norm().length() == 3) {
                value.append(ascii(next.text()));
            } else if ((sep == '.' || sep == '٫') && value.indexOf(".") < 0) {
                value.append('.').append(ascii(next.text()));
            } else {
                break;
            }
            end = next.end();
            used++;
        }
        double number = Double.parseDouble(value.toString());
        int start = token.start();
        String unit = null;
        if (start > 0 && text.charAt(start - 1) == '$') {
            start--;
            unit = "USD";
        }
        int afterSign = skipSpaces(text, end);
        if (afterSign < text.length() && (text.charAt(afterSign) == '%' || text.charAt(afterSign) == '٪')) {
            out.add(new NumberMention(text.substring(start, afterSign + 1), number, "percent", start, afterSign + 1));
            return used;
        }
        int k = i + used;
        if (k < tokens.size() && SCALES.containsKey(tokens.get(k).norm()) && near(text, end, tokens.get(k))) {
            number *= SCALES.get(tokens.get(k).norm());
            end = tokens.get(k).end();
            k++;
        }
        if (unit == null) {
            int[] unitEnd = {end};
            unit = unitAfter(text, tokens, k, unitEnd);
            end = unitEnd[0];
        }
        out.add(new NumberMention(text.substring(start, end), number, unit, start, end));
        return used;
    }

    /** An Arabic number word at token i (with an optional و), with ونصف and a unit close after it. */
    private static int words(String text, List<Token> tokens, int i, List<NumberMention> out) {
        Token token = tokens.get(i);
        String norm = token.norm();
        Double value = WORDS.get(norm);
        int prefix = 0;
        if (value == null && norm.length() > 3 && norm.charAt(0) == 'و') {
            value = WORDS.get(norm.substring(1));
            prefix = 1;
        }
        if (value == null) {
            return 1;
        }
        int start = token.start() + ArabicNormalizer.originalLength(token.text(), prefix);
        int end = token.end();
        int next = i + 1;
        // "خمسة وعشرون": units before tens, joined by و
        if (value < 10 && next < tokens.size() && near(text, end, tokens.get(next))
                && tokens.get(next).norm().startsWith("و")) {
            Double tens = WORDS.get(tokens.get(next).norm().substring(1));
            if (tens != null && tens >= 20 && tens < 100) {
                value += tens;
                end = tokens.get(next).end();
                next++;
            }
        }
        // "عشرين ألف", "ثلاثة ملايين": a scale multiplies
        if (next < tokens.size() && near(text, end, tokens.get(next)) && SCALES.containsKey(tokens.get(next).norm())
                && value < 1000) {
            value *= SCALES.get(tokens.get(next).norm());
            end = tokens.get(next).end();
            next++;
        }
        int used = next - i;
        int[] unitEnd = {end};
        String unit = unitAfter(text, tokens, next, unitEnd);
        int last = unit == null ? next - 1 : next;
        end = unitEnd[0];
        // "ثلاثة ونصف", "ثلاثة مرات ونصف": the half may follow the unit
        if (last + 1 < tokens.size() && tokens.get(last + 1).norm().equals("ونصف") && near(text, end, tokens.get(last + 1))) {
            value += 0.5;
            end = tokens.get(last + 1).end();
        }
        out.add(new NumberMention(text.substring(start, end), value, unit, start, end));
        return used;
    }

    /** The unit at token k (one word, or "في المئة"); sets end[0] to its end. */
    private static String unitAfter(String text, List<Token> tokens, int k, int[] end) {
        if (k >= tokens.size() || !near(text, end[0], tokens.get(k))) {
            return null;
        }
        String norm = tokens.get(k).norm();
        if ((norm.equals("في") || norm.equals("per")) && k + 1 < tokens.size()
                && near(text, tokens.get(k).end(), tokens.get(k + 1))) {
            String next = tokens.get(k + 1).norm();
            if (next.equals("المئه") || next.equals("المائه") || next.equals("cent")) {
                end[0] = tokens.get(k + 1).end();
                return "percent";
            }
            return null;
        }
        String unit = UNITS.get(norm);
        if (unit != null) {
            end[0] = tokens.get(k).end();
        }
        return unit;
    }

    /** Digits of any script as ASCII. */
    static String ascii(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        digits.codePoints().forEach(cp -> out.append((char) ('0' + Character.digit(cp, 10))));
        return out.toString();
    }

    private static boolean near(String text, int from, Token token) {
        for (int i = from; i < token.start(); i++) {
            if (!Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(String text, int from) {
        while (from < text.length() && text.charAt(from) == ' ') {
            from++;
        }
        return from;
    }
}
