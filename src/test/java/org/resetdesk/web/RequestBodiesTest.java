package org.resetdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RequestBodiesTest {

    @Test
    void readsABodyLargerThanTheFirstBufferWholeAcrossSmallReads() throws IOException {
        String text = "ăîșțâ ".repeat(700); // about 7,700 bytes of two-byte characters

        String read = RequestBodies.readUtf8(trickle(text.getBytes(StandardCharsets.UTF_8)), 64 * 1024);

        assertThat(read).isEqualTo(text);
    }

    @Test
    void takesABodyOfExactlyTheLimitAndRefusesOneByteMore() throws IOException {
        byte[] limit = "x".repeat(3000).getBytes(StandardCharsets.UTF_8);
        byte[] over = "x".repeat(3001).getBytes(StandardCharsets.UTF_8);

        assertThat(RequestBodies.readUtf8(trickle(limit), 3000)).hasSize(3000);
        assertThatThrownBy(() -> RequestBodies.readUtf8(trickle(over), 3000))
                .isInstanceOf(RequestBodies.TooLargeException.class);
    }

    @Test
    void anEmptyBodyIsEmptyText() throws IOException {
        assertThat(RequestBodies.readUtf8(new ByteArrayInputStream(new byte[0]), 1000)).isEmpty();
    }

    /** A stream that hands out at most 100 bytes per read, as a network stream may. */
    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 100));
            }
        };
    }
}
