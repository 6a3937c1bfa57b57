package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.testing.V3Schemas;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain {@code java.net.http} client for the sandbox (deliberately not the kit's client). Every response it sees
 * is checked: a 2xx from {@code /v3/} against the v3 response schema of its endpoint, an error against the error
 * envelope, and every response for an {@code X-Request-Id}.
 */
final class Raw {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = "sk_sandbox_test_key";

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    final URI base;
    final String key;
    final List<String> validated = new ArrayList<>();

    Raw(Sandbox sb) {
        this(sb.baseUri(), KEY);
    }

    Raw(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    Raw withKey(String other) {
        return new Raw(base, other);
    }

    /** A response, its body kept as bytes. */
    record Reply(int status, HttpHeaders headers, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode data() {
            return json().get("data");
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String errorCode() {
            return json().path("error").path("code").asText(null);
        }

        String errorParam() {
            return json().path("error").path("param").asText(null);
        }

        String errorMessage() {
            return json().path("error").path("message").asText(null);
        }
    }

    Reply get(String path) {
        return send("GET", path, null, Map.of());
    }

    Reply post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    Reply post(String path, String json, Map<String, String> headers) {
        return send("POST", path, json, headers);
    }

    Reply patch(String path, String json) {
        return send("PATCH", path, json, Map.of());
    }

    Reply delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    Reply send(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).method(method, body);
        if (key != null) {
            b.header("x-api-key", key);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        return check(method, path, exchange(b.build()));
    }

    Reply sendBytes(String method, String path, byte[] bytes, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (key != null && path.startsWith("/v3/")) {
            b.header("x-api-key", key);
        }
        headers.forEach(b::header);
        return check(method, path, exchange(b.build()));
    }

    /** POSTs a multipart/form-data upload to /v3/assets with the file in a part named {@code partName}. */
    Reply multipart(String filename, byte[] bytes, String partName) {
        String boundary = "----sandboxtest" + System.nanoTime();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return sendBytes("POST", "/v3/assets", out.toByteArray(), Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    /** GETs an absolute URL (a presigned media URL) without any API key, as a storage client would. */
    Reply fetch(String url) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
        Reply r = exchange(req);
        assertThat(r.header("X-Request-Id")).as("X-Request-Id on " + url).isNotBlank();
        return r;
    }

    Reply exchange(HttpRequest req) {
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply check(String method, String path, Reply r) {
        assertThat(r.header("X-Request-Id")).as("X-Request-Id on " + method + " " + path).isNotBlank();
        if (!path.startsWith("/v3/")) {
            return r;
        }
        if (r.status() >= 200 && r.status() < 300) {
            String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            if (V3Schemas.hasSchema(method, bare, "response_schema")) {
                assertValidResponse(method, bare, r.json());
                validated.add(method + " " + bare);
            }
        } else if (r.header("Content-Type") != null && r.header("Content-Type").startsWith("application/json")) {
            assertErrorEnvelope(r.json());
        }
        return r;
    }

    static void assertValidResponse(String method, String path, JsonNode body) {
        List<String> problems = V3Schemas.responseProblems(method, path, body);
        assertThat(problems).as("response of %s %s breaks the v3 schema; body: %s", method, path, body).isEmpty();
    }

    static void assertErrorEnvelope(JsonNode body) {
        assertThat(body.isObject()).as("error body is an object: %s", body).isTrue();
        assertThat(fieldNames(body)).as("error envelope keys").containsExactly("error");
        JsonNode e = body.get("error");
        assertThat(Set.of("code", "message", "param", "doc_url")).as("error fields of %s", body).containsAll(fieldNames(e));
        assertThat(e.path("code").isTextual() && !e.get("code").asText().isBlank()).as("error.code in %s", body).isTrue();
        assertThat(e.get("code").asText()).matches("[a-z_]+");
        assertThat(e.path("message").isTextual() && !e.get("message").asText().isBlank()).as("error.message in %s", body).isTrue();
        assertThat(e.get("message").asText()).as("one-line message").doesNotContain("\n");
        if (e.has("param")) {
            assertThat(e.get("param").isTextual()).isTrue();
        }
        if (e.has("doc_url")) {
            assertThat(e.get("doc_url").asText()).startsWith("https://");
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }

    /** Quotes a Java string as a JSON string literal. */
    static String q(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
