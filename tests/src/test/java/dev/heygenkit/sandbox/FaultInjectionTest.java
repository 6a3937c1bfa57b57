package dev.heygenkit.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deterministic faults by request header and by rule. */
class FaultInjectionTest extends SandboxTestBase {

    private Raw.Reply withFault(String fault) {
        return raw.post("/v3/videos", say("anna", "Hi"), Map.of("X-Sandbox-Fault", fault));
    }

    @Test
    void status_faults_answer_a_v3_error_before_anything_is_created() {
        for (String code : new String[] {"500", "502", "503"}) {
            Raw.Reply r = withFault(code);
            assertThat(r.status()).isEqualTo(Integer.parseInt(code));
            assertThat(r.errorCode()).isEqualTo("internal_error");
        }
        Raw.Reply limited = withFault("429");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorCode()).isEqualTo("rate_limit_exceeded");
        assertThat(limited.header("Retry-After")).isEqualTo("1");
        assertThat(raw.get("/v3/videos").json().get("data")).isEmpty();
    }

    @Test
    void html_and_malformed_faults_break_the_json_contract_on_purpose() {
        Raw.Reply html = withFault("html");
        assertThat(html.status()).isEqualTo(502);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.text()).contains("<html>");
        // sent past Raw's checks, which would (rightly) reject the body
        Raw.Reply malformed = raw.exchange(HttpRequest.newBuilder(sb.baseUri().resolve("/v3/users/me")).header("x-api-key", Raw.KEY)
                .header("X-Sandbox-Fault", "malformed").GET().build());
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.header("Content-Type")).isEqualTo("application/json");
        assertThatThrownBy(malformed::json).isInstanceOf(AssertionError.class);
    }

    @Test
    void reset_drops_the_connection_without_a_response() {
        HttpRequest req = HttpRequest.newBuilder(sb.baseUri().resolve("/v3/avatars/looks")).header("x-api-key", Raw.KEY)
                .header("X-Sandbox-Fault", "reset").timeout(Duration.ofSeconds(5)).GET().build();
        assertThatThrownBy(() -> raw.http.send(req, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        assertThat(raw.get("/v3/avatars/looks?limit=1").status()).as("the server keeps serving").isEqualTo(200);
    }

    @Test
    void slow_delays_and_timeout_withholds_the_answer_after_the_video_was_created() throws Exception {
        long t0 = System.nanoTime();
        assertThat(withFault("slow=250").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        HttpRequest req = HttpRequest.newBuilder(sb.baseUri().resolve("/v3/videos")).header("x-api-key", Raw.KEY)
                .header("Content-Type", "application/json").header("X-Sandbox-Fault", "timeout=400")
                .timeout(Duration.ofMillis(150)).POST(HttpRequest.BodyPublishers.ofString(say("anna", "Committed?"))).build();
        assertThatThrownBy(() -> raw.http.send(req, HttpResponse.BodyHandlers.ofString())).isInstanceOf(HttpTimeoutException.class);
        assertThat(raw.get("/v3/videos").json().get("data")).as("the timed-out POST took effect").hasSize(2);
    }

    @Test
    void a_rule_fails_the_next_matching_requests_only() {
        sb.injectFault(Fault.status(503).on("POST", "/v3/videos").times(2));
        assertThat(raw.get("/v3/avatars/looks?limit=1").status()).isEqualTo(200);
        assertThat(raw.post("/v3/videos", say("anna", "Hi")).status()).isEqualTo(503);
        assertThat(raw.post("/v3/videos", say("anna", "Hi")).status()).isEqualTo(503);
        assertThat(raw.post("/v3/videos", say("anna", "Hi")).status()).isEqualTo(200);
        sb.injectFault(Fault.status(500).on(null, "/v3/avatars/*").always());
        assertThat(raw.get("/v3/avatars/looks").status()).isEqualTo(500);
        assertThat(raw.get("/v3/avatars/group_anna").status()).isEqualTo(500);
        assertThat(raw.get("/v3/voices?limit=1").status()).isEqualTo(200);
        sb.clearFaults();
        assertThat(raw.get("/v3/avatars/looks?limit=1").status()).isEqualTo(200);
    }

    @Test
    void an_unknown_fault_header_is_a_400_naming_the_header() {
        Raw.Reply r = withFault("explode");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorParam()).isEqualTo("X-Sandbox-Fault");
        assertThat(r.errorMessage()).contains("slow=<ms>");
    }

    @Test
    void fault_values_parse_and_print_in_header_syntax() {
        assertThat(Fault.parse("slow=120").delay()).isEqualTo(Duration.ofMillis(120));
        assertThat(Fault.parse("429").status()).isEqualTo(429);
        assertThat(Fault.parse("reset").kind()).isEqualTo(Fault.Kind.RESET);
        assertThat(Fault.status(502).on("get", "/v3/videos").times(3).toString()).isEqualTo("502 on GET /v3/videos x3");
        assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.html().times(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
