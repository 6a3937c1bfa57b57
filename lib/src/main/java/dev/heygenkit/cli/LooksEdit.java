package dev.heygenkit.cli;

import dev.heygenkit.api.Look;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code heygen looks rename|delete}: changes to your own looks (photo avatars and digital twins). */
final class LooksEdit {
    private LooksEdit() {
    }

    /** {@code heygen looks rename LOOK NAME}. */
    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = "Rename one of your looks (photo avatars and digital twins; stock looks cannot be renamed).",
            footer = {"", "Example:", "  heygen looks rename LOOK_ID \"CEO, outdoors\""})
    static final class Rename extends Sub {
        @Parameters(index = "0", paramLabel = "LOOK_ID", description = "The look.")
        String id;

        @Parameters(index = "1", paramLabel = "NAME", description = "Its new name.")
        String name;

        @Override
        public Integer call() {
            Look look = client().looks().rename(id, name);
            if (json()) {
                printJson(look);
            } else {
                Map<String, String> f = new LinkedHashMap<>();
                f.put("look", look.id());
                f.put("name", look.name());
                printFields(f);
            }
            return Main.OK;
        }
    }

    /** {@code heygen looks delete LOOK}. */
    @Command(name = "delete", footer = {"", "Example:", "  heygen looks delete LOOK_ID --force"}, mixinStandardHelpOptions = true,
            description = "Delete one of your looks for good; the last look of a group takes the group with it (asks first).")
    static final class Delete extends Sub {
        @Parameters(paramLabel = "LOOK_ID", description = "The look.")
        String id;

        @Option(names = {"-f", "--force"}, description = "Do not ask; required when not at a terminal.")
        boolean force;

        @Override
        public Integer call() {
            if (!confirmDelete("look " + id, force)) {
                return Main.FAILED;
            }
            String deleted = client().looks().delete(id).id();
            if (json()) {
                printJson(Json.object().put("id", deleted).put("deleted", true));
            } else {
                io().out().println("deleted look " + Escapes.line(String.valueOf(deleted)));
            }
            return Main.OK;
        }
    }
}
