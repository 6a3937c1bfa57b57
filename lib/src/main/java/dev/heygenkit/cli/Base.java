package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.HeyGen;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** What every subcommand shares: the root's options, streams and client, and JSON printing. */
abstract class Base implements Callable<Integer> {
    @ParentCommand
    Root root;

    Io io() {
        return root.io;
    }

    boolean json() {
        return root.json;
    }

    HeyGen client() {
        return root.client();
    }

    Progress progress() {
        return root.progress();
    }

    /** Prints a value as indented JSON on stdout (the kit's snake_case wire names). */
    void printJson(Object value) {
        JsonNode tree = value instanceof JsonNode n ? n : Json.tree(value);
        io().out().println(Json.prettyForTerminal(tree));
    }

    /** Prints aligned {@code key  value} lines on stdout, skipping nulls. */
    void printFields(java.util.Map<String, String> fields) {
        int w = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
        fields.forEach((k, v) -> {
            if (v != null) {
                io().out().println(k + " ".repeat(w - k.length() + 2) + Escapes.line(v));
            }
        });
    }

    /** A lasting note on stderr, unless --quiet. */
    void note(String line) {
        progress().say(line);
    }
}
