package org.marsad.nlp.core;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML body into plain text: block elements become paragraph breaks, {@code <br>} a line break, and
 * what a reader never sees (scripts, styles, forms, embedded frames) is dropped. Whitespace is tidied later by
 * {@link TextAssembler}.
 */
public final class HtmlToText {

    private static final String INVISIBLE = "script, style, noscript, template, iframe, svg, head, form, button";

    public String toText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(INVISIBLE).remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    // a newline in HTML source is only a space; line breaks come from elements
                    out.append(text.getWholeText().replace('\n', ' ').replace('\r', ' '));
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        out.append('\n');
                    } else if (element.isBlock()) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    out.append("\n\n");
                }
            }
        }, body);
        return out.toString();
    }
}
