package org.marsad.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Downloads feed documents (and article pages): conditional GET (ETag / Last-Modified), gzip accepted, at most
 * {@value #MAX_REDIRECTS} redirects each checked by the guard (the {@link NetworkGuard}) before it is followed, every step
 * bounded in time and size so that one slow or huge feed cannot hold a polling thread for long. A refusal that
 * carries {@code Retry-After} (429, 503) reports the delay the server asked for.
 */
public final class FeedFetcher {

    static final int MAX_REDIRECTS = 5;
    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    private final HttpClient client;
    private final Duration readTimeout;
    private final long maxBytes;
    private final String userAgent;
    private final UrlGuard guard;

    public FeedFetcher(Duration connectTimeout, Duration readTimeout, long maxBytes, String userAgent,
                       UrlGuard guard) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                // Followed by hand: each hop goes through the guard.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
        this.guard = guard;
    }

    /**
     * Fetches {@code url}, sending the validators of the previous fetch when there are any.
     *
     * @throws FeedException with a readable reason on any network or HTTP failure
     */
    public FetchResult fetch(URI url, String etag, String lastModified) throws FeedException {
        URI current = url;
        for (int hop = 0; ; hop++) {
            guard.check(current);
            HttpResponse<byte[]> response = send(request(current, etag, lastModified));
            int status = response.statusCode();
            if (isRedirect(status)) {
                if (hop >= MAX_REDIRECTS) {
                    throw new FeedException("more than " + MAX_REDIRECTS + " redirects from " + url);
                }
                current = redirectTarget(current, response);
                continue;
            }
            if (status == 304) {
                return new FetchResult.NotModified();
            }
            if (status < 200 || status > 299) {
                Duration retryAfter = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
                throw new FeedException("HTTP " + status + " from " + response.uri()
                        + (retryAfter == null ? "" : " (retry after " + retryAfter.toSeconds() + " s)"), null,
                        retryAfter);
            }
            String encoding = response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
            byte[] body = encoding.contains("gzip") ? gunzip(response.body()) : response.body();
            return new FetchResult.Document(current, body, response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
    }

    private HttpRequest request(URI url, String etag, String lastModified) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(readTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        return request.build();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, HttpResponse<?> response) throws FeedException {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new FeedException("HTTP " + response.statusCode() + " without a Location from " + from);
        }
        try {
            URI target = from.resolve(new URI(location.strip().replace(" ", "%20")));
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FeedException("redirect to a non-HTTP URL refused: " + location);
            }
            return target;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FeedException("redirect to an invalid URL: " + location);
        }
    }

    /** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable; capped at a day. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Duration delay;
        try {
            delay = Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            try {
                delay = Duration.between(Instant.now(), ZonedDateTime.parse(value.strip(),
                        DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH)).toInstant());
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        if (delay.isNegative()) {
            return Duration.ZERO;
        }
        return delay.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : delay;
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws FeedException {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info ->
                info.statusCode() >= 200 && info.statusCode() <= 299
                        ? new BoundedBodySubscriber(maxBytes)
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            // The request timeout stops at the headers; this bounds the body download as well.
            return future.get(readTimeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FeedException("timed out after " + readTimeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedException("interrupted");
        } catch (ExecutionException e) {
            throw describe(e.getCause());
        }
    }

    private static FeedException describe(Throwable cause) {
        if (cause instanceof FeedException feedException) {
            return feedException;
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FeedException("connection timed out", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FeedException("timed out waiting for a response", cause);
        }
        if (cause instanceof ConnectException) {
            return new FeedException("connection refused", cause);
        }
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return new FeedException("could not fetch: " + message, cause);
    }

    /** Decompresses with the same size limit, so a small gzip bomb is stopped too. */
    private byte[] gunzip(byte[] compressed) throws FeedException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[16 * 1024];
            for (int n; (n = in.read(chunk)) > 0; ) {
                if (out.size() + (long) n > maxBytes) {
                    throw new FeedException("document larger than " + maxBytes + " bytes");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FeedException("invalid gzip content: " + e.getMessage(), e);
        }
    }
}
