package dev.heygenkit.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.ApiException;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.PreflightException;
import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.internal.http.Redactor;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.TextContent;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds every tool answer: structured content that starts with {@code "sandbox": true|false}, the same JSON as text
 * for clients that only read text, and tool errors ({@code isError}) carrying the kit's code, one-line message and
 * hint. Every answer passes through the kit's redactor, so the API key cannot leave in a result or an error.
 */
final class Replies {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final boolean sandbox;
    private final Supplier<Redactor> redactorSource;
    private Redactor redactor;

    /** Answers saying {@code sandbox}; the redactor is asked for once, when the first answer is written. */
    Replies(boolean sandbox, Supplier<Redactor> redactor) {
        this.sandbox = sandbox;
        this.redactorSource = redactor;
    }

    private synchronized Redactor redactor() {
        if (redactor == null) {
            redactor = redactorSource.get();
        }
        return redactor;
    }

    /** A new answer object whose first field says whether the sandbox answered. */
    ObjectNode object() {
        return MAPPER.createObjectNode().put("sandbox", sandbox);
    }

    /** An output schema that starts with the {@code sandbox} flag every answer carries. */
    static Schema schema() {
        return Schema.open().bool("sandbox", "True when the offline sandbox answered (nothing billed), false for HeyGen's API.")
                .require("sandbox");
    }

    /** A successful answer: {@code body} as structured content and as text, then any extra content (images, audio). */
    CallToolResult ok(ObjectNode body, Content... extra) {
        String text = redactor().redact(write(body));
        List<Content> content = new ArrayList<>();
        content.add(TextContent.builder(text).build());
        content.addAll(List.of(extra));
        return CallToolResult.builder().content(content).structuredContent(read(text)).isError(false).build();
    }

    /** The text with the API key masked. */
    String redact(String text) {
        return redactor().redact(text);
    }

    /** A tool error for anything {@code tool} throws; the server keeps running whatever went wrong. */
    CallToolResult error(String tool, Throwable t) {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode e = body.putObject("error");
        describe(tool, t, e);
        body.put("sandbox", sandbox);
        return CallToolResult.builder().content(List.of(TextContent.builder(redactor().redact(write(body))).build())).isError(true).build();
    }

    private static void describe(String tool, Throwable t, ObjectNode e) {
        if (t instanceof HeyGenException h) {
            e.put("code", h.code()).put("message", h.getMessage());
            putIf(e, "hint", Hints.of(tool, h));
            if (h instanceof ApiException a) {
                e.put("status", a.status());
                putIf(e, "param", a.param());
                putIf(e, "request_id", a.requestId());
            }
            if (h instanceof PreflightException p) {
                problems(e.putArray("problems"), p.problems());
                problems(e.putArray("warnings"), p.warnings());
            }
        } else if (t instanceof IllegalArgumentException || t instanceof NullPointerException) {
            e.put("code", Args.INVALID).put("message", String.valueOf(t.getMessage()))
                    .put("hint", "Check the arguments against the tool's input schema.");
        } else if (t instanceof UncheckedIOException io) {
            e.put("code", "io_error").put("message", String.valueOf(io.getMessage()))
                    .put("hint", "Check the path and the free space of the allowed folder.");
        } else {
            e.put("code", "internal_error").put("message", t.toString())
                    .put("hint", "This is a bug in heygen-mcp; the server keeps running. Please report it with the message.");
        }
    }

    /** Writes preflight problems as objects with severity, code, param and message. */
    static void problems(ArrayNode into, List<Problem> problems) {
        for (Problem p : problems) {
            ObjectNode o = into.addObject().put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .put("code", p.code());
            putIf(o, "param", p.param());
            o.put("message", p.message());
        }
    }

    /** Sets a text field only when the value is present, so answers never carry nulls. */
    static ObjectNode putIf(ObjectNode o, String name, Object value) {
        if (value != null) {
            o.put(name, value.toString());
        }
        return o;
    }

    /** The kit's own JSON (snake_case wire names) of a value, as a tree this class can put into answers. */
    static JsonNode tree(Object value) {
        return dev.heygenkit.internal.http.Json.tree(value);
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an answer as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) {
        try {
            return MAPPER.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read an answer back as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
