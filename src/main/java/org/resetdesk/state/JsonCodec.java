package org.resetdesk.state;

import tools.jackson.databind.json.JsonMapper;

/**
 * A record as JSON, read back as that record type only: nothing in a store can make the application build any other
 * class. For values that hold nothing secret; see {@link SealedJsonCodec} for the others.
 */
public final class JsonCodec<V> implements Codec<V> {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Class<V> type;

    public JsonCodec(Class<V> type) {
        this.type = type;
    }

    @Override
    public String encode(V value) {
        return JSON.writeValueAsString(value);
    }

    @Override
    public V decode(String text) {
        return JSON.readValue(text, type);
    }
}
