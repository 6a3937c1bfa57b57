package dev.heygenkit.cli;

import dev.heygenkit.HeyGen;
import dev.heygenkit.sandbox.Sandbox;

import java.util.function.Consumer;

/**
 * Starts the sandbox behind {@code --sandbox}. It lives in its own class so that {@link Root}, which every command
 * loads, refers to no sandbox type: a run against the API never loads the emulator's classes.
 */
final class EmbeddedSandbox {
    private EmbeddedSandbox() {
    }

    /**
     * Starts an embedded sandbox whose world is kept in {@code stateFile} (so separate {@code --sandbox} commands
     * share videos, assets and wallet), points the builder at it and returns what stops it.
     */
    static Runnable start(HeyGen.Builder builder, Consumer<String> listener, java.nio.file.Path stateFile) {
        Sandbox sandbox = Sandbox.builder().listener(listener).stateFile(stateFile).start();
        builder.sandbox(sandbox);
        return sandbox::close;
    }
}
