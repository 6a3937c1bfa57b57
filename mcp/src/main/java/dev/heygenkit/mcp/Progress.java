package dev.heygenkit.mcp;

import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;

import java.util.ArrayList;
import java.util.List;

/**
 * Forwards the kit's progress events of one tool call as MCP progress notifications, when the client asked for them
 * with a {@code progressToken}, and keeps the one-time notes (a resumed video, the voice chosen) for the answer.
 */
final class Progress implements ProgressListener {
    private final Tool.Call call;
    private final Session session;
    private final List<String> notes = new ArrayList<>();
    private int sent;

    Progress(Tool.Call call, Session session) {
        this.call = call;
        this.session = session;
    }

    @Override
    public synchronized void onEvent(ProgressEvent event) {
        String message = session.replies().redact(event.message());
        if (event instanceof ProgressEvent.Note || event instanceof ProgressEvent.Warning) {
            notes.add(message);
        }
        Object token = call.request().progressToken();
        if (token != null) {
            // The progress value must grow with every notification; the kit's events carry no common total.
            sent++;
            call.exchange().progressNotification(ProgressNotification.builder(token, sent).message(message).build());
        }
    }

    /** The notes and warnings seen so far. */
    synchronized List<String> notes() {
        return List.copyOf(notes);
    }
}
