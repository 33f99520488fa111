package org.resetdesk.state;

/** How a {@link SharedMap}'s values are written as text and read back. Pure; thread-safe. */
public interface Codec<V> {

    String encode(V value);

    /** The value {@link #encode} wrote; throws {@link IllegalArgumentException} for anything else. */
    V decode(String text);
}
