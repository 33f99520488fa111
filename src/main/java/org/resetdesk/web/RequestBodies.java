package org.resetdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads request bodies with a size limit, so one request cannot make the server hold gigabytes. */
public final class RequestBodies {

    private static final int FIRST_BUFFER = 1024;

    private RequestBodies() {
    }

    /**
     * The body as UTF-8 text.
     *
     * @throws TooLargeException when it has more than {@code maxBytes} bytes (the rest is not read)
     */
    public static String readUtf8(InputStream in, int maxBytes) throws IOException {
        // Activities are a few hundred bytes: start small and grow, rather than allocate 16 KB per request.
        byte[] body = new byte[(int) Math.min((long) maxBytes + 1, FIRST_BUFFER)];
        int size = 0;
        for (int read = in.read(body, 0, body.length); read >= 0; read = in.read(body, size, body.length - size)) {
            size += read;
            if (size > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            if (size == body.length) {
                body = Arrays.copyOf(body, (int) Math.min((long) maxBytes + 1, 2L * body.length));
            }
        }
        return new String(body, 0, size, StandardCharsets.UTF_8);
    }

    /** The request body is over the limit; answer 413. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(int maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes");
        }
    }
}
