package dev.heygenkit.mcp;

import dev.heygenkit.HeyGenException;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;

import java.util.Map;

/**
 * The server's JSON Schema validator for the SDK: it checks each tool's structured content against the tool's output
 * schema with the same checker that checks arguments ({@link Args}), which covers every keyword {@link Schema}
 * writes. It spares the server the SDK's general validator (a few hundred classes loaded before the first answer).
 */
final class SchemaCheck implements JsonSchemaValidator {
    @Override
    @SuppressWarnings("unchecked")
    public ValidationResponse validate(Map<String, Object> schema, Object instance) {
        if (!(instance instanceof Map<?, ?> map)) {
            return ValidationResponse.asInvalid("structured content is " + (instance == null ? "missing" : "not an object"));
        }
        try {
            Args.check("structured content", schema, (Map<String, Object>) map);
            return ValidationResponse.asValid(null);
        } catch (HeyGenException e) {
            return ValidationResponse.asInvalid(e.getMessage());
        }
    }
}
