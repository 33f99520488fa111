package org.resetdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import org.junit.jupiter.api.Test;
import org.resetdesk.conversation.Inbound;

class SenderIdentityTest {

    private static TurnContext turn(ClaimsIdentity identity) {
        Activity activity = Activity.createMessageActivity();
        ChannelAccount from = new ChannelAccount("29:user");
        from.setAadObjectId("aad-object-1");
        activity.setFrom(from);
        TurnContext turn = new TurnContextImpl(
                new BotFrameworkHttpAdapter(new SimpleCredentialProvider(), new SimpleChannelProvider()), activity);
        turn.getTurnState().add(BotAdapter.BOT_IDENTITY_KEY, identity);
        return turn;
    }

    @Test
    void sender_validatedChannelToken_isAuthenticatedWithItsObjectId() {
        ClaimsIdentity validated = new ClaimsIdentity("https://api.botframework.com",
                Map.of(AuthenticationConstants.AUDIENCE_CLAIM, "app-id"));

        Inbound.Sender sender = ActivityMapping.sender(turn(validated));

        assertThat(sender.authenticated()).isTrue();
        assertThat(sender.aadObjectId()).isEqualTo("aad-object-1");
    }

    @Test
    void sender_anonymousIdentity_isNotAuthenticatedWhateverTheActivityClaims() {
        Inbound.Sender sender = ActivityMapping.sender(
                turn(new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE)));

        assertThat(sender.authenticated()).isFalse();
    }
}
