package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;

import java.util.List;

/** Helpers every endpoint group shares: body validation against the bundled schema, query limits and list pages. */
abstract class ApiSupport implements Api {
    private final SchemaValidator validator;

    ApiSupport(SchemaValidator validator) {
        this.validator = validator;
    }

    /** The JSON body, checked against the endpoint's request schema and completed with its defaults. */
    JsonNode body(Req req) {
        JsonNode body = req.json();
        JsonNode schema = Spec.requestSchema(req.method(), req.template());
        List<SchemaValidator.Problem> problems = validator.validate(schema, body);
        if (!problems.isEmpty()) {
            SchemaValidator.Problem p = problems.get(0);
            String more = problems.size() > 1 ? " (" + (problems.size() - 1) + " more problem" + (problems.size() > 2 ? "s" : "") + " after this one)" : "";
            throw ApiError.invalid(p.param().isEmpty() ? null : p.param(), p.message() + more);
        }
        return validator.withDefaults(schema, body);
    }

    /** The {@code limit} query value within the endpoint's declared range, or its default. */
    int limit(Req req) {
        JsonNode spec = Spec.queryParam(req.method(), req.template(), "limit");
        int min = spec.path("min").asInt(1);
        int max = spec.path("max").asInt(100);
        int def = spec.path("default").asInt(20);
        String raw = req.query("limit");
        if (raw == null || raw.isEmpty()) {
            return def;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiError.invalid("limit", "limit \"" + raw + "\" is not a whole number; use " + min + " to " + max);
        }
        if (value < min || value > max) {
            throw ApiError.invalid("limit", "limit must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    /** A query value that must be one of the endpoint's declared enum values, or null when absent. */
    String enumQuery(Req req, String name) {
        String raw = req.query(name);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        JsonNode values = Spec.queryParam(req.method(), req.template(), name).path("enum");
        if (values.isArray() && values.size() > 0) {
            for (JsonNode v : values) {
                if (v.asText().equals(raw)) {
                    return raw;
                }
            }
            StringBuilder allowed = new StringBuilder();
            values.forEach(v -> allowed.append(allowed.length() == 0 ? "" : ", ").append(v.asText()));
            throw ApiError.invalid(name, name + " \"" + raw + "\" is not allowed; use one of " + allowed);
        }
        return raw;
    }

    /** {@code {"data": [...], "has_more", "next_token"}}, the list envelope. */
    static <T> Resp list(Paging.Page<T> page, java.util.function.Function<T, JsonNode> view) {
        ObjectNode out = Json.object();
        ArrayNode data = out.putArray("data");
        page.items().forEach(i -> data.add(view.apply(i)));
        out.put("has_more", page.hasMore());
        out.put("next_token", page.nextToken());
        return Resp.ok(out);
    }
}
