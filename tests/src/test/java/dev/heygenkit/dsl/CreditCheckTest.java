package dev.heygenkit.dsl;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.heygenkit.Avatar;
import dev.heygenkit.Batch;
import dev.heygenkit.BatchCheck;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PreflightException;
import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.internal.render.Api;
import dev.heygenkit.internal.render.CreditCheck;
import dev.heygenkit.internal.render.VirtualTime;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The credit check before spending: the estimate, the balance by billing type, its cache, renders and batches. */
class CreditCheckTest {
    @RegisterExtension
    static WireMockExtension wm = Api.server();

    @TempDir
    Path home;
    VirtualTime time;
    HeyGen client;
    final List<ProgressEvent> events = Api.events();

    /** 24 words: about 10 s of speech at 150 words a minute, ≈ $0.32. */
    static final String SCRIPT = "Welcome to the quarterly update. Revenue grew, churn fell, and the new onboarding flow "
            + "halved the time to a first video. Thank you all.";

    @BeforeEach
    void setUp() {
        wm.resetAll();
        time = new VirtualTime();
        client = Api.client(wm, time, home.resolve("renders.jsonl"), events);
        Api.stockLook(wm, "anna");
        Api.stockVoice(wm, "voice_default");
        Api.creates(wm, "vid_1");
    }

    private void wallet(String currency, double left) {
        wm.stubFor(get("/v3/users/me").willReturn(okJson("{\"data\":{\"username\":\"ana\",\"billing_type\":\"wallet\","
                + "\"wallet\":{\"currency\":\"" + currency + "\",\"remaining_balance\":" + left + "}}}")));
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    @Test
    void the_estimate_is_the_expected_length_at_the_indicative_price_and_says_what_it_cannot_tell() {
        AvatarVideoRequest speaks = AvatarVideoRequest.of("anna", Speaker.saying(SCRIPT));
        AvatarVideoRequest audio = AvatarVideoRequest.of("anna", Speaker.builder().audio(dev.heygenkit.api.AssetInput.url("https://x/a.mp3")).build());
        CreditCheck.Estimate one = CreditCheck.estimate(List.of(speaks));
        assertThat(one.seconds()).isBetween(9.0, 11.0);
        assertThat(one.usd()).isEqualTo(Math.round(one.seconds() * 0.0333 * 100) / 100.0);
        assertThat(one.describe()).startsWith("about 10 s of video, ≈ $0.32 at $0.0333/s");
        assertThat(CreditCheck.estimate(List.of(speaks, audio)).describe()).endsWith("plus 1 video of unknown length (audio or template)");
        assertThat(CreditCheck.estimate(List.of(audio)).describe()).isEqualTo("1 video of unknown length (audio or template), so no estimate");
    }

    @Test
    void a_render_the_wallet_cannot_cover_is_refused_before_the_create_call_unless_ignored() {
        wallet("usd", 0.10);
        VideoSpec spec = Avatar.look("anna").say(SCRIPT);
        assertThat(codes(spec.check(client))).containsExactly(ProblemCodes.CREDIT_INSUFFICIENT);
        assertThat(spec.check(client).get(0).message()).contains("this render needs about 10 s of video", "$0.10 left",
                ".ignore(\"credit_insufficient\")");
        PreflightException e = org.junit.jupiter.api.Assertions.assertThrows(PreflightException.class, () -> spec.submit(client));
        assertThat(e.has(ProblemCodes.CREDIT_INSUFFICIENT)).isTrue();
        wm.verify(0, Api.createRequests());

        spec.ignore(ProblemCodes.CREDIT_INSUFFICIENT).submit(client);
        wm.verify(1, Api.createRequests());
        assertThat(events).anySatisfy(ev -> assertThat(ev.message()).startsWith("warning: this render needs"));
    }

    @Test
    void enough_credit_and_an_unreadable_balance_both_let_the_render_through() {
        wallet("usd", 5);
        assertThat(Avatar.look("anna").say(SCRIPT).check(client)).isEmpty();
        wm.stubFor(get("/v3/users/me").willReturn(Api.error(403, "forbidden", "no access")));
        time.advance(Duration.ofMinutes(1));
        assertThat(Avatar.look("anna").say(SCRIPT).check(client)).isEmpty();
    }

    @Test
    void the_balance_is_read_once_per_half_minute_per_client() {
        wallet("usd", 5);
        Avatar.look("anna").say(SCRIPT).check(client);
        Avatar.look("anna").say("Again").check(client);
        wm.verify(1, getRequestedFor(urlEqualTo("/v3/users/me")));
        time.advance(Duration.ofSeconds(31));
        Avatar.look("anna").say("Later").check(client);
        wm.verify(2, getRequestedFor(urlEqualTo("/v3/users/me")));
    }

    @Test
    void balances_in_credits_are_only_refused_when_empty() {
        wallet("credits", 3);
        assertThat(Avatar.look("anna").say(SCRIPT).check(client)).isEmpty();
        time.advance(Duration.ofMinutes(1));
        wallet("credits", 0);
        assertThat(Avatar.look("anna").say(SCRIPT).check(client)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("wallet has none left"));
        time.advance(Duration.ofMinutes(1));
        wm.stubFor(get("/v3/users/me").willReturn(okJson("{\"data\":{\"username\":\"ana\",\"billing_type\":\"subscription\","
                + "\"subscription\":{\"plan\":\"pro\",\"credits\":{\"premium_credits\":{\"remaining\":0},\"add_on_credits\":null}}}}")));
        assertThat(codes(Avatar.look("anna").say(SCRIPT).check(client))).containsExactly(ProblemCodes.CREDIT_INSUFFICIENT);
        time.advance(Duration.ofMinutes(1));
        wm.stubFor(get("/v3/users/me").willReturn(okJson("{\"data\":{\"username\":\"ana\",\"billing_type\":\"usage_based\","
                + "\"usage_based\":{\"spending_cap_usd\":100,\"spending_current_usd\":99.9}}}")));
        assertThat(Avatar.look("anna").say(SCRIPT).check(client).get(0).message()).contains("spending cap has $0.10 left");
    }

    @Test
    void a_batch_checks_credit_once_for_all_its_rows_as_a_problem_of_the_whole_data() {
        try (Sandbox sb = Sandbox.builder().manualClock().creditBalance(0.5).start()) {
            HeyGen sandbox = HeyGen.builder().sandbox(sb).noJournal().build();
            List<Map<String, String>> rows = List.of(Map.of("name", "Ana"), Map.of("name", "Ben"), Map.of("name", "Cy"));
            BatchCheck check = Batch.of(Avatar.look("anna").say("Hi {{name}}. " + SCRIPT)).rows(rows).check(sandbox);
            assertThat(check.errors()).singleElement().satisfies(i -> {
                assertThat(i.row()).isZero();
                assertThat(i.problem().code()).isEqualTo(ProblemCodes.CREDIT_INSUFFICIENT);
                assertThat(i.problem().message()).startsWith("these 3 videos need about 3");
            });
            BatchCheck one = Batch.of(Avatar.look("anna").say("Hi {{name}}.")).rows(rows.subList(0, 1)).check(sandbox);
            assertThat(one.isOk()).isTrue();
            assertThat(Batch.of(Avatar.look("anna").say("Hi {{name}}. " + SCRIPT).ignore(ProblemCodes.CREDIT_INSUFFICIENT))
                    .rows(rows).check(sandbox).isOk()).isTrue();
        }
    }
}
