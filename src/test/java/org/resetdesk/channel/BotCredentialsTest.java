package org.resetdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class BotCredentialsTest {

    @Test
    void from_nothingSet_isALocalBotWithoutRegistration() {
        BotCredentials credentials = BotCredentials.from(new MockEnvironment());

        assertThat(credentials.configured()).isFalse();
        assertThat(credentials.type()).isEqualTo(BotCredentials.AppType.MULTI_TENANT);
    }

    @Test
    void from_singleTenantWithoutTenant_failsNamingTheSetting() {
        MockEnvironment environment = new MockEnvironment().withProperty("MicrosoftAppId", "app")
                .withProperty("MicrosoftAppPassword", "fake").withProperty("MicrosoftAppType", "SingleTenant");

        assertThatThrownBy(() -> BotCredentials.from(environment))
                .hasMessage("MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId");
    }

    @Test
    void from_passwordWithoutAppId_fails() {
        MockEnvironment environment = new MockEnvironment().withProperty("MicrosoftAppPassword", "fake");

        assertThatThrownBy(() -> BotCredentials.from(environment)).hasMessageContaining("MicrosoftAppId");
    }

    @Test
    void from_managedIdentityType_isRefusedAsUnsupported() {
        MockEnvironment environment = new MockEnvironment().withProperty("MicrosoftAppId", "app")
                .withProperty("MicrosoftAppPassword", "fake").withProperty("MicrosoftAppType", "UserAssignedMSI");

        assertThatThrownBy(() -> BotCredentials.from(environment))
                .hasMessageContaining("MicrosoftAppType=UserAssignedMSI is not supported");
    }

    @Test
    void toString_neverShowsThePassword() {
        MockEnvironment environment = new MockEnvironment().withProperty("MicrosoftAppId", "app")
                .withProperty("MicrosoftAppPassword", "obviously-fake-secret");

        assertThat(BotCredentials.from(environment).toString()).doesNotContain("obviously-fake-secret");
    }
}
