package org.marsad.ingest.feed;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a feed document to text. Evidence in order of trust: a byte-order mark, the XML declaration, the
 * HTTP charset; a declared UTF-8 that is not valid UTF-8 is a lie (common: windows-1252 labelled UTF-8) and
 * is ignored. Without usable evidence, valid UTF-8 is UTF-8, and anything else is detected by ICU among the
 * single-byte charsets (Latin-1, windows-125x, ISO-8859-x).
 */
public final class CharsetSniffer {

    /** How a document was decoded: the text and how the charset was chosen (for diagnostics). */
    public record Decoded(String text, Charset charset, String evidence) {
    }

    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*(?:<!--.*?-->\\s*)*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']",
                    Pattern.DOTALL);
    private static final Pattern HTTP_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    /** ICU's candidates for undeclared legacy text; multi-byte Asian guesses on short texts are too wild. */
    private static final String[] SINGLE_BYTE_PREFIXES = {"ISO-8859-", "windows-125", "KOI8-R", "IBM"};

    public Decoded decode(byte[] document, String contentType) {
        Charset bom = bomCharset(document);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new Decoded(new String(document, skip, document.length - skip, bom), bom, "byte-order mark");
        }
        Charset declared = named(xmlDeclaration(document));
        if (declared != null && fits(document, declared)) {
            return new Decoded(new String(document, declared), declared, "XML declaration");
        }
        Charset http = named(httpCharset(contentType));
        if (http != null && fits(document, http)) {
            return new Decoded(new String(document, http), http, "HTTP charset");
        }
        if (fits(document, StandardCharsets.UTF_8)) {
            return new Decoded(new String(document, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "valid UTF-8");
        }
        Charset detected = detect(document);
        return new Decoded(new String(document, detected), detected, "detected");
    }

    private static Charset bomCharset(byte[] d) {
        if (d.length >= 3 && (d[0] & 0xFF) == 0xEF && (d[1] & 0xFF) == 0xBB && (d[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (d.length >= 2 && (d[0] & 0xFF) == 0xFE && (d[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (d.length >= 2 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The encoding pseudo-attribute, read as ASCII from the first bytes (every charset we accept there is ASCII-based). */
    private static String xmlDeclaration(byte[] document) {
        String head = new String(document, 0, Math.min(document.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static String httpCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HTTP_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static Charset named(String name) {
        if (name == null) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name.strip());
            // A declared ISO-8859-1 is nearly always windows-1252 in practice (browsers treat it so too).
            return charset.equals(StandardCharsets.ISO_8859_1) ? Charset.forName("windows-1252") : charset;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Only UTF-8 can be checked cheaply for a lie; single-byte charsets decode anything. */
    private static boolean fits(byte[] document, Charset charset) {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(document));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset detect(byte[] document) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true); // markup says nothing about the charset of the text
        detector.setText(document);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (isSingleByte(name) && Charset.isSupported(name)) {
                return named(name);
            }
        }
        return Charset.forName("windows-1252");
    }

    private static boolean isSingleByte(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String prefix : SINGLE_BYTE_PREFIXES) {
            if (upper.startsWith(prefix.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
