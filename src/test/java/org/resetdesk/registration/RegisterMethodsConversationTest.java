package org.resetdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.audit.InMemoryAuditSink;
import org.resetdesk.conversation.TurnHandler;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.enrollment.EnrollmentStore;
import org.resetdesk.notify.Notification;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.resetdesk.text.Reply;
import org.resetdesk.verification.Base32;
import org.resetdesk.verification.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Registering reset methods over chat, as employees do it: in Teams behind a validated token, and on the anonymous
 * web chat only after the reset policy's full proof. Every method is confirmed before it counts, every change is
 * audited and told to the user's other contacts, and the refusals say what to do next.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class RegisterMethodsConversationTest {

    private static final String NO_METHODS = "3b5d7f9a-1c3e-4a6b-9d82-7f1a3c5e7b05";
    private static final String ANA = "0f9a6c2e-1b7d-4e35-9c51-6a3f2d8b7e01";
    private static final String JOHN = "2c4e8a1d-5f3b-4b6a-8d27-1e9c0b5a4f02";
    private static final String ADMIN = "5a7b9c3e-2d4f-4e6a-9b18-3c5d7e9f1a03";
    private static final String NEW_PHONE = "+40 721 000 099";
    private static final String NEW_PHONE_E164 = "+40721000099";

    @Autowired
    TurnHandler handler;

    @Autowired
    OutboxNotifier outbox;

    @Autowired
    EnrollmentStore store;

    @Autowired
    InMemoryAuditSink audit;

    @Autowired
    MutableClock clock;

    @Autowired
    Totp totp;

    @BeforeEach
    void freshLimits() {
        // every test starts past the blocks and code limits the ones before may have reached
        clock.advance(Duration.ofDays(2));
    }

    @Test
    void aTeamsUserWithNothingRegistered_addsAPhone_thatCountsOnlyOnceTheCodeSentToItComesBack() throws Exception {
        RegistrationChat chat = signedInWithNothing();

        assertThat(chat.say("Add or change my mobile phone")).contains("country code");
        assertThat(chat.say(NEW_PHONE)).contains("I've sent a code to ********099");
        assertThat(store.find(NO_METHODS).get()).isEmpty();

        String saved = chat.say(OutboxCodes.newestTo(outbox, NEW_PHONE_E164).orElseThrow());

        assertThat(saved).contains("Saved: **Mobile phone** is registered").contains("********099");
        assertThat(store.find(NO_METHODS).get()).hasValueSatisfying(enrollment -> {
            assertThat(enrollment.mobilePhone()).isEqualTo(NEW_PHONE_E164);
            assertThat(enrollment.confirmedAt()).isNotNull();
        });
        assertThat(audit.events()).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(
                AuditEvent.MethodChanged.class, changed -> {
                    assertThat(changed.method()).isEqualTo("SMS_CODE");
                    assertThat(changed.change()).isEqualTo(AuditEvent.MethodChange.ADDED);
                    assertThat(changed.context().userId()).isEqualTo(NO_METHODS);
                }));
    }

    @Test
    void aWrongCode_registersNothing_andSaysWhatToDo() throws Exception {
        RegistrationChat chat = signedInWithNothing();
        chat.say("Add or change my mobile phone");
        chat.say(NEW_PHONE);
        String right = OutboxCodes.newestTo(outbox, NEW_PHONE_E164).orElseThrow();

        assertThat(chat.say(wrong(right))).contains("That code isn't right");

        assertThat(store.find(NO_METHODS).get()).isEmpty();
    }

    @Test
    void aNumberWithoutItsCountryCode_isRefusedWithAnExample() {
        RegistrationChat chat = signedInWithNothing();
        chat.say("Add or change my mobile phone");

        assertThat(chat.say("0721 000 099")).contains("with its country code, like +40 721 000 000");
    }

    @Test
    void anAuthenticatorApp_isShownOnceAsAQrCodeAndKey_andCountsOnlyWithItsFirstCode() throws Exception {
        RegistrationChat chat = signedInWithNothing();

        chat.say("Set up an authenticator app");

        Reply key = chat.lastReplies().get(0);
        assertThat(key.once()).isTrue();
        Matcher uri = Pattern.compile("otpauth://totp/ResetDesk:no\\.methods%40contoso\\.example\\?secret=([A-Z2-7]+)"
                + "&issuer=ResetDesk&algorithm=SHA1&digits=6&period=30").matcher(key.text());
        assertThat(uri.find()).as(key.text()).isTrue();
        assertThat(String.valueOf(chat.card())).contains("\"type\"=\"Image\"".replace("\"", ""))
                .contains("data:image/png;base64,");
        byte[] secret = Base32.decode(uri.group(1));

        assertThat(chat.say(totp.codeAt(secret, clock.instant()))).contains("Saved: **Authenticator app**");
        assertThat(store.find(NO_METHODS).get().orElseThrow().authenticatorSecret()).isEqualTo(secret);
    }

    @Test
    void securityQuestions_areRegisteredWithAnOwnQuestion_answersHashed_repeatsAndShortAnswersRefused()
            throws Exception {
        RegistrationChat chat = signedInWithNothing();
        chat.say("Set my security questions");
        assertThat(chat.buttons()).contains("What was the name of your first pet?", "Write my own question");

        chat.say("What was the name of your first pet?");
        assertThat(chat.say("Rex")).contains("Security question 2 of 3");
        chat.say("Write my own question");
        assertThat(chat.say("What is my <a href=x>favourite</a> river?")).contains("plain punctuation");
        chat.say("Which river did we swim in?");
        assertThat(chat.say("no")).contains("An answer needs 3 to 40 characters");
        assertThat(chat.say("REX ")).contains("That's the answer to another of your questions");
        chat.say("Mureș");
        assertThat(chat.buttons()).doesNotContain("What was the name of your first pet?");
        chat.say("In which city were you born?");

        assertThat(chat.say("Sibiu")).contains("Saved: **Security questions**");
        Enrollment saved = store.find(NO_METHODS).get().orElseThrow();
        assertThat(saved.questions()).extracting(Enrollment.RegisteredQuestion::questionKey).containsExactly(
                "question.first-pet", "custom:Which river did we swim in?", "question.birth-city");
        assertThat(saved.questions()).allSatisfy(question -> assertThat(question.answerHash())
                .startsWith("pbkdf2-sha256$").doesNotContainIgnoringCase("rex").doesNotContain("Sibiu"));
    }

    @Test
    void aTeamsUserWithMethods_mustProveOneOfThemFirst() {
        RegistrationChat chat = RegistrationChat.teams(handler, ANA);
        chat.say("I want to register my methods");

        assertThat(chat.say("yes")).contains("choose how you'll prove it").doesNotContain("What would you like to do?");
    }

    @Test
    void anAdministrator_isNeverOfferedSecurityQuestions() {
        RegistrationChat chat = RegistrationChat.teams(handler, ADMIN);
        chat.say("I want to register my methods");
        chat.say("yes");
        chat.say("Code by email");

        String menu = chat.say(OutboxCodes.newestTo(outbox, "mihai.ionescu.personal@example.net").orElseThrow());

        assertThat(menu).contains("What would you like to do?").doesNotContain("Security questions");
        assertThat(chat.buttons()).contains("Set up an authenticator app").doesNotContain("Set my security questions");
    }

    @Test
    void onTheWebChat_changesNeedTheResetPolicysProof_andTheUsersOtherContactsAreTold() throws Exception {
        RegistrationChat chat = RegistrationChat.webChat(handler);
        assertThat(chat.say("I want to register my methods")).contains("Nothing registered yet?")
                .contains("Which account is it?");
        chat.say("john.doe@contoso.example");
        chat.say("Code by email");
        assertThat(chat.say(OutboxCodes.newestTo(outbox, "john.doe.home@example.net").orElseThrow()))
                .contains("What would you like to do?").contains("j***@example.net");

        chat.say("Add or change my mobile phone");
        chat.say(NEW_PHONE);
        chat.say(OutboxCodes.newestTo(outbox, NEW_PHONE_E164).orElseThrow());

        assertThat(outbox.newestFirst()).extracting(delivered -> delivered.notification())
                .filteredOn(notification -> notification.subject().contains("reset methods were changed"))
                .extracting(Notification::to)
                .contains("john.doe.home@example.net", "+40721000002").doesNotContain(NEW_PHONE_E164);
        assertThat(store.find(JOHN).get().orElseThrow().mobilePhone()).isEqualTo(NEW_PHONE_E164);
    }

    @Test
    void aProofOlderThanTheSessionLifetime_changesNothing() throws Exception {
        RegistrationChat chat = RegistrationChat.webChat(handler);
        chat.say("I want to register my methods");
        chat.say("john.doe@contoso.example");
        chat.say("Code by email");
        chat.say(OutboxCodes.newestTo(outbox, "john.doe.home@example.net").orElseThrow());
        clock.advance(Duration.ofMinutes(15));

        assertThat(chat.say("Add or change my mobile phone")).contains("this session has expired");
        assertThat(store.find(JOHN).get().map(Enrollment::mobilePhone)).isEmpty();
    }

    @Test
    void onTheWebChat_withoutAProof_theMenuIsNeverReached() {
        RegistrationChat chat = RegistrationChat.webChat(handler);
        chat.say("I want to register my methods");
        chat.say("john.doe@contoso.example");
        chat.say("Code by email");

        assertThat(chat.say("87654321")).contains("That code isn't right").doesNotContain("What would you like to do?");
        assertThat(chat.say("Add or change my mobile phone")).contains("That doesn't look like a code");
    }

    @Test
    void onTheWebChat_anAccountWithNothingRegistered_getsTheSameWordsAsAnyone_andNeverTheMenu() {
        RegistrationChat chat = RegistrationChat.webChat(handler);
        chat.say("I want to register my methods");
        chat.say("no.methods@contoso.example");

        assertThat(chat.say("Code by email")).startsWith("If the account exists");
        assertThat(chat.say("12345678")).contains("That code isn't right").doesNotContain("What would you like to do?");
    }

    @Test
    void aMethodIsNotRemoved_whenTooFewWouldBeLeft() throws Exception {
        RegistrationChat chat = signedInWithNothing();
        chat.say("Add or change my alternate email");
        chat.say("nobody.else@example.net");
        chat.say(OutboxCodes.newestTo(outbox, "nobody.else@example.net").orElseThrow());

        chat.say("Remove a method");
        String refused = chat.say("Alternate email");

        assertThat(refused).contains("fewer than the 1 methods your organisation requires");
        assertThat(store.find(NO_METHODS).get().orElseThrow().alternateEmail()).isEqualTo("nobody.else@example.net");
    }

    @Test
    void confirmingTheMethodsAreUpToDate_isAudited() throws Exception {
        RegistrationChat chat = RegistrationChat.teams(handler, ANA);
        chat.say("I want to register my methods");
        chat.say("yes");
        chat.say("Code by email");
        chat.say(OutboxCodes.newestTo(outbox, "ana.popescu.personal@example.net").orElseThrow());

        assertThat(chat.say("They're all up to date")).contains("confirmed as up to date");

        assertThat(audit.events()).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(
                AuditEvent.MethodChanged.class, changed -> assertThat(changed.change())
                        .isEqualTo(AuditEvent.MethodChange.CONFIRMED)));
    }

    private RegistrationChat signedInWithNothing() {
        store.update(NO_METHODS, current -> Enrollment.none(NO_METHODS)).join();
        RegistrationChat chat = RegistrationChat.teams(handler, NO_METHODS);
        assertThat(chat.say("I want to register my methods"))
                .contains("You're signed in as **no.methods@contoso.example**");
        assertThat(chat.say("yes")).contains("Reset methods of **no.methods@contoso.example**")
                .contains("What would you like to do?");
        return chat;
    }

    private static String wrong(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
    }
}
