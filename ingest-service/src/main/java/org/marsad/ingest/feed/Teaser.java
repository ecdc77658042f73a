package org.marsad.ingest.feed;

import org.jsoup.Jsoup;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a feed item carries only the start of its article: short, or ending in "…" or "read more". */
public final class Teaser {

    /** Fewer characters than this is a teaser: an ANT-corpus article averages ~1,400. */
    static final int MAX_TEASER_CHARS = 600;
    private static final Pattern CUT_OFF = Pattern.compile(
            "(\\.\\.\\.|…|\\[…]|\\[\\.\\.\\.]|read more|continue reading|more»?|اقرأ المزيد|المزيد|للمزيد)\\W*$");

    private Teaser() {
    }

    public static boolean isTeaser(String html, String text) {
        String plain = html != null ? Jsoup.parse(html).text() : text == null ? "" : text;
        String stripped = plain.strip();
        return stripped.length() < MAX_TEASER_CHARS
                || CUT_OFF.matcher(stripped.toLowerCase(Locale.ROOT)).find();
    }
}
