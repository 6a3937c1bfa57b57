package dev.heygenkit.cli;

import dev.heygenkit.HeyGen;
import picocli.CommandLine.ParentCommand;

import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What a subcommand of a resource command ({@code heygen avatars create}, {@code heygen looks rename}, …) shares:
 * everything {@link Base} gives, reached through the resource command it belongs to.
 */
abstract class Sub implements Callable<Integer> {
    @ParentCommand
    Base group;

    Io io() {
        return group.io();
    }

    boolean json() {
        return group.json();
    }

    HeyGen client() {
        return group.client();
    }

    Progress progress() {
        return group.progress();
    }

    void printJson(Object value) {
        group.printJson(value);
    }

    void printFields(Map<String, String> fields) {
        group.printFields(fields);
    }

    void note(String line) {
        group.note(line);
    }

    /** Asks before deleting {@code what} for good; see {@link Confirm#delete}. */
    boolean confirmDelete(String what, boolean force) {
        return Confirm.delete(io(), what, force);
    }
}
