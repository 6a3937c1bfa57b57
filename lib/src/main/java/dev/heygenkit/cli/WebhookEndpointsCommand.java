package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.api.WebhookEndpoint;
import dev.heygenkit.api.WebhookEndpointRequest;
import dev.heygenkit.api.WebhookEventType;
import dev.heygenkit.api.WebhookSecret;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code heygen webhooks endpoints list|create|rotate|delete}: the registered endpoints. Create and rotate print the
 * signing secret, the only times the API shows it.
 */
@Command(name = "endpoints", 
        description = "List, create, rotate the secret of, or delete webhook endpoints.",
        footer = {"", "Examples:", "  heygen webhooks endpoints list",
                "  heygen webhooks endpoints create https://example.com/hooks/heygen",
                "  heygen webhooks endpoints rotate <endpoint_id>", "  heygen webhooks endpoints delete <endpoint_id>"})
final class WebhookEndpointsCommand implements Callable<Integer> {
    @ParentCommand
    WebhooksCommand webhooks;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        spec.commandLine().usage(webhooks.io().out());
        return Main.OK;
    }

    @Command(name = "list", description = "List the registered endpoints (secrets are never shown here).",
            footer = {"", "Examples:", "  heygen webhooks endpoints list", "  heygen webhooks endpoints list --json"})
    int list(@Mixin HelpOption help) {
        List<WebhookEndpoint> all = webhooks.client().webhooks().listEndpoints().all();
        if (webhooks.json()) {
            ArrayNode arr = Json.array();
            all.forEach(e -> arr.add(withoutSecret(e)));
            webhooks.printJson(arr);
            return Main.OK;
        }
        Table t = new Table("ID", "URL", "STATUS", "EVENTS", "CREATED");
        all.forEach(e -> t.row(e.endpointId(), e.url(), e.status(), events(e), e.createdAt()));
        t.print(webhooks.io().out());
        webhooks.note(all.size() + (all.size() == 1 ? " endpoint" : " endpoints"));
        return Main.OK;
    }

    @Command(name = "create", 
            description = {"Register an endpoint and print its signing secret (shown only this once).",
                    "The real API delivers only to public HTTPS URLs: expose a local 'heygen webhooks listen' with a tunnel."},
            footer = {"", "Examples:", "  heygen webhooks endpoints create https://example.com/hooks/heygen",
                    "  heygen webhooks endpoints create https://example.com/hooks/heygen \\",
                    "      --events avatar_video.success,avatar_video.fail",
                    "  heygen webhooks endpoints create https://example.com/h --json | jq -r .secret"})
    int create(@Mixin HelpOption help, @Parameters(paramLabel = "URL", description = "Where deliveries are POSTed (public https://).") String url,
               @Option(names = "--events", split = ",", paramLabel = "TYPE",
                       description = "Only these event types, comma-separated (default: every type).") List<String> events) {
        checkUrl(url);
        WebhookEndpointRequest request = WebhookEndpointRequest.of(url);
        if (events != null) {
            request = request.events(events.stream().map(WebhookEventType::of).toList());
        }
        WebhookEndpoint e = webhooks.client().webhooks().createEndpoint(request);
        if (webhooks.json()) {
            webhooks.printJson(e);
        } else {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("endpoint_id", e.endpointId());
            f.put("url", e.url());
            f.put("status", e.status());
            f.put("events", events(e));
            f.put("secret", e.secret());
            webhooks.printFields(f);
        }
        webhooks.note("Store the secret now: it is shown only this once. Receive with: heygen webhooks listen --secret-file <file>"
                + " (lost it? heygen webhooks endpoints rotate " + e.endpointId() + ")");
        return Main.OK;
    }

    @Command(name = "rotate", 
            description = "Replace an endpoint's signing secret and print the new one (shown only this once); the old one stops working at once.",
            footer = {"", "Examples:", "  heygen webhooks endpoints rotate <endpoint_id>",
                    "  heygen webhooks endpoints rotate <endpoint_id> --json | jq -r .secret"})
    int rotate(@Mixin HelpOption help, @Parameters(paramLabel = "ENDPOINT_ID", description = "The endpoint (see 'heygen webhooks endpoints list').") String id) {
        WebhookSecret s = webhooks.client().webhooks().rotateSecret(id);
        if (webhooks.json()) {
            webhooks.printJson(Json.object().put("endpoint_id", s.endpointId()).put("secret", s.secret()));
        } else {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("endpoint_id", s.endpointId());
            f.put("secret", s.secret());
            webhooks.printFields(f);
        }
        webhooks.note("Store the secret now: it is shown only this once, and the old one no longer signs deliveries. "
                + "Give it to 'heygen webhooks listen' (both --secret values while deliveries signed with the old one may still arrive).");
        return Main.OK;
    }

    @Command(name = "delete", description = "Delete an endpoint; deliveries to it stop.",
            footer = {"", "Example:", "  heygen webhooks endpoints delete <endpoint_id>"})
    int delete(@Mixin HelpOption help, @Parameters(paramLabel = "ENDPOINT_ID", description = "The endpoint (see 'heygen webhooks endpoints list').") String id) {
        webhooks.client().webhooks().deleteEndpoint(id);
        if (webhooks.json()) {
            webhooks.printJson(Json.object().put("endpoint_id", id).put("deleted", true));
        } else {
            webhooks.io().out().println("deleted endpoint " + id);
        }
        return Main.OK;
    }

    private static String events(WebhookEndpoint e) {
        return e.events().isEmpty() ? "all" : String.join(",", e.events().stream().map(WebhookEventType::value).toList());
    }

    private static ObjectNode withoutSecret(WebhookEndpoint e) {
        ObjectNode o = (ObjectNode) Json.tree(e);
        o.remove("secret");
        return o;
    }

    private static void checkUrl(String url) {
        URI u;
        try {
            u = URI.create(url.strip());
        } catch (IllegalArgumentException bad) {
            u = null;
        }
        if (u == null || u.getHost() == null || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()))) {
            throw new Durations.UsageException("URL \"" + url + "\" is not an absolute https:// URL; pass e.g. https://example.com/hooks/heygen");
        }
    }
}
