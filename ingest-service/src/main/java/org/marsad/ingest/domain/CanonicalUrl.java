package org.marsad.ingest.domain;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Canonical form of an article or feed URL, so that the same page reached through different links gets the
 * same id: lower-case scheme and host (IDN hosts in punycode), no default port, no fragment, no tracking
 * parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, {@code ref}), the other parameters sorted, one
 * percent-encoding (upper-case hex, unreserved characters decoded, non-ASCII encoded as UTF-8) and no trailing
 * slash except for the root.
 */
public final class CanonicalUrl {

    private static final Set<String> TRACKING_PARAMS = Set.of("fbclid", "gclid", "ref");
    private static final String HEX = "0123456789ABCDEF";

    private CanonicalUrl() {
    }

    /**
     * Parses an absolute http(s) URL.
     *
     * @throws IllegalArgumentException with a readable reason otherwise
     */
    public static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("URL is empty");
        }
        // Links copied from pages carry stray whitespace; spaces inside a path are meant as %20.
        String cleaned = url.strip().replaceAll("[\\t\\r\\n]", "").replace(" ", "%20");
        URI uri;
        try {
            uri = new URI(cleaned);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("must be an absolute http(s) URL");
        }
        if (uri.getHost() == null) {
            uri = withAsciiHost(uri);
        }
        return uri;
    }

    /** The canonical form of {@code url}; see the class comment. */
    public static String of(String url) {
        URI uri = parse(url).normalize();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(scheme.equals("http") && port == 80) && !(scheme.equals("https") && port == 443)) {
            out.append(':').append(port);
        }
        out.append(path(uri.getRawPath()));
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String path(String rawPath) {
        String path = normalisePercent(rawPath == null ? "" : rawPath);
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        path = path.substring(0, end);
        return path.isEmpty() ? "/" : path;
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(p -> !p.isEmpty())
                .map(CanonicalUrl::normalisePercent)
                .filter(p -> !isTracking(p))
                .sorted()
                .collect(Collectors.joining("&"));
    }

    private static boolean isTracking(String param) {
        int eq = param.indexOf('=');
        String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING_PARAMS.contains(name);
    }

    /** One spelling per character: %xx upper-case, unreserved characters plain, non-ASCII as UTF-8 %xx. */
    private static String normalisePercent(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                int value = Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16);
                if (isUnreserved(value)) {
                    out.append((char) value);
                } else {
                    appendEncoded(out, value);
                }
                i += 3;
            } else if (c > 0x7F) {
                int cp = s.codePointAt(i);
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    appendEncoded(out, b & 0xFF);
                }
                i += Character.charCount(cp);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static void appendEncoded(StringBuilder out, int b) {
        out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
    }

    /** java.net.URI leaves non-ASCII (IDN) hosts unparsed; rebuild the URI with the punycode host. */
    private static URI withAsciiHost(URI uri) {
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new IllegalArgumentException("must have a host");
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String port = colon < 0 ? "" : hostPort.substring(colon);
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            URI rebuilt = new URI(uri.getScheme() + "://" + userInfo + ascii + port
                    + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
            if (rebuilt.getHost() == null) {
                throw new IllegalArgumentException("has an invalid host");
            }
            return rebuilt;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("has an invalid host");
        }
    }
}
