package org.marsad.ingest.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The SSRF guard: a URL that anyone may submit must not make Marsad fetch from itself, the local network or a
 * cloud metadata service. Every address a host resolves to is checked, before the first request and before
 * every redirect. {@code allowPrivateNetworks} lifts the guard for local use (a feed served on this machine).
 */
public final class NetworkGuard implements UrlGuard {

    public static final String ALLOW_HINT = "set marsad.ingest.allow-private-networks=true to allow it";

    private final boolean allowPrivateNetworks;

    public NetworkGuard(boolean allowPrivateNetworks) {
        this.allowPrivateNetworks = allowPrivateNetworks;
    }

    /**
     * @throws ForbiddenAddressException when the host resolves to an address that is not public
     * @throws FeedException             when the host cannot be resolved
     */
    @Override
    public void check(URI url) throws FeedException {
        if (allowPrivateNetworks) {
            return;
        }
        String host = url.getHost();
        if (host == null) {
            throw new FeedException("URL has no host: " + url);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FeedException("host not found: " + host, e);
        }
        for (InetAddress address : addresses) {
            String kind = forbiddenKind(address);
            if (kind != null) {
                throw new ForbiddenAddressException(host + " resolves to " + address.getHostAddress() + ", " + kind
                        + ": refused (" + ALLOW_HINT + ")");
            }
        }
    }

    /** Why {@code address} is not public, or null when it is. */
    static String forbiddenKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (address.isLinkLocalAddress()) {
            byte[] b = address.getAddress();
            return b.length == 4 && (b[0] & 0xFF) == 169 && (b[1] & 0xFF) == 254 && (b[2] & 0xFF) == 169
                    && (b[3] & 0xFF) == 254 ? "a cloud metadata address" : "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 0 || first >= 240) {
                return "a reserved address";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "a carrier-grade NAT address";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "a benchmarking network address";
            }
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return "a private (unique local) address"; // fc00::/7, incl. fd00:ec2::254 (metadata)
            }
            if (isEmbeddedIpv4(b)) {
                try {
                    InetAddress v4 = InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                    return forbiddenKind(v4);
                } catch (UnknownHostException e) {
                    return "an unreadable address";
                }
            }
        }
        return null;
    }

    /** ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) reach the IPv4 address inside. */
    private static boolean isEmbeddedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == 0 && b[11] == 0) || ((b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF);
    }
}
