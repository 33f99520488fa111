package org.resetdesk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads request bodies with a size limit, so one request cannot make the server hold gigabytes. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body as UTF-8 text.
     *
     * @throws TooLargeException when it has more than {@code maxBytes} bytes (the rest is not read)
     */
    public static String readUtf8(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(maxBytes, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            body.write(buffer, 0, read);
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    /** The request body is over the limit; answer 413. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(int maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes");
        }
    }
}
