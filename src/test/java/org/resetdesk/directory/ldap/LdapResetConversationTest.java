package org.resetdesk.directory.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resetdesk.channel.ChatDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an employee meets on OpenLDAP: whole resets and unlocks over {@code /api/messages}, the account in a real
 * slapd, the code by real email (GreenMail), the new password then signing in to the directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resetdesk.directory.type=ldap", "resetdesk.notify.dev-outbox=false", "resetdesk.notify.email.type=smtp",
        "resetdesk.notify.email.from=ResetDesk <resetdesk@example.org>", "spring.mail.host=localhost",
        "resetdesk.admin.token=admin-token-for-this-test-only"})
class LdapResetConversationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final Pattern CODE = Pattern.compile("\\b(\\d{8})\\b");
    private static SlapdServer slapd;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws Exception {
        slapd = SlapdServer.start();
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("resetdesk.directory.ldap.flavor", () -> "openldap");
        registry.add("resetdesk.directory.ldap.url", () -> "ldap://localhost:" + slapd.port());
        registry.add("resetdesk.directory.ldap.start-tls", () -> "true");
        registry.add("resetdesk.directory.ldap.trust-certificate", () -> slapd.certificate().toString());
        registry.add("resetdesk.directory.ldap.bind-dn", () -> SlapdServer.SERVICE_DN);
        registry.add("resetdesk.directory.ldap.bind-password", () -> SlapdServer.SERVICE_PASSWORD);
        registry.add("resetdesk.directory.ldap.base-dn", () -> SlapdServer.BASE);
        registry.add("resetdesk.directory.ldap.admin-groups", () -> SlapdServer.ADMINS);
        // the test people have no second mailbox: their codes go to their own, which GreenMail holds
        registry.add("resetdesk.directory.ldap.attributes.alternate-email", () -> "mail");
    }

    @AfterAll
    static void stop() throws Exception {
        if (slapd != null) {
            slapd.close();
        }
    }

    @LocalServerPort
    int port;

    @Test
    void aResetOverChat_changesThePasswordInOpenLdap_andTheNewOneSignsIn() throws Exception {
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say("alice");
        chat.say("Code by email");

        assertThat(String.join("\n", chat.say(codeSentTo("alice@example.org")))).contains("confirmed");
        chat.say("Type it in the chat");
        assertThat(String.join("\n", chat.say("Marble-Orbit-Lantern-81"))).contains("Done");
        assertThat(slapd.binds(SlapdServer.dn("alice"), "Marble-Orbit-Lantern-81")).isTrue();
    }

    @Test
    void aPasswordTheDirectoryRefuses_isToldAsItsPolicy_neverAsAWrongPassword_andAnotherOneIsAsked() throws Exception {
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say("erin");
        chat.say("Code by email");
        chat.say(codeSentTo("erin@example.org"));
        chat.say("Type it in the chat");

        // nine characters: enough for ResetDesk's own rules, one short of the directory's ppolicy (ten)
        String refused = String.join("\n", chat.say("Qz7!mVx2p"));

        assertThat(refused).contains("doesn't meet your organisation's password policy").doesNotContainIgnoringCase(
                "wrong password");
        assertThat(slapd.binds(SlapdServer.dn("erin"), SlapdServer.START_PASSWORD)).isTrue();
    }

    @Test
    void anUnlockOverChat_clearsARealLockout() throws Exception {
        String carol = SlapdServer.dn("carol");
        for (int attempt = 0; attempt < 3; attempt++) {
            slapd.binds(carol, "wrong-password");
        }
        assertThat(slapd.binds(carol, SlapdServer.START_PASSWORD)).as("locked").isFalse();

        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("unlock my account");
        chat.say("carol");
        chat.say("Code by email");
        String reply = String.join("\n", chat.say(codeSentTo("carol@example.org")));

        assertThat(reply).containsIgnoringCase("unlocked");
        assertThat(slapd.binds(carol, SlapdServer.START_PASSWORD)).isTrue();
    }

    private static String codeSentTo(String address) throws Exception {
        for (int waited = 0; waited < 100; waited++) {
            for (MimeMessage mail : SMTP.getReceivedMessages()) {
                Matcher code = CODE.matcher(GreenMailUtil.getBody(mail));
                if (mail.getAllRecipients()[0].toString().equals(address) && code.find()) {
                    return code.group(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no code reached " + address);
    }
}
