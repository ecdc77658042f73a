package org.marsad.store.story;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SimHashBandsTest {

    @Test
    void fingerprintsWithinThreeBitsShareABand() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            long a = random.nextLong();
            long b = a;
            int flips = random.nextInt(SimHashBands.MAX_DISTANCE + 1);
            for (int f = 0; f < flips; f++) {
                b ^= 1L << random.nextInt(64);
            }
            boolean shared = false;
            for (int band = 0; band < SimHashBands.BANDS; band++) {
                shared |= SimHashBands.band(a, band) == SimHashBands.band(b, band);
            }
            assertThat(shared).as("%x and %x", a, b).isTrue();
        }
    }

    @Test
    void countsDifferingBits() {
        assertThat(SimHashBands.distance(0b1011L, 0b0001L)).isEqualTo(2);
        assertThat(SimHashBands.band(0x1234_5678_9ABC_DEF0L, 3)).isEqualTo(0x1234);
    }
}
