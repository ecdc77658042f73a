package org.marsad.nlp.core;

import org.marsad.events.DateMention;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Baseline dates: ISO dates (2021-09-14); a month name in any Arabic tradition (Levantine كانون الثاني...,
 * Egyptian/Gulf يناير..., Maghrebi جانفي...) or in English, with a day before it and/or a year after it
 * ("أيار 2018", "تشرين الأول من عام 2015", "14 September 2021"); "عام 2011"; and, when the publication date is
 * known, "أيار الماضي", أمس, اليوم, غداً, yesterday, today, tomorrow. A month name alone is not a date: آب is
 * also "father" and ماي "May" only with a day or a year.
 */
public final class DateExtractor {

    /** Month names as normalised token sequences, and their first tokens for a quick rejection. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Set<String> MONTH_FIRST_TOKENS = new HashSet<>();
    private static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "in", "of");
    private static final Set<String> PAST = Set.of("الماضي", "المنصرم", "المنقضي");
    private static final Set<String> NEXT = Set.of("المقبل", "القادم");
    private static final Set<String> CURRENT = Set.of("الجاري", "الحالي");
    private static final Set<String> WEEKDAYS = Set.of("الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
            "السبت", "الاحد");
    private static final Map<String, Integer> RELATIVE_DAYS = Map.of("امس", -1, "الامس", -1, "اليوم", 0, "غدا", 1,
            "yesterday", -1, "today", 0, "tomorrow", 1);

    /** Ordinal day words, normalised: الثالث من تشرين الأول is the 3rd of October. */
    private static final Map<String, Integer> ORDINALS = new HashMap<>();

    static {
        String[] ordinals = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
                "العاشر"};
        for (int d = 0; d < ordinals.length; d++) {
            ORDINALS.put(ordinals[d], d + 1);
        }
        ORDINALS.put("الحادي", 1);
        ORDINALS.put("العشرين", 20);
        ORDINALS.put("الثلاثين", 30);
    }

    static {
        String[] months = {
                "كانون الثاني|يناير|جانفي|january|jan",
                "شباط|فبراير|فيفري|february|feb",
                "اذار|مارس|march|mar",
                "نيسان|ابريل|افريل|april|apr",
                "ايار|مايو|ماي|may",
                "حزيران|يونيو|يونيه|جوان|june|jun",
                "تموز|يوليو|يوليه|جويليه|july|jul",
                "اب|اغسطس|اوت|august|aug",
                "ايلول|سبتمبر|september|sep|sept",
                "تشرين الاول|اكتوبر|october|oct",
                "تشرين الثاني|نوفمبر|november|nov",
                "كانون الاول|ديسمبر|december|dec"};
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m].split("\\|")) {
                String norm = ArabicNormalizer.normalize(name);
                MONTHS.put(norm, m + 1);
                MONTH_FIRST_TOKENS.add(norm.split(" ")[0]);
            }
        }
    }

    public List<DateMention> extract(String text, List<Token> tokens, Instant publishedAt) {
        LocalDate published = publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
        List<DateMention> dates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int used = iso(text, tokens, i, dates);
            if (used == 0) {
                used = monthDate(text, tokens, i, published, dates);
            }
            if (used == 0) {
                used = yearAlone(text, tokens, i, dates);
            }
            if (used == 0 && published != null) {
                used = relative(text, tokens, i, published, dates);
            }
            i += Math.max(0, used - 1);
        }
        return dates;
    }

    private static int iso(String text, List<Token> tokens, int i, List<DateMention> out) {
        if (i + 2 >= tokens.size() || !tokens.get(i).isNumber() || tokens.get(i).norm().length() != 4) {
            return 0;
        }
        Token month = tokens.get(i + 1);
        Token day = tokens.get(i + 2);
        if (!month.isNumber() || !day.isNumber() || month.norm().length() != 2 || day.norm().length() != 2
                || text.charAt(tokens.get(i).end()) != '-' || month.start() != tokens.get(i).end() + 1
                || text.charAt(month.end()) != '-' || day.start() != month.end() + 1) {
            return 0;
        }
        LocalDate date = date(number(tokens.get(i)), number(month), number(day));
        if (date == null) {
            return 0;
        }
        out.add(mention(text, tokens.get(i).start(), day.end(), date.toString()));
        return 3;
    }

    private static int monthDate(String text, List<Token> tokens, int i, LocalDate published,
                                 List<DateMention> out) {
        int month = 0;
        int monthTokens = 0;
        int prefix = 0;
        for (Proclitics.Reading reading : Proclitics.readings(tokens.get(i).norm())) {
            if (!MONTH_FIRST_TOKENS.contains(reading.norm())) {
                continue;
            }
            String two = i + 1 < tokens.size() ? reading.norm() + " " + tokens.get(i + 1).norm() : null;
            if (two != null && MONTHS.containsKey(two)) {
                month = MONTHS.get(two);
                monthTokens = 2;
            } else if (MONTHS.containsKey(reading.norm())) {
                month = MONTHS.get(reading.norm());
                monthTokens = 1;
            }
            if (month != 0) {
                prefix = reading.prefix();
                break;
            }
        }
        // an English month is a proper noun: "May", not "may"
        if (month == 0 || (!tokens.get(i).isArabic() && !tokens.get(i).isCapitalized())) {
            return 0;
        }
        Token first = tokens.get(i);
        int start = first.start() + ArabicNormalizer.originalLength(first.text(), prefix);
        int end = tokens.get(i + monthTokens - 1).end();
        int day = 0;
        if (prefix == 0 && i > 0 && isDay(tokens.get(i - 1)) && spaceOnly(text, tokens.get(i - 1).end(), first.start())) {
            day = number(tokens.get(i - 1));
            start = tokens.get(i - 1).start();
        }
        if (day == 0 && prefix == 0) {
            int[] ordinal = ordinalDayBefore(tokens, i);
            if (ordinal != null) {
                day = ordinal[0];
                start = tokens.get(ordinal[1]).start();
            }
        }
        int k = i + monthTokens;
        if (day == 0 && k < tokens.size() && isDay(tokens.get(k)) && !first.isArabic()) {
            day = number(tokens.get(k)); // September 14, 2021
            end = tokens.get(k).end();
            k++;
        }
        int year = 0;
        int y = k;
        while (y < tokens.size() && y < k + 3 && !tokens.get(y).isNumber()
                && (YEAR_WORDS.contains(tokens.get(y).norm()) || tokens.get(y).norm().equals("من"))) {
            y++;
        }
        if (y < tokens.size() && isYear(tokens.get(y)) && tokens.get(y).start() - end <= 12) {
            year = number(tokens.get(y));
            end = tokens.get(y).end();
            k = y + 1;
        } else if (published != null && k < tokens.size() && !tokens.get(k).isNumber()) {
            String qualifier = tokens.get(k).norm();
            int pubMonth = published.getMonthValue();
            if (PAST.contains(qualifier)) {
                year = month < pubMonth ? published.getYear() : published.getYear() - 1;
            } else if (NEXT.contains(qualifier)) {
                year = month > pubMonth ? published.getYear() : published.getYear() + 1;
            } else if (CURRENT.contains(qualifier)) {
                year = published.getYear();
            }
            if (year != 0) {
                end = tokens.get(k).end();
                k++;
            }
        }
        if (year == 0 && (day == 0 || published == null)) {
            return 0;
        }
        if (year == 0) {
            year = published.getYear(); // "14 أيلول" in an article of that year
        }
        String value;
        if (day > 0) {
            LocalDate date = date(year, month, day);
            if (date == null) {
                return 0;
            }
            value = date.toString();
        } else {
            value = String.format("%04d-%02d", year, month);
        }
        out.add(mention(text, start, end, value));
        return k - i;
    }

    /**
     * An ordinal day and "من" before the month at token {@code month}: الثالث من، الحادي عشر من، الخامس والعشرين
     * من. Returns {day, index of its first token}, or null.
     */
    private static int[] ordinalDayBefore(List<Token> tokens, int month) {
        if (month < 2 || !tokens.get(month - 1).norm().equals("من")) {
            return null;
        }
        int last = month - 2;
        String word = tokens.get(last).norm();
        if (word.equals("عشر") && last > 0 && ORDINALS.containsKey(tokens.get(last - 1).norm())) {
            int unit = ORDINALS.get(tokens.get(last - 1).norm());
            return unit < 10 ? new int[]{10 + unit, last - 1} : null; // الحادي عشر, الثاني عشر ...
        }
        if ((word.equals("والعشرين") || word.equals("والثلاثين")) && last > 0
                && ORDINALS.containsKey(tokens.get(last - 1).norm())) {
            int unit = ORDINALS.get(tokens.get(last - 1).norm());
            int day = (word.equals("والعشرين") ? 20 : 30) + unit;
            return unit < 10 && day <= 31 ? new int[]{day, last - 1} : null;
        }
        Integer day = ORDINALS.get(word);
        return day == null || word.equals("الحادي") ? null : new int[]{day, last};
    }

    private static int yearAlone(String text, List<Token> tokens, int i, List<DateMention> out) {
        String norm = tokens.get(i).norm();
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).isNumber() || (!YEAR_WORDS.contains(norm)
                && Proclitics.readings(norm).stream().noneMatch(r -> YEAR_WORDS.contains(r.norm())))) {
            return 0;
        }
        Token word = tokens.get(i);
        Token year = tokens.get(i + 1);
        if (!isYear(year) || year.start() - word.end() > 1) {
            return 0;
        }
        out.add(mention(text, year.start(), year.end(), year.norm()));
        return 2;
    }

    private static int relative(String text, List<Token> tokens, int i, LocalDate published,
                                List<DateMention> out) {
        Token token = tokens.get(i);
        Integer offset = RELATIVE_DAYS.get(token.norm());
        int prefix = 0;
        if (offset == null && token.norm().length() > 3 && token.norm().charAt(0) == 'و') {
            offset = RELATIVE_DAYS.get(token.norm().substring(1));
            prefix = 1;
        }
        if (offset == null) {
            return 0;
        }
        int start = token.start() + ArabicNormalizer.originalLength(token.text(), prefix);
        if (offset == -1 && i > 0 && tokens.get(i - 1).norm().equals("اول")) {
            offset = -2; // أول أمس: the day before yesterday
            start = tokens.get(i - 1).start();
        }
        int end = token.end();
        int used = 1;
        if (i + 1 < tokens.size() && WEEKDAYS.contains(tokens.get(i + 1).norm())) {
            end = tokens.get(i + 1).end(); // أمس الإثنين
            used = 2;
        }
        out.add(mention(text, start, end, published.plusDays(offset).toString()));
        return used;
    }

    private static boolean isDay(Token t) {
        return t.isNumber() && t.norm().length() <= 2 && number(t) >= 1 && number(t) <= 31;
    }

    private static boolean isYear(Token t) {
        if (!t.isNumber() || t.norm().length() != 4) {
            return false;
        }
        int year = number(t);
        return year >= 1900 && year <= 2100;
    }

    private static int number(Token t) {
        return Integer.parseInt(NumberExtractor.ascii(t.text()));
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean spaceOnly(String text, int from, int to) {
        return text.substring(from, to).isBlank();
    }

    private static DateMention mention(String text, int start, int end, String value) {
        return new DateMention(text.substring(start, end), value, start, end);
    }
}
