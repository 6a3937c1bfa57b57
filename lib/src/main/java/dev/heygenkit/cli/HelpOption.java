package dev.heygenkit.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for a subcommand, mixed in with {@code @Mixin} (the standard mixin would add a stray --version). */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
