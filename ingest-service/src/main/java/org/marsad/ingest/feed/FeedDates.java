package org.marsad.ingest.feed;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds actually carry: RFC 822/1123 and RFC 3339, and the same in other languages ("qua, 01 mai
 * 2024 10:00:00 -0300", "Τετ, 01 Μαΐου 2024", "الأربعاء 1 أيار 2024 - 10:00"), month names from the JDK's CLDR
 * data for the languages of the outlets Marsad follows, numeric dates when their order is unambiguous. A date
 * that cannot be read for sure is null: never guessed. Without a zone the time is taken as UTC.
 */
public final class FeedDates {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN,
            Locale.ITALIAN, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"),
            Locale.forLanguageTag("el"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("uk"),
            Locale.forLanguageTag("tr"), Locale.forLanguageTag("pl"), Locale.forLanguageTag("sv"),
            Locale.forLanguageTag("da"), Locale.forLanguageTag("nb"), Locale.forLanguageTag("fi"),
            Locale.forLanguageTag("cs"), Locale.forLanguageTag("ro"), Locale.forLanguageTag("id"),
            Locale.forLanguageTag("fa"), Locale.forLanguageTag("he"), Locale.forLanguageTag("ar"),
            Locale.forLanguageTag("ar-SY"), Locale.forLanguageTag("ar-LB"), Locale.forLanguageTag("ar-IQ"),
            Locale.forLanguageTag("ar-MA"), Locale.forLanguageTag("ar-DZ"), Locale.forLanguageTag("ar-TN"));

    /** Normalised month name -> month number; names that mean different months in two languages are left out. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final List<String> MONTH_NAMES;
    private static final Set<String> WEEKDAYS = new HashSet<>();
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("z", 0), Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0),
            Map.entry("est", -5 * 60), Map.entry("edt", -4 * 60), Map.entry("cst", -6 * 60),
            Map.entry("cdt", -5 * 60), Map.entry("mst", -7 * 60), Map.entry("mdt", -6 * 60),
            Map.entry("pst", -8 * 60), Map.entry("pdt", -7 * 60), Map.entry("bst", 60), Map.entry("cet", 60),
            Map.entry("cest", 120), Map.entry("eet", 120), Map.entry("eest", 180), Map.entry("msk", 180));

    private static final Pattern OFFSET = Pattern.compile(
            "(?:(?<=\\s)|(?<=gmt)|(?<=utc)|(?<=:\\d\\d))([+-])(\\d{2}):?(\\d{2})?\\s*$");
    private static final Pattern ZONE_NAME = Pattern.compile("\\b([a-z]{1,4})\\s*$");
    private static final Pattern TIME = Pattern.compile(
            "(?<!\\d)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(am|pm|a m|p m)?");
    private static final Pattern ISO_DAY = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)\\s*");
    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)\\d{1,4}(?!\\d)");

    static {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (Locale locale : LOCALES) {
            for (Month month : Month.values()) {
                for (TextStyle style : TextStyle.values()) {
                    String name = normalise(month.getDisplayName(style, locale)).strip();
                    if (name.length() >= 3 && !name.chars().allMatch(Character::isDigit)) {
                        seen.computeIfAbsent(name, k -> new HashSet<>()).add(month.getValue());
                    }
                }
            }
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                for (TextStyle style : TextStyle.values()) {
                    String name = normalise(day.getDisplayName(style, locale)).strip();
                    if (name.length() >= 2) {
                        WEEKDAYS.add(name);
                    }
                }
            }
        }
        seen.forEach((name, months) -> {
            if (months.size() == 1) {
                MONTHS.put(name, months.iterator().next());
            }
        });
        List<String> names = new ArrayList<>(MONTHS.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        MONTH_NAMES = List.copyOf(names);
    }

    private FeedDates() {
    }

    /** The instant {@code text} names, or null when it cannot be read for sure. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        Instant standard = standard(trimmed);
        if (standard != null) {
            return standard;
        }
        String s = normalise(trimmed);
        Instant withoutWeekday = withLeadingWeekdayRemoved(s);
        return withoutWeekday != null ? withoutWeekday : loose(s);
    }

    private static Instant standard(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH)).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant withLeadingWeekdayRemoved(String s) {
        Matcher word = FIRST_WORD.matcher(s);
        if (word.find() && WEEKDAYS.contains(word.group(1))) {
            return loose(s.substring(word.end()));
        }
        return null;
    }

    private static Instant loose(String input) {
        String s = input;
        int offsetMinutes = 0;
        Matcher offset = OFFSET.matcher(s);
        if (offset.find()) {
            int hours = Integer.parseInt(offset.group(2));
            int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
            offsetMinutes = (offset.group(1).equals("-") ? -1 : 1) * (hours * 60 + minutes);
            s = s.substring(0, offset.start());
        } else {
            Matcher zone = ZONE_NAME.matcher(s);
            if (zone.find() && ZONES.containsKey(zone.group(1))) {
                offsetMinutes = ZONES.get(zone.group(1));
                s = s.substring(0, zone.start());
            }
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        Matcher time = TIME.matcher(s);
        if (time.find()) {
            hour = Integer.parseInt(time.group(1));
            minute = Integer.parseInt(time.group(2));
            second = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
            String half = time.group(4);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
            }
            s = s.substring(0, time.start()) + " " + s.substring(time.end());
        }
        int[] ymd = day(s);
        if (ymd == null) {
            return null;
        }
        try {
            return LocalDateTime.of(ymd[0], ymd[1], ymd[2], hour, minute, second)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {year, month, day}, or null. */
    private static int[] day(String s) {
        for (String name : MONTH_NAMES) {
            int at = indexOfWord(s, name);
            if (at >= 0) {
                String rest = s.substring(0, at) + " " + s.substring(at + name.length());
                List<Integer> numbers = new ArrayList<>();
                List<Integer> widths = new ArrayList<>();
                Matcher number = NUMBER.matcher(rest);
                while (number.find()) {
                    numbers.add(Integer.parseInt(number.group()));
                    widths.add(number.group().length());
                }
                if (numbers.size() != 2) {
                    return null;
                }
                int yearIndex = widths.get(0) == 4 ? 0 : widths.get(1) == 4 ? 1 : 1;
                int year = fullYear(numbers.get(yearIndex), widths.get(yearIndex));
                return new int[] {year, MONTHS.get(name), numbers.get(1 - yearIndex)};
            }
        }
        Matcher iso = ISO_DAY.matcher(s);
        if (iso.find()) {
            return new int[] {Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3))};
        }
        Matcher numeric = DAY_FIRST.matcher(s);
        if (numeric.find()) {
            int a = Integer.parseInt(numeric.group(1));
            int b = Integer.parseInt(numeric.group(2));
            int year = fullYear(Integer.parseInt(numeric.group(3)), numeric.group(3).length());
            if (a > 12 && b <= 12) {
                return new int[] {year, b, a};
            }
            if (b > 12 && a <= 12) {
                return new int[] {year, a, b};
            }
            // 03/04/2024: March or April? Not ours to guess.
            return a == b ? new int[] {year, a, b} : null;
        }
        return null;
    }

    private static int fullYear(int year, int width) {
        if (width > 2) {
            return year;
        }
        return year < 50 ? 2000 + year : 1900 + year;
    }

    private static int indexOfWord(String s, String word) {
        int from = 0;
        while (true) {
            int at = s.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetter(s.charAt(at - 1));
            boolean endOk = end == s.length() || !Character.isLetter(s.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }

    /**
     * Lower case, no accents or Arabic marks (so أيار and ايار, Μαΐου and μαιου agree), ASCII digits, no dots
     * after abbreviations, commas as spaces.
     */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || c == '\u0640') {
                continue;
            }
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == ',' || c == '\u060C' || c == '\u00A0') {
                out.append(' ');
            } else if (c == '.' && i > 0 && Character.isLetter(decomposed.charAt(i - 1))) {
                out.append(' ');
            } else if (c == '\u0649') {
                out.append('\u064A');
            } else if (c == '\u0629') {
                out.append('\u0647');
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
