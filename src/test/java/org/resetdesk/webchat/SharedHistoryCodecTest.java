package org.resetdesk.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.crypto.SecretCipher;
import org.resetdesk.state.SealedJsonCodec;

/** A web chat history in a shared store is sealed and comes back whole. */
class SharedHistoryCodecTest {

    @Test
    void aHistory_comesBackEqual_andNothingOfItIsReadableInTheStore() {
        SealedJsonCodec<SharedConversations.History> codec = new SealedJsonCodec<>(SharedConversations.History.class,
                new SecretCipher(new byte[32], List.of()), "webchat-history");
        SharedConversations.History history = new SharedConversations.History(2, List.of(
                new SharedConversations.Item(1, "{\"text\":\"reset my password\"}", null),
                new SharedConversations.Item(2, "{\"text\":\"Your temporary password is Tmp-1234\"}",
                        "{\"text\":\"••••\"}")));

        String stored = codec.encode(history);

        assertThat(codec.decode(stored)).isEqualTo(history);
        assertThat(stored).doesNotContain("Tmp-1234").doesNotContain("reset my password");
    }
}
