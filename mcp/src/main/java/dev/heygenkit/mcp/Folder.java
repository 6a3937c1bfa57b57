package dev.heygenkit.mcp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one folder the server may read local files from (photos, backgrounds, scene images) and write files to
 * (downloads, speech), fixed at start-up. Paths are taken relative to it; a path that leads outside it, by
 * {@code ..}, an absolute path or a symbolic link, is refused before any file is touched.
 *
 * <pre>{@code Path target = folder.resolve("out/hello.mp4", "path");}</pre>
 */
final class Folder {
    private final Path root;

    /** The allowed folder, created when missing; a file of that name is an error. */
    Folder(Path root) {
        try {
            if (!Files.exists(root)) {
                Files.createDirectories(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the allowed folder " + root + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("the allowed folder " + root + " is not a directory; pass one with --folder");
        }
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("the allowed folder " + root + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** The folder itself, as a real path. */
    Path root() {
        return root;
    }

    /**
     * The path {@code value} names inside the folder (relative paths start at the folder).
     *
     * @throws dev.heygenkit.HeyGenException {@code path_outside_folder} when it leads outside, {@code invalid_argument}
     *                                       when it is no path at all
     */
    Path resolve(String value, String param) {
        Path p;
        try {
            p = root.resolve(value).normalize();
        } catch (InvalidPathException e) {
            throw Args.invalid(param + " \"" + value + "\" is not a valid path: " + e.getReason(), "Pass a path inside " + root + ".");
        }
        if (!p.startsWith(root) || !real(p).startsWith(root)) {
            throw new dev.heygenkit.HeyGenException("path_outside_folder", param + " \"" + value + "\" is outside the allowed folder "
                    + root, "Use a path inside " + root + " (relative paths start there), or restart the server with "
                    + "--folder naming another folder.");
        }
        return p;
    }

    /** The real location of {@code p}: its nearest existing ancestor with links resolved, plus the rest. */
    private static Path real(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + p + ": " + e.getMessage(), e);
        }
    }
}
