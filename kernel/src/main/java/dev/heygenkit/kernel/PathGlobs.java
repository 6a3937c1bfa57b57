package dev.heygenkit.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The paths {@code %jars} and {@code %classpath} name: plain paths, directories and globs such as {@code lib/*.jar}. */
final class PathGlobs {
    private PathGlobs() {
    }

    /** The files a path or glob names, relative to the working directory; a directory given to %jars means its jars. */
    static List<Path> expand(String pattern, boolean jarsOnly) throws IOException {
        String expanded = pattern.startsWith("~" + File.separator) || pattern.equals("~")
                ? System.getProperty("user.home") + pattern.substring(1) : pattern;
        Path cwd = Path.of("").toAbsolutePath();
        int glob = indexOfGlob(expanded);
        if (glob < 0) {
            Path path = cwd.resolve(expanded).normalize();
            if (!Files.exists(path)) {
                return List.of();
            }
            if (jarsOnly && Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    return files.filter(PathGlobs::isJar).sorted().toList();
                }
            }
            return List.of(path);
        }
        int cut = expanded.lastIndexOf('/', glob);
        String baseText = cut < 0 ? "" : expanded.substring(0, cut + 1);
        Path base = cwd.resolve(baseText.isEmpty() ? "." : baseText).normalize();
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        String rest = expanded.substring(cut + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split("/").length;
        try (Stream<Path> files = Files.walk(base, depth)) {
            return files.filter(p -> !p.equals(base))
                    .filter(p -> matcher.matches(base.relativize(p)))
                    .filter(p -> !jarsOnly || isJar(p))
                    .sorted().toList();
        }
    }

    static boolean isJar(Path p) {
        return Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    static int indexOfGlob(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
