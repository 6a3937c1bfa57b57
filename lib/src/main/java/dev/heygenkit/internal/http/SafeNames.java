package dev.heygenkit.internal.http;

import dev.heygenkit.DownloadException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * File names built from server data (video ids, voice ids) for a download into a folder: one safe name component
 * whose extension comes from the kind of file, and a path that provably stays inside the folder. A hostile or broken
 * server answering {@code "id": "../../x"} and a URL ending in {@code .sh} cannot write elsewhere or pick the type.
 */
public final class SafeNames {
    private static final int MAX = 120;

    private SafeNames() {
    }

    /**
     * One file-name component from untrusted text: separators, control and reserved characters become {@code _},
     * what is left of {@code ../} shrinks to one {@code _}, no leading dot or dash, at most 120 characters;
     * {@code fallback} when nothing usable is left.
     */
    public static String component(String raw, String fallback) {
        String name = raw == null ? "" : raw;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean bad = c < 0x20 || (c >= 0x7f && c <= 0x9f) || "/\\:*?\"<>|".indexOf(c) >= 0;
            b.append(bad ? '_' : c);
        }
        String s = b.toString().strip().replaceAll("[._]*_[._]*", "_");
        while (s.startsWith(".") || s.startsWith("-") || s.startsWith("_")) {
            s = s.substring(1);
        }
        if (s.length() > MAX) {
            s = s.substring(0, MAX);
        }
        s = s.strip();
        return s.isEmpty() || s.chars().allMatch(ch -> ch == '.') ? fallback : s;
    }

    /**
     * The extension for a file of a known kind: the URL's own extension only when it is one of {@code allowed}
     * (e.g. png for a thumbnail), else the first of {@code allowed}. A URL never introduces another type.
     */
    public static String extension(String url, List<String> allowed) {
        String ext = allowed.get(0);
        if (url != null) {
            String path = url.replaceAll("[?#].*", "");
            int slash = path.lastIndexOf('/');
            int dot = path.lastIndexOf('.');
            String candidate = dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
            if (allowed.contains(candidate)) {
                ext = candidate;
            }
        }
        return ext;
    }

    /** {@code dir/name}, refusing (download_path_unsafe) any result that is not directly inside {@code dir}. */
    public static Path inside(Path dir, String name) {
        Path base = dir.toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (!base.equals(file.getParent())) {
            throw new DownloadException("download_path_unsafe", "Refusing to write " + file + ": the file name from the "
                    + "server would leave the folder " + base + ".", "Pass a file name with -o instead of a folder.", file, null);
        }
        return file;
    }
}
