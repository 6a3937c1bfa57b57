package dev.heygenkit.kernel;

import java.nio.file.Path;
import java.util.List;

/** Turns Maven coordinates into jar files, transitive dependencies included; {@code %maven} uses it. */
@FunctionalInterface
public interface Resolver {
    /**
     * Resolves the coordinates ({@code group:artifact:version}, optionally with type and classifier).
     *
     * @return the jars, in class-path order
     * @throws Exception when a coordinate is malformed or cannot be resolved
     */
    List<Path> resolve(List<String> coordinates) throws Exception;
}
