package dev.heygenkit.cli;

import dev.heygenkit.api.AvatarGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code heygen avatars}: lists avatar groups (characters), whose looks {@code heygen looks --group} lists; its
 * subcommands create your own avatars, give a digital twin its consent and delete groups.
 */
@Command(name = "avatars", footer = {"", "Examples:", "  heygen avatars", "  heygen avatars GROUP_ID", "  heygen avatars create --help"}, description = "List avatar groups (characters); see their looks with 'heygen looks --group ID'.",
        subcommands = {AvatarsEdit.Create.class, AvatarsEdit.Consent.class, AvatarsEdit.Delete.class})
final class AvatarsCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "GROUP_ID", description = "Show one group.")
    String id;

    @Option(names = "--ownership", paramLabel = "OWNERSHIP", description = "public or private.")
    String ownership;

    @Option(names = "--limit", paramLabel = "N", description = "At most N groups (default: all).")
    Integer limit;

    @Override
    public Integer call() {
        if (id != null) {
            AvatarGroup g = client().avatars().get(id);
            if (json()) {
                printJson(g);
            } else {
                table(List.of(g));
            }
            return Main.OK;
        }
        List<AvatarGroup> groups = new ArrayList<>();
        for (AvatarGroup g : client().avatars().list(ownership, null)) {
            groups.add(g);
            if (limit != null && groups.size() >= limit) {
                break;
            }
        }
        if (json()) {
            printJson(groups);
        } else {
            table(groups);
            note(groups.size() + (groups.size() == 1 ? " avatar group" : " avatar groups"));
        }
        return Main.OK;
    }

    private void table(List<AvatarGroup> groups) {
        Table t = new Table("ID", "NAME", "GENDER", "LOOKS", "DEFAULT VOICE", "STATUS");
        groups.forEach(g -> t.row(g.id(), g.name(), g.gender(), g.looksCount(), g.defaultVoiceId(), g.status() == null ? "ready" : g.status()));
        t.print(io().out());
    }
}
