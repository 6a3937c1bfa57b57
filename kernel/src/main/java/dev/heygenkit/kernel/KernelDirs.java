package dev.heygenkit.kernel;

import java.nio.file.Path;

/** Where the kernel keeps its own files: {@code HEYGEN_CONFIG_DIR} or {@code ~/.heygen}, as the rest of the kit. */
final class KernelDirs {
    private KernelDirs() {
    }

    static Path config() {
        String dir = System.getenv("HEYGEN_CONFIG_DIR");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        return Path.of(System.getProperty("user.home"), ".heygen");
    }
}
