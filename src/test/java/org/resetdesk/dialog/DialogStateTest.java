package org.resetdesk.dialog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DialogStateTest {

    @Test
    void new_moreSlotsThanTheLimit_isRefused() {
        Map<String, String> slots = new HashMap<>();
        for (int i = 0; i <= DialogState.MAX_SLOTS; i++) {
            slots.put("slot-" + i, "x");
        }

        assertThatThrownBy(() -> new DialogState("f", "s", 0, slots))
                .hasMessage("at most 16 slots, got 17");
    }

    @Test
    void new_slotLongerThanTheLimit_isRefused() {
        Map<String, String> slots = Map.of("name", "x".repeat(DialogState.MAX_SLOT_LENGTH + 1));

        assertThatThrownBy(() -> new DialogState("f", "s", 0, slots))
                .hasMessage("slot 'name' longer than 256");
    }
}
