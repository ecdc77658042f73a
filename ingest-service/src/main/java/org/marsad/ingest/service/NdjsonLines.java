package org.marsad.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes without decoding it, so one line with invalid UTF-8 spoils only itself
 * (a 0x0A byte never occurs inside a UTF-8 sequence). Blank lines are skipped but counted; a line longer
 * than the limit is reported as such and its bytes are discarded as they stream by.
 */
final class NdjsonLines {

    /** One line: {@code bytes} is null when the line was longer than the limit. */
    record Line(int number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[8 * 1024];
    private int lineNumber;

    NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next non-blank line, or null at the end of the stream. */
    Line next() throws IOException {
        while (true) {
            int length = 0;
            boolean tooLong = false;
            boolean any = false;
            while (position < limit || fill()) {
                any = true;
                int newline = indexOfNewline();
                int end = newline < 0 ? limit : newline;
                int n = end - position;
                if (!tooLong && length + n > maxLineBytes) {
                    tooLong = true;
                }
                if (!tooLong) {
                    ensureCapacity(length + n);
                    System.arraycopy(chunk, position, line, length, n);
                    length += n;
                }
                position = newline < 0 ? limit : newline + 1;
                if (newline >= 0) {
                    break;
                }
            }
            if (!any) {
                return null;
            }
            lineNumber++;
            if (tooLong) {
                return new Line(lineNumber, null);
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            if (!isBlank(length)) {
                return new Line(lineNumber, Arrays.copyOf(line, length));
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            line = Arrays.copyOf(line, Math.max(needed, Math.min(maxLineBytes, line.length * 2)));
        }
    }

    private boolean isBlank(int length) {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
