package org.resetdesk.channel;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Without an app registration, /api/messages serves only its own machine unless anonymous access is allowed. */
class AnonymousAccessTest {

    private static final String GREETING = """
            {"type":"message","text":"hello","channelId":"webchat","deliveryMode":"expectReplies",
             "conversation":{"id":"c-anon"},"from":{"id":"u"},"recipient":{"id":"bot"}}""";

    static MockHttpServletRequestBuilder from(String address) {
        return post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(GREETING)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }


    @Nested
    @SpringBootTest
    @AutoConfigureMockMvc
    class ByDefault {

        @Autowired
        MockMvc mvc;

        @Test
        void requestFromAnotherMachine_isForbiddenWithAReason() throws Exception {
            mvc.perform(from("10.20.30.40"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error.message").value(
                            "This bot has no app registration and only accepts requests from its own machine"));
        }

        @Test
        void requestFromLoopback_isServed() throws Exception {
            mvc.perform(from("127.0.0.1"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.activities[0].type").value("message"));
        }
    }

    @Nested
    @SpringBootTest(properties = "resetdesk.channel.allow-anonymous=true")
    @AutoConfigureMockMvc
    class WhenAllowed {

        @Autowired
        MockMvc mvc;

        @Test
        void requestFromAnotherMachine_isServed() throws Exception {
            mvc.perform(from("10.20.30.40"))
                    .andExpect(status().isOk());
        }
    }
}
