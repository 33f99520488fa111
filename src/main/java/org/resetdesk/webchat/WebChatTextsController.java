package org.resetdesk.webchat;

import java.time.Duration;
import java.util.Map;

import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The texts of the chat page and the widget ({@code webchat.*} in {@code dialogs/messages}), so every user-visible
 * text lives in the message files. The widget reads them from intranet pages, so the allowed origins may too.
 */
@RestController
class WebChatTextsController {

    private final MessageCatalog messages;

    WebChatTextsController(MessageCatalog messages) {
        this.messages = messages;
    }

    @GetMapping("/webchat/texts")
    ResponseEntity<Map<String, String>> texts(@RequestParam(defaultValue = "en") String lang) {
        Language language = Language.fromLocale(lang).orElse(Language.EN);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)))
                .body(messages.section(language, "webchat"));
    }
}
