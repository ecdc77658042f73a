package org.marsad.ingest.feed;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class NetworkGuardTest {

    private static String kind(String literal) throws UnknownHostException {
        return NetworkGuard.forbiddenKind(InetAddress.getByName(literal));
    }

    @Test
    void namesEveryKindOfNonPublicAddress() throws UnknownHostException {
        assertThat(kind("127.0.0.1")).isEqualTo("a loopback address");
        assertThat(kind("::1")).isEqualTo("a loopback address");
        assertThat(kind("0.0.0.0")).isEqualTo("the unspecified address");
        assertThat(kind("10.1.2.3")).isEqualTo("a private address");
        assertThat(kind("172.16.0.1")).isEqualTo("a private address");
        assertThat(kind("192.168.1.1")).isEqualTo("a private address");
        assertThat(kind("169.254.169.254")).isEqualTo("a cloud metadata address");
        assertThat(kind("169.254.10.1")).isEqualTo("a link-local address");
        assertThat(kind("fe80::1")).isEqualTo("a link-local address");
        assertThat(kind("fd00:ec2::254")).isEqualTo("a private (unique local) address");
        assertThat(kind("100.64.0.1")).isEqualTo("a carrier-grade NAT address");
        assertThat(kind("::ffff:10.0.0.1")).isEqualTo("a private address");
        assertThat(kind("224.0.0.1")).isEqualTo("a multicast address");
    }

    @Test
    void letsPublicAddressesThrough() throws UnknownHostException {
        assertThat(kind("93.184.216.34")).isNull();
        assertThat(kind("2606:4700::6810:85e5")).isNull();
        assertThat(kind("172.32.0.1")).isNull();
    }

    @Test
    void refusesLiteralAndNamedLocalHostsUnlessAllowed() {
        NetworkGuard guard = new NetworkGuard(false);
        assertThatThrownBy(() -> guard.check(URI.create("http://localhost:8090/feed.xml")))
                .isInstanceOf(ForbiddenAddressException.class)
                .hasMessageContaining("localhost resolves to").hasMessageContaining("allow-private-networks=true");
        assertThatThrownBy(() -> guard.check(URI.create("http://[::ffff:169.254.169.254]/latest")))
                .isInstanceOf(ForbiddenAddressException.class).hasMessageContaining("cloud metadata");
        assertThatNoException().isThrownBy(() -> new NetworkGuard(true).check(URI.create("http://127.0.0.1/")));
    }
}
