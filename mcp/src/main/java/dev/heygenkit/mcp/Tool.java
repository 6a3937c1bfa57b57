package dev.heygenkit.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;

import java.util.Map;

/**
 * One tool as the server lists it (name, title, description, input and output schema, annotations) and its handler.
 * {@link #spec(Session)} checks the arguments against the input schema before the handler runs and turns anything
 * the handler throws into a tool error, so a bad call never takes the server down.
 *
 * @param name        the tool name, HeyGen's where HeyGen has one
 * @param title       a short human title
 * @param description what it does, for the model
 * @param input       the input schema
 * @param output      the output schema of its structured content
 * @param kind        what the annotations tell the client
 * @param handler     the work
 */
record Tool(String name, String title, String description, Map<String, Object> input, Map<String, Object> output,
            Kind kind, Handler handler) {

    /** What a tool does to the world, told to clients as annotations. */
    enum Kind {
        /** Only reads; calling again changes nothing. */
        READ(true, false, true),
        /** Creates something; the same call again does not create a second one. */
        CREATE_IDEMPOTENT(false, false, true),
        /** Creates something (a file, a sample) each time. */
        CREATE(false, false, false),
        /** Deletes; deleting again changes nothing more. */
        DELETE(false, true, true);

        final boolean readOnly;
        final boolean destructive;
        final boolean idempotent;

        Kind(boolean readOnly, boolean destructive, boolean idempotent) {
            this.readOnly = readOnly;
            this.destructive = destructive;
            this.idempotent = idempotent;
        }
    }

    /** The work of a tool on checked arguments. */
    @FunctionalInterface
    interface Handler {
        /** Runs the tool; may throw anything, which becomes a tool error. */
        CallToolResult call(Args args, Call call) throws Exception;
    }

    /**
     * The request being answered, for progress notifications.
     *
     * @param exchange the client connection
     * @param request  the call, whose {@code _meta.progressToken} asks for progress
     */
    record Call(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
    }

    /** The SDK's tool specification; {@code openWorld} is true when the tool reaches HeyGen's real API. */
    SyncToolSpecification spec(Session session) {
        ToolAnnotations hints = ToolAnnotations.builder().title(title).readOnlyHint(kind.readOnly)
                .destructiveHint(kind.destructive).idempotentHint(kind.idempotent)
                .openWorldHint(!session.sandbox()).build();
        McpSchema.Tool tool = McpSchema.Tool.builder(name, input).title(title).description(description)
                .outputSchema(output).annotations(hints).build();
        return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
            try {
                return handler.call(Args.check(name, input, request.arguments()), new Call(exchange, request));
            } catch (Exception e) {
                return session.replies().error(name, e);
            }
        }).build();
    }
}
