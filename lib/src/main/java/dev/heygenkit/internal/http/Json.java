package dev.heygenkit.internal.http;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one shared JSON codec: snake_case names, absent values not sent, unknown response fields tolerated. The mapper
 * itself stays inside this package, so nothing can reconfigure it for everyone.
 */
public final class Json {
    /** The shared, thread-safe mapper configured for the v3 wire format; the transport writes bodies with it. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            // Convenience predicates such as isReady() are not wire fields.
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .addModule(FiniteNumbers.module())
            .build();

    private Json() {
    }

    /** Serialises a value to compact JSON text. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw finiteOr(e, value);
        }
    }

    /** Serialises a value to indented JSON text. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw finiteOr(e, value);
        }
    }

    /**
     * {@link #pretty} for a terminal: also escapes the C1 controls and line/paragraph separators that Jackson leaves
     * raw (valid JSON either way), so a hostile server string cannot drive the terminal through JSON output.
     */
    public static String prettyForTerminal(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().with(TerminalEscapes.INSTANCE).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw finiteOr(e, value);
        }
    }

    /** {@link #write} with the escapes of {@link #prettyForTerminal}. */
    public static String writeForTerminal(Object value) {
        try {
            return MAPPER.writer().with(TerminalEscapes.INSTANCE).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw finiteOr(e, value);
        }
    }

    private static final class TerminalEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        static final TerminalEscapes INSTANCE = new TerminalEscapes();
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            boolean control = (ch >= 0x7f && ch <= 0x9f) || ch == 0x2028 || ch == 0x2029;
            return control ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    /** Converts a value to a JSON tree. */
    public static JsonNode tree(Object value) {
        try {
            return MAPPER.valueToTree(value);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonMappingException m && FiniteNumbers.problem(m) != null) {
                throw FiniteNumbers.problem(m);
            }
            throw e;
        }
    }

    /** The preflight error for a NaN or infinite number, else the usual serialisation error. */
    static RuntimeException finiteOr(JsonProcessingException e, Object value) {
        if (e instanceof JsonMappingException m && FiniteNumbers.problem(m) != null) {
            return FiniteNumbers.problem(m);
        }
        return new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName() + " to JSON: "
                + e.getOriginalMessage(), e);
    }

    /** Reads a tree into a type, naming the type when the shape does not fit. */
    public static <T> T read(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unexpected " + type.getSimpleName() + " JSON from the API: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Text from the server cut for a message: at most {@code max} characters, the cut marked with how much was left
     * out, so a hostile or broken answer cannot flood a terminal or a log.
     */
    public static String abbreviate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "… (" + (text.length() - max) + " more characters)";
    }

    /** A new, empty JSON object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A new, empty JSON array. */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Reads an array of objects into a list of {@code type}; anything but an array reads as an empty list. */
    public static <T> List<T> readList(JsonNode array, Class<T> type) {
        if (array == null || !array.isArray()) {
            return new ArrayList<>();
        }
        return MAPPER.convertValue(array, MAPPER.getTypeFactory().constructCollectionType(List.class, type));
    }

    /** Parses JSON text into a tree, leaving the caller to word the error. */
    public static JsonNode readTree(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** Parses JSON bytes into a tree, leaving the caller to word the error. */
    public static JsonNode readTree(byte[] bytes) throws IOException {
        return MAPPER.readTree(bytes);
    }

    /**
     * Reads the {@code data} member of an envelope straight from the body bytes as {@code type}, in one pass and
     * without a tree of the whole body. Returns null when it cannot (not an object, no or null or repeated
     * {@code data}, a value that does not fit): callers then take the tree route, which words the error.
     */
    public static <T> T readData(byte[] body, Class<T> type) {
        try (JsonParser p = MAPPER.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            T value = null;
            boolean seen = false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("data")) {
                    if (seen || v == JsonToken.VALUE_NULL) {
                        return null;
                    }
                    value = MAPPER.readValue(p, type);
                    seen = true;
                } else {
                    p.skipChildren();
                }
            }
            return value;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A list envelope read in one pass: the {@code data} array as a list and the other top-level members (the
     * cursor: {@code has_more}, {@code next_token}) as a small tree.
     *
     * @param items  the {@code data} array's items
     * @param cursor every top-level member except {@code data}
     */
    public record Listing<T>(List<T> items, ObjectNode cursor) {
    }

    /**
     * Reads a list envelope {@code {"data":[...], "has_more":..., "next_token":...}} straight from the body bytes.
     * Returns null when it cannot (see {@link #readData}); callers then take the tree route.
     */
    public static <T> Listing<T> readListing(byte[] body, Class<T> type) {
        try (JsonParser p = MAPPER.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            List<T> items = null;
            ObjectNode cursor = MAPPER.createObjectNode();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("data")) {
                    if (items != null || v != JsonToken.START_ARRAY) {
                        return null;
                    }
                    items = MAPPER.readValue(p, MAPPER.getTypeFactory().constructCollectionType(List.class, type));
                } else if (cursor.has(name)) {
                    return null;
                } else {
                    cursor.set(name, MAPPER.readTree(p));
                }
            }
            return items == null ? null : new Listing<>(items, cursor);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Parses JSON text into a tree. */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
