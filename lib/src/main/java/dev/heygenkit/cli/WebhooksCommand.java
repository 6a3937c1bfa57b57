package dev.heygenkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code heygen webhooks}: the group of webhook commands (a local receiver, endpoints, the event history). Its
 * subcommands reach the root's options, streams and client through it.
 */
@Command(name = "webhooks",
        description = {"Webhooks: receive signed deliveries locally, manage endpoints, see recent events."},
        footer = {"", "Examples:",
                "  heygen webhooks endpoints create https://example.com/hooks/heygen",
                "  heygen webhooks listen --port 8787 --secret-file secret.txt --out events.jsonl",
                "  heygen webhooks events --type avatar_video.fail"},
        subcommands = {WebhookListenCommand.class, WebhookEndpointsCommand.class, WebhookEventsCommand.class})
final class WebhooksCommand extends Base {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        spec.commandLine().usage(io().out());
        return Main.OK;
    }
}
