package org.marsad.nlp.core;

import org.marsad.events.RawArticle;

/**
 * Builds the text the pipeline reads from a raw article: the title as its first paragraph, a blank line, then
 * the body (from HTML when there is HTML). Whitespace is tidied so that offsets are stable: runs of spaces
 * become one space, lines are trimmed, one newline separates lines and one blank line separates paragraphs.
 */
public final class TextAssembler {

    private final HtmlToText htmlToText = new HtmlToText();

    public String assemble(RawArticle article) {
        String title = article.title() == null ? "" : tidy(article.title()).replace('\n', ' ');
        String body;
        if (article.html() != null && !article.html().isBlank()) {
            body = tidy(htmlToText.toText(article.html()));
        } else {
            body = article.body() == null ? "" : tidy(article.body());
        }
        if (title.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? title : title + "\n\n" + body;
    }

    /** Collapses spaces, trims lines, and keeps at most one blank line between paragraphs. */
    public static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue; // CRLF: the LF counts
                }
                newlines++;
                pendingSpace = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else {
                if (out.length() > 0) {
                    if (newlines > 0) {
                        out.append(newlines > 1 ? "\n\n" : "\n");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                newlines = 0;
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
