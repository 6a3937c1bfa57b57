package dev.heygenkit.cli;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command and subcommand answers -h, --help and 'heygen help …' with a usage line, options and an example. */
class CliHelpTest {
    @TempDir
    Path dir;

    @Test
    void every_command_and_subcommand_has_help_with_usage_and_an_example() {
        CommandLine all = new CommandLine(new Root());
        Root.COMMANDS.forEach(all::addSubcommand);
        List<List<String>> paths = new ArrayList<>();
        walk(all, new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(Root.COMMANDS.size());
        Cli cli = new Cli(dir, null);
        SoftAssertions soft = new SoftAssertions();
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Cli.Result r = cli.run(args.toArray(String[]::new));
            String name = "heygen " + String.join(" ", path);
            soft.assertThat(r.code()).as(name + " --help\n" + r).isZero();
            soft.assertThat(r.out()).as(name + " --help").contains("Usage: " + name).contains("Example");
            soft.assertThat(r.err()).as(name + " --help").isEmpty();
        }
        soft.assertAll();
    }

    private static void walk(CommandLine cl, List<String> prefix, List<List<String>> out) {
        cl.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandName().equals(name)) {
                return; // an alias
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            out.add(path);
            walk(sub, path, out);
        });
    }

    @Test
    void short_flag_and_help_command_work_for_nested_commands_too() {
        Cli cli = new Cli(dir, null);
        for (String[] args : List.of(new String[]{"render", "-h"}, new String[]{"help", "render"},
                new String[]{"webhooks", "listen", "--help"}, new String[]{"help", "webhooks", "listen"},
                new String[]{"sandbox", "reset", "--help"}, new String[]{"help", "sandbox", "reset"})) {
            Cli.Result r = cli.run(args);
            assertThat(r.code()).as(String.join(" ", args) + "\n" + r).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains("Usage: heygen ").contains("Example");
        }
        assertThat(cli.run("help", "render").out()).contains("--look", "--say", "--script-file");
        assertThat(cli.run("help").out()).contains("render", "looks");
    }

    @Test
    void help_for_one_command_registers_only_that_command() {
        assertThat(Root.commandsFor(new String[]{"help", "render"})).containsExactly(RenderCommand.class);
        assertThat(Root.commandsFor(new String[]{"--sandbox", "help", "webhooks", "listen"})).containsExactly(WebhooksCommand.class);
    }

    @Test
    void the_help_a_usage_error_points_at_works() {
        Cli cli = new Cli(dir, null);
        Cli.Result bad = cli.run("render", "--lok", "anna");
        assertThat(bad.err()).contains("'heygen render --help'");
        Cli.Result help = cli.run("render", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--look");
    }
}
