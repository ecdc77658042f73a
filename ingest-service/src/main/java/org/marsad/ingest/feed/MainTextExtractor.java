package org.marsad.ingest.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the article's own text in a news page: boilerplate out (scripts, navigation, headers and footers,
 * sharing, comments, related links), then the container the schema.org articleBody markup names, else the
 * {@code <article>}, else the element whose paragraphs hold the most text (each paragraph counts for its parent
 * and half for its grandparent, the classic readability heuristic), and of it only the blocks that are not
 * mostly links. The result is simple HTML: one element per paragraph or heading.
 */
public final class MainTextExtractor {

    /** Less text than this is not an article (a paywall, a video page, a cookie wall). */
    static final int MIN_TEXT = 200;
    private static final int MIN_PARAGRAPH = 25;
    private static final Pattern BOILERPLATE = Pattern.compile(
            "comment|share|sharing|social|related|promo|sidebar|newsletter|advert|sponsor|cookie|breadcrumb"
                    + "|subscribe|footer|masthead|menu|navbar|popup|modal|outbrain|taboola",
            Pattern.CASE_INSENSITIVE);

    /** The main text of the page in {@code html} (decoded by its own meta charset unless {@code charset} is given). */
    public Optional<String> extract(byte[] html, String charset, String url) {
        try {
            return extract(Jsoup.parse(new ByteArrayInputStream(html), charset, url));
        } catch (IOException | IllegalArgumentException e) {
            // unreadable, or a charset name Java does not know
            return Optional.empty();
        }
    }

    public Optional<String> extract(Document page) {
        page.select("script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, "
                + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]").remove();
        for (Element element : page.body() == null ? new Elements() : page.body().select("[class], [id]")) {
            String marks = element.className() + " " + element.id();
            if (BOILERPLATE.matcher(marks).find() && !element.is("body, article, main")
                    && element.select("[itemprop=articleBody]").isEmpty()) {
                element.remove();
            }
        }
        Element container = page.selectFirst("[itemprop=articleBody]");
        if (container == null || container.text().length() < MIN_TEXT) {
            container = largest(page.select("article"));
        }
        if (container == null || container.text().length() < MIN_TEXT) {
            container = densest(page);
        }
        if (container == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        int length = 0;
        for (Element block : container.select("p, h2, h3, h4, blockquote, li, pre")) {
            String text = block.text().strip();
            if (text.isEmpty() || linkDensity(block) > 0.5 || hasBlockParent(block, container)) {
                continue;
            }
            String tag = block.normalName().equals("li") ? "p" : block.normalName();
            out.append('<').append(tag).append('>').append(Entities.escape(text)).append("</").append(tag).append('>');
            length += text.length();
        }
        return length >= MIN_TEXT ? Optional.of(out.toString()) : Optional.empty();
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        for (Element candidate : candidates) {
            if (best == null || paragraphText(candidate) > paragraphText(best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static Element densest(Document page) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : page.select("p")) {
            int length = p.text().length();
            if (length < MIN_PARAGRAPH) {
                continue;
            }
            double score = length * (1 - linkDensity(p));
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int paragraphText(Element element) {
        return element.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    private static double linkDensity(Element element) {
        int text = element.text().length();
        if (text == 0) {
            return 0;
        }
        int links = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return (double) links / text;
    }

    /** A paragraph inside a blockquote or list item is written by its parent block, once. */
    private static boolean hasBlockParent(Element block, Element container) {
        for (Element parent = block.parent(); parent != null && parent != container; parent = parent.parent()) {
            String name = parent.normalName().toLowerCase(Locale.ROOT);
            if (name.equals("blockquote") || name.equals("li") || name.equals("p")) {
                return true;
            }
        }
        return false;
    }
}
