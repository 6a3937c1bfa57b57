package dev.heygenkit.api;

import dev.heygenkit.AuthenticationException;

import dev.heygenkit.internal.http.WireFixture;
import dev.heygenkit.internal.http.WireTest;



import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.heygenkit.internal.http.WireFixture.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GET /v3/users/me with each billing block. */
class UsersWireTest extends WireTest {
    @Test
    void me_reads_a_wallet_account() {
        wire.server().stubFor(get("/v3/users/me").willReturn(okJson(response("users-me-wallet.json"))));
        UserInfo me = client.users().me();
        assertThat(me.username()).isEqualTo("jane");
        assertThat(me.billingType()).isEqualTo("wallet");
        assertThat(me.wallet().remainingBalance()).isEqualTo(12.5);
        assertThat(me.wallet().autoReload()).isEqualTo(new UserInfo.AutoReload(true, 20.0, 5.0));
        assertThat(me.subscription()).isNull();
        wire.server().verify(getRequestedFor(urlEqualTo("/v3/users/me")).withHeader("x-api-key", equalTo(WireFixture.CANARY_KEY)));
    }

    @Test
    void me_reads_a_subscription_account() {
        wire.server().stubFor(get("/v3/users/me").willReturn(okJson(response("users-me-subscription.json"))));
        UserInfo me = client.users().me();
        assertThat(me.subscription().plan()).isEqualTo("creator");
        assertThat(me.subscription().credits().premiumCredits()).isEqualTo(new UserInfo.CreditBalance(120L, "2026-04-01T00:00:00Z"));
        assertThat(me.subscription().credits().addOnCredits()).isNull();
        assertThat(me.email()).isNull();
    }

    @Test
    void me_reads_a_usage_based_account() {
        wire.server().stubFor(get("/v3/users/me").willReturn(okJson(response("users-me-usage.json"))));
        UserInfo.UsageBased usage = client.users().me().usageBased();
        assertThat(usage).isEqualTo(new UserInfo.UsageBased(1000.0, 250.5, 500.0, 123.45));
    }

    @Test
    void a_rejected_key_is_an_authentication_error() {
        wire.server().stubFor(get("/v3/users/me").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"code\":\"unauthorized\",\"message\":\"Invalid API key\"}}")));
        assertThatThrownBy(() -> client.users().me()).isInstanceOf(AuthenticationException.class);
    }
}
