package org.resetdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.conversation.TurnHandler;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.enrollment.EnrollmentStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A signed-in Teams user who has not registered enough methods, or whose last confirmation is older than
 * {@code resetdesk.registration.reconfirm-days}, is asked to look at them once a day; nobody on the web chat is.
 */
@SpringBootTest(properties = "resetdesk.registration.reconfirm-days=30")
@Import(TestClockConfiguration.class)
class RegistrationReminderTest {

    private static final String NO_METHODS = "3b5d7f9a-1c3e-4a6b-9d82-7f1a3c5e7b05";
    private static final String ANA = "0f9a6c2e-1b7d-4e35-9c51-6a3f2d8b7e01";

    @Autowired
    TurnHandler handler;

    @Autowired
    MutableClock clock;

    @Autowired
    EnrollmentStore store;

    @Test
    void aTeamsUserWithNothingRegistered_isAskedOnceADay_andTheButtonStartsRegistration() {
        clock.advance(Duration.ofDays(3));
        RegistrationChat chat = RegistrationChat.teams(handler, NO_METHODS);

        assertThat(chat.say("hi")).contains("doesn't have enough password reset methods");
        assertThat(chat.buttons()).containsExactly("Register my methods");
        assertThat(chat.say("hi")).doesNotContain("password reset methods");
        assertThat(chat.say("Register my methods")).contains("You're signed in as **no.methods@contoso.example**");
        clock.advance(Duration.ofDays(1));
        assertThat(RegistrationChat.teams(handler, NO_METHODS).say("hi"))
                .contains("doesn't have enough password reset methods");
    }

    @Test
    void methodsConfirmedLongerAgoThanTheReconfirmDays_areToBeReviewed() throws Exception {
        clock.advance(Duration.ofDays(10));
        store.update(ANA, current -> current.confirmedAt(clock.instant())).get();
        assertThat(RegistrationChat.teams(handler, ANA).say("hi")).doesNotContain("password reset methods");

        clock.advance(Duration.ofDays(31));

        assertThat(RegistrationChat.teams(handler, ANA).say("hi"))
                .contains("It's time to check that your password reset methods are still right");
    }

    @Test
    void onTheWebChat_nobodyIsReminded() {
        clock.advance(Duration.ofDays(5));
        store.update(NO_METHODS, current -> Enrollment.none(NO_METHODS)).join();

        assertThat(RegistrationChat.webChat(handler).say("hi")).doesNotContain("password reset methods");
    }
}
