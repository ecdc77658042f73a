package org.marsad.ingest.feed;

import org.jsoup.nodes.Entities;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a feed as published into XML a strict parser accepts, without ever reading anything
 * outside the document: the XML declaration and anything before the root's prolog go (the text is already
 * decoded, and a comment before the declaration is fatal to XML parsers); the DOCTYPE goes too, after its
 * internal entities are read; entity references are then rewritten in one pass: internal entities expanded
 * within limits (so a "billion laughs" document fails fast), HTML entities such as {@code &nbsp;} that feeds
 * use without declaring become character references, and a stray {@code &} becomes {@code &amp;}. External
 * entities are never resolved: their references are kept as literal text. Control characters XML forbids are
 * dropped.
 */
public final class XmlRepair {

    /** Most characters entity expansion may add to a document. */
    static final int MAX_EXPANSION_CHARS = 1_000_000;
    /** Most internal entity references expanded (empty entities nested deeply would add no characters). */
    static final int MAX_EXPANSIONS = 100_000;
    private static final int MAX_DEPTH = 16;

    private static final Pattern XML_DECLARATION = Pattern.compile("<\\?xml\\s[^>]*?\\?>");
    private static final Pattern DOCTYPE_START = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY_DECL = Pattern.compile(
            "<!ENTITY\\s+([^\\s%]+)\\s+(?:\"([^\"]*)\"|'([^']*)'|(SYSTEM|PUBLIC)[^>]*)\\s*>");
    private static final Map<String, Boolean> PREDEFINED =
            Map.of("amp", true, "lt", true, "gt", true, "quot", true, "apos", true);

    private XmlRepair() {
    }

    /** @throws FeedException when internal entities expand beyond the limits */
    public static String repair(String text) throws FeedException {
        String xml = dropDeclaration(text);
        Map<String, String> entities = new HashMap<>();
        xml = dropDoctype(xml, entities);
        return new EntityRewriter(entities).rewrite(xml);
    }

    private static String dropDeclaration(String text) {
        int root = text.indexOf('<');
        String xml = root < 0 ? text : text.substring(root);
        Matcher declaration = XML_DECLARATION.matcher(xml);
        if (declaration.find() && declaration.start() < prologEnd(xml)) {
            xml = xml.substring(0, declaration.start()) + xml.substring(declaration.end());
        }
        return xml;
    }

    /** Where the first element starts: the prolog (declaration, comments, DOCTYPE) is before it. */
    private static int prologEnd(String xml) {
        int i = 0;
        while (i < xml.length()) {
            int lt = xml.indexOf('<', i);
            if (lt < 0 || lt + 1 >= xml.length()) {
                return xml.length();
            }
            char next = xml.charAt(lt + 1);
            if (next != '?' && next != '!') {
                return lt;
            }
            i = lt + 1;
        }
        return xml.length();
    }

    /** Removes the DOCTYPE and collects its internal general entities (external ones are left out on purpose). */
    private static String dropDoctype(String xml, Map<String, String> entities) {
        Matcher start = DOCTYPE_START.matcher(xml);
        if (!start.find() || start.start() > prologEnd(xml)) {
            return xml;
        }
        int end = doctypeEnd(xml, start.end());
        String doctype = xml.substring(start.start(), end);
        int open = doctype.indexOf('[');
        if (open >= 0) {
            Matcher decl = ENTITY_DECL.matcher(doctype.substring(open));
            while (decl.find()) {
                if (decl.group(4) == null) {
                    entities.putIfAbsent(decl.group(1), decl.group(2) != null ? decl.group(2) : decl.group(3));
                }
            }
        }
        return xml.substring(0, start.start()) + xml.substring(end);
    }

    /** The end of a DOCTYPE: its closing '>', after any internal subset and quoted strings. */
    private static int doctypeEnd(String xml, int from) {
        boolean inSubset = false;
        char quote = 0;
        for (int i = from; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                inSubset = true;
            } else if (c == ']') {
                inSubset = false;
            } else if (c == '>' && !inSubset) {
                return i + 1;
            }
        }
        return xml.length();
    }

    /** One pass over the text, copying comments and CDATA sections untouched. */
    private static final class EntityRewriter {

        private final Map<String, String> internal;
        private final StringBuilder out = new StringBuilder();
        private int expansions;
        private long limit;

        EntityRewriter(Map<String, String> internal) {
            this.internal = internal;
        }

        String rewrite(String xml) throws FeedException {
            limit = (long) xml.length() + MAX_EXPANSION_CHARS;
            out.ensureCapacity(xml.length() + 64);
            append(xml, 0);
            return out.toString();
        }

        private void append(String text, int depth) throws FeedException {
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (c == '<' && text.startsWith("<![CDATA[", i)) {
                    i = copyThrough(text, i, "]]>");
                } else if (c == '<' && text.startsWith("<!--", i)) {
                    i = copyThrough(text, i, "-->");
                } else if (c == '&') {
                    i = reference(text, i, depth);
                } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                    i++; // control characters are not allowed in XML; feeds pasted from word processors have them
                } else {
                    out.append(c);
                    i++;
                }
            }
        }

        private int copyThrough(String text, int from, String terminator) {
            int end = text.indexOf(terminator, from);
            int stop = end < 0 ? text.length() : end + terminator.length();
            out.append(text, from, stop);
            return stop;
        }

        private int reference(String text, int amp, int depth) throws FeedException {
            int semi = amp + 1;
            while (semi < text.length() && semi - amp <= 40 && isNameChar(text.charAt(semi))) {
                semi++;
            }
            if (semi >= text.length() || text.charAt(semi) != ';' || semi == amp + 1) {
                out.append("&amp;");
                return amp + 1;
            }
            String name = text.substring(amp + 1, semi);
            if (name.startsWith("#")) {
                out.append(isCharReference(name) ? "&" + name + ";" : "&amp;" + name + ";");
            } else if (PREDEFINED.containsKey(name)) {
                out.append('&').append(name).append(';');
            } else if (internal.containsKey(name)) {
                expand(name, depth);
            } else if (Entities.isNamedEntity(name)) {
                Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
            } else {
                out.append("&amp;").append(name).append(';');
            }
            return semi + 1;
        }

        private void expand(String name, int depth) throws FeedException {
            if (++expansions > MAX_EXPANSIONS || depth >= MAX_DEPTH) {
                throw new FeedException("entity expansion beyond limits (&" + name + ";): refused");
            }
            append(internal.get(name), depth + 1);
            if (out.length() > limit) {
                throw new FeedException("entity expansion beyond " + MAX_EXPANSION_CHARS + " characters (&" + name
                        + ";): refused");
            }
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '#' || c == '_' || c == '-' || c == '.' || c == ':';
        }

        private static boolean isCharReference(String name) {
            String digits = name.substring(1);
            try {
                int cp = digits.startsWith("x") || digits.startsWith("X")
                        ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
                return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
