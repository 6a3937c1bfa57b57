package dev.heygenkit.mcp;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a server is set up at start-up.
 *
 * @param folder    the only folder tools read local files from and write files to
 * @param maxVideos new videos this session may create; null for the default (3 on HeyGen's API, unlimited on the sandbox)
 */
public record McpOptions(Path folder, Integer maxVideos) {
    /** Checks the values. */
    public McpOptions {
        Objects.requireNonNull(folder, "folder");
        if (maxVideos != null && maxVideos < 0) {
            throw new IllegalArgumentException("--max-videos " + maxVideos + " is negative; pass 0 or more");
        }
    }

    /** The working directory and the default cap. */
    public static McpOptions defaults() {
        return new McpOptions(Path.of("").toAbsolutePath(), null);
    }

    /** A copy with another allowed folder. */
    public McpOptions folder(Path dir) {
        return new McpOptions(dir, maxVideos);
    }

    /** A copy with another cap on new videos (null for the default). */
    public McpOptions maxVideos(Integer n) {
        return new McpOptions(folder, n);
    }
}
