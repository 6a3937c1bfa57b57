package dev.heygenkit.cli;

import dev.heygenkit.api.WebhookEvent;
import dev.heygenkit.api.WebhookEventQuery;
import dev.heygenkit.api.WebhookEventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code heygen webhooks events}: the account's recent webhook events, newest first. */
@Command(name = "events",
        description = "Recent webhook events, newest first: what HeyGen sent (or tried to send) to your endpoints.",
        footer = {"", "Examples:", "  heygen webhooks events", "  heygen webhooks events --type avatar_video.fail --limit 50 --json"})
final class WebhookEventsCommand implements Callable<Integer> {
    @ParentCommand
    WebhooksCommand webhooks;

    @Mixin
    HelpOption help;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only events of this type, e.g. avatar_video.success.")
    String type;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default 20).")
    int limit = 20;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new Durations.UsageException("--limit " + limit + " is below 1; pass e.g. --limit 20");
        }
        WebhookEventQuery q = WebhookEventQuery.of().limit(Math.min(limit, 100));
        if (type != null) {
            q = q.eventType(WebhookEventType.of(type));
        }
        List<WebhookEvent> events = new ArrayList<>();
        for (WebhookEvent e : webhooks.client().webhooks().events(q)) {
            if (events.size() >= limit) {
                break;
            }
            events.add(e);
        }
        if (webhooks.json()) {
            webhooks.printJson(events);
            return Main.OK;
        }
        Table t = new Table("EVENT_ID", "TYPE", "CREATED", "VIDEO");
        events.forEach(e -> t.row(e.eventId(), e.eventType(), e.createdAt(), e.videoId()));
        t.print(webhooks.io().out());
        webhooks.note(events.size() + (events.size() == 1 ? " event" : " events"));
        return Main.OK;
    }
}
