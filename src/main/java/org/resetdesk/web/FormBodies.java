package org.resetdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code application/x-www-form-urlencoded} bodies with a size limit, for pages that post a small form. Unlike
 * the container's parameter parsing it never reads more than the limit, and it never mixes in query parameters.
 */
public final class FormBodies {

    private FormBodies() {
    }

    /**
     * The fields of the body, decoded as UTF-8; when a name occurs more than once the first value counts.
     *
     * @throws RequestBodies.TooLargeException when the body has more than {@code maxBytes} bytes
     * @throws MalformedFormException          when a name or value is not valid percent-encoding
     */
    public static Map<String, String> readUtf8(InputStream in, int maxBytes) throws IOException {
        return parse(RequestBodies.readUtf8(in, maxBytes));
    }

    /** The fields of a form-encoded text; see {@link #readUtf8}. */
    public static Map<String, String> parse(String body) throws MalformedFormException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static String decode(String text) throws MalformedFormException {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // The message of URLDecoder quotes the input, which may be a password: keep it out.
            throw new MalformedFormException();
        }
    }

    /** The body is not valid form encoding; answer 400. */
    public static final class MalformedFormException extends IOException {
        public MalformedFormException() {
            super("The request body is not valid application/x-www-form-urlencoded text");
        }
    }
}
