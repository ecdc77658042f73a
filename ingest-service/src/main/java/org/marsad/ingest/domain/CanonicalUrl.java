package org.marsad.ingest.domain;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Canonical form of an article or feed URL, so that the same page reached through different links gets the
 * same id: lower-case scheme and host (IDN hosts in punycode), no default port, no fragment, no tracking
 * parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, {@code ref}), the other parameters sorted, one
 * percent-encoding (upper-case hex, unreserved characters decoded, non-ASCII encoded as UTF-8) and no trailing
 * slash except for the root.
 */
public final class CanonicalUrl {

    private static final Set<String> TRACKING_PARAMS = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid",
            "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ref", "ref_src", "ref_url", "cmpid", "ocid", "ncid",
            "smid", "s_cid", "at_medium", "at_campaign", "__twitter_impression");
    /** Query parameters that only ask for the AMP rendering of the same article. */
    private static final Set<String> AMP_PARAMS = Set.of("amp", "amp=1", "amp=true", "outputtype=amp", "output=amp");
    /** Host prefixes of the same site's mobile, AMP and "www" variants. */
    private static final Pattern VARIANT_HOST = Pattern.compile("^(?:www|m|mobile|amp)\\.(?=[^.]+\\.[^.]+)");
    /** Google's AMP caches wrap the publisher's URL: https://example-com.cdn.ampproject.org/c/s/example.com/a. */
    private static final Pattern AMP_CACHE = Pattern.compile(
            "^https?://(?:[^/]+\\.cdn\\.ampproject\\.org/[cv]/(s/)?|(?:www\\.)?google\\.[a-z.]+/amp/(s/)?)(.+)$",
            Pattern.CASE_INSENSITIVE);
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

    /**
     * The canonical form of an article's URL: {@link #of} and, so that one article reached through its variants
     * is one article, without AMP caches, AMP paths and parameters ({@code /amp}, {@code .amp}, {@code ?amp=1})
     * and the {@code www.}, {@code m.}, {@code mobile.}, {@code amp.} host prefixes.
     */
    public static String ofArticle(String url) {
        String unwrapped = url.strip();
        Matcher cache = AMP_CACHE.matcher(unwrapped);
        if (cache.matches()) {
            boolean secure = cache.group(1) != null || cache.group(2) != null;
            unwrapped = (secure ? "https://" : "http://") + cache.group(3);
        }
        URI uri = URI.create(of(unwrapped));
        String host = VARIANT_HOST.matcher(uri.getHost()).replaceFirst("");
        String path = uri.getRawPath()
                .replaceFirst("^/amp(?=/)", "")
                .replaceFirst("/amp$", "")
                .replaceFirst("(?<=[^/])\\.amp(?:\\.html?)?$", "");
        String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !AMP_PARAMS.contains(p.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("&"));
        return uri.getScheme() + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@") + host
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + (path.isEmpty() ? "/" : path)
                + (query.isEmpty() ? "" : "?" + query);
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
