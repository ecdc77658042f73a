package org.marsad.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.gateway.config.GatewayConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The configured API keys and the one question asked of them. Keys are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, and every key is always compared, so neither a key's content nor its length
 * nor its position shows in the response time.
 */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> digests;

    public ApiKeys(GatewayConfig config) {
        this.digests = config.apiKeys().orElse(List.of()).stream()
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .map(ApiKeys::sha256)
                .toList();
    }

    /** No keys configured: the gateway is open, as on a developer's machine. */
    public boolean open() {
        return digests.isEmpty();
    }

    public boolean accepts(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return false;
        }
        byte[] digest = sha256(candidate);
        boolean match = false;
        for (byte[] known : digests) {
            match |= MessageDigest.isEqual(known, digest);
        }
        return match;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
