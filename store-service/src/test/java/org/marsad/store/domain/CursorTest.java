package org.marsad.store.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void readsBackWhatItWrote() {
        Cursor cursor = new Cursor(Instant.parse("2025-03-01T08:00:00.123456Z"), "abc def");

        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void refusesTextItDidNotWrite() {
        assertThatThrownBy(() -> Cursor.decode("not a cursor")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cursor.decode("bm90LWEtY3Vyc29y")).isInstanceOf(IllegalArgumentException.class);
    }
}
