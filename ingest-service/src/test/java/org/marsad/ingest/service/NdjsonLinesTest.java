package org.marsad.ingest.service;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NdjsonLinesTest {

    @Test
    void numbersEveryLineAndSkipsBlankOnes() throws IOException {
        List<String> lines = read("a\n\n  \r\nb\r\nc", 100);
        assertThat(lines).containsExactly("1:a", "4:b", "5:c");
    }

    @Test
    void reportsOverlongLinesAndCarriesOn() throws IOException {
        List<String> lines = read("short\n" + "x".repeat(50) + "\nafter\n", 10);
        assertThat(lines).containsExactly("1:short", "2:TOO LONG", "3:after");
    }

    @Test
    void joinsLinesSplitAcrossReads() throws IOException {
        // A stream that hands out one byte at a time, like a slow network.
        byte[] bytes = "عربي\nsecond\n".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new InputStream() {
            int i;

            @Override
            public int read() {
                return i < bytes.length ? bytes[i++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (i >= bytes.length) {
                    return -1;
                }
                b[off] = bytes[i++];
                return 1;
            }
        };
        NdjsonLines lines = new NdjsonLines(trickle, 100);
        assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("عربي");
        assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(lines.next()).isNull();
    }

    private static List<String> read(String text, int max) throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
        List<String> out = new ArrayList<>();
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            out.add(line.number() + ":" + (line.tooLong() ? "TOO LONG" : new String(line.bytes(), StandardCharsets.UTF_8)));
        }
        return out;
    }
}
