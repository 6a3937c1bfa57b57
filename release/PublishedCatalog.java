/*
 * Writes the published JBang catalog: the in-repo jbang-catalog.json with every script taking the kit, the kernel and
 * the MCP server as released artifacts (//DEPS dev.heygenkit:...:VERSION) instead of compiling them from this
 * repository's sources (//SOURCES), so the catalog works wherever it is hosted. The in-repo catalog stays the one
 * source of truth; this output is never edited by hand.
 *
 *   java release/PublishedCatalog.java OUT_DIR            (version from pom.xml's revision)
 *   java release/PublishedCatalog.java OUT_DIR 0.2.0
 *
 * Run from the repository root. Plain Java (no dependencies), so it runs before anything is built.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class PublishedCatalog {
    /** In-repo-only aliases: install-kit puts a clone's build into ~/.m2, which a released kit never needs. */
    static final Set<String> CLONE_ONLY = Set.of("install-kit");
    static final Pattern SCRIPT_REF = Pattern.compile("\"script-ref\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern FILE_REF = Pattern.compile("\"\\{basename}\\.java\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern KIT_DEPS = Pattern.compile("dev\\.heygenkit:(heygen-kit(?:-[a-z]+)?):[0-9A-Za-z.+-]+");

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java release/PublishedCatalog.java OUT_DIR [VERSION]");
            System.exit(2);
        }
        Path repo = Path.of("").toAbsolutePath();
        Path out = Path.of(args[0]).toAbsolutePath();
        String version = args.length == 2 ? args[1] : revision(repo.resolve("pom.xml"));
        if (!version.matches("[0-9]+\\.[0-9]+\\.[0-9]+([-.][0-9A-Za-z.]+)?")) {
            System.err.println("error: version \"" + version + "\" is not like 1.2.3 or 1.2.3-rc.1");
            System.exit(2);
        }
        if (out.startsWith(repo.resolve("scripts")) || out.equals(repo)) {
            System.err.println("error: " + out + " would overwrite the in-repo catalog; pick a folder such as target/published-catalog");
            System.exit(2);
        }
        List<String> written = write(repo, out, version);
        System.out.println("published catalog " + version + " in " + out + ": " + String.join(", ", written));
    }

    /** The revision property of the root pom: the kit's one version. */
    static String revision(Path pom) throws IOException {
        Matcher m = Pattern.compile("<revision>([^<]+)</revision>").matcher(Files.readString(pom));
        if (!m.find()) {
            throw new IllegalStateException(pom + " has no <revision> property");
        }
        return m.group(1).trim();
    }

    /** Writes the catalog, its scripts, templates and the files they embed; returns the aliases written. */
    static List<String> write(Path repo, Path out, String version) throws IOException {
        String catalog = Files.readString(repo.resolve("jbang-catalog.json"));
        String published = dropAliases(catalog, CLONE_ONLY);
        Set<String> refs = new LinkedHashSet<>();
        Matcher s = SCRIPT_REF.matcher(published);
        while (s.find()) {
            refs.add(s.group(1));
        }
        for (String ref : refs) {
            Path source = repo.resolve(ref);
            String script = script(Files.readString(source), version, ref);
            copy(out.resolve(ref), script);
            for (String embedded : embeddedFiles(script)) {
                Path from = source.getParent().resolve(embedded);
                Files.createDirectories(out.resolve(ref).getParent().resolve(embedded).getParent());
                Files.copy(from, out.resolve(ref).getParent().resolve(embedded), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Matcher t = FILE_REF.matcher(published);
        while (t.find()) {
            String template = Files.readString(repo.resolve(t.group(1)));
            copy(out.resolve(t.group(1)), KIT_DEPS.matcher(template).replaceAll("dev.heygenkit:$1:" + version));
        }
        copy(out.resolve("jbang-catalog.json"), published);
        List<String> aliases = new ArrayList<>();
        Matcher a = Pattern.compile("\"([a-z0-9-]+)\"\\s*:\\s*\\{\\s*\"script-ref\"").matcher(published);
        while (a.find()) {
            aliases.add(a.group(1));
        }
        return aliases;
    }

    /** One script with the kit's sources swapped for the released artifacts. */
    static String script(String text, String version, String ref) {
        StringBuilder b = new StringBuilder();
        boolean kit = false;
        boolean mcp = false;
        List<String> lines = text.lines().toList();
        for (String line : lines) {
            if (line.equals("//SOURCES kit/heygen_kit.java")) {
                kit = true;
            } else if (line.startsWith("//SOURCES ../mcp/")) {
                mcp = true;
            }
        }
        boolean header = false;
        for (String line : lines) {
            if (line.startsWith("//SOURCES ")) {
                continue;
            }
            // The MCP server's own dependencies come with its POM once it is an artifact.
            if (mcp && line.startsWith("//DEPS ") && !line.contains("dev.heygenkit:")) {
                continue;
            }
            b.append(KIT_DEPS.matcher(line).replaceAll("dev.heygenkit:$1:" + version)).append('\n');
            if (!header && (line.startsWith("///usr/bin/env") || !line.startsWith("///"))) {
                header = true;
                b.append("// Generated by release/PublishedCatalog.java from ").append(ref).append(" for heygen-kit ")
                        .append(version).append(": the kit comes from Maven, not from sources.\n");
                if (mcp) {
                    b.append("//DEPS dev.heygenkit:heygen-kit-mcp:").append(version).append('\n');
                } else if (kit) {
                    b.append("//DEPS dev.heygenkit:heygen-kit:").append(version).append('\n');
                }
                if (kit || mcp) {
                    b.append("//JAVA 17+\n//JAVA_OPTIONS -Djava.awt.headless=true\n");
                }
            }
        }
        return b.toString();
    }

    /** The sources of {@code //FILES target=source} lines, relative to the script. */
    static List<String> embeddedFiles(String script) {
        List<String> out = new ArrayList<>();
        for (String line : script.lines().toList()) {
            if (line.startsWith("//FILES ")) {
                for (String item : line.substring(8).trim().split("\\s+")) {
                    out.add(item.contains("=") ? item.substring(item.indexOf('=') + 1) : item);
                }
            }
        }
        return out;
    }

    /** The catalog JSON without the named aliases (each is one object in "aliases"). */
    static String dropAliases(String catalog, Set<String> names) {
        String result = catalog;
        for (String name : names) {
            Matcher m = Pattern.compile("\\n\\s*\"" + Pattern.quote(name) + "\"\\s*:\\s*\\{[^{}]*(\\[[^\\]]*\\][^{}]*)?},?")
                    .matcher(result);
            if (m.find()) {
                result = result.substring(0, m.start()) + result.substring(m.end());
            }
        }
        return result.replaceAll(",(\\s*})", "$1");
    }

    static void copy(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }
}
