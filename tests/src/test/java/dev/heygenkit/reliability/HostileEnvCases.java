package dev.heygenkit.reliability;

import dev.heygenkit.reliability.HostileWorld.Expect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** Hostile environment variables and credentials files, each through {@code heygen list} (or render) on the sandbox. */
final class HostileEnvCases {
    private HostileEnvCases() {
    }

    /** A run with one variable set (null value: the variable unset), the rest as in every CLI case. */
    private static Hostile env(HostileWorld w, String id, String area, String input, Expect expect, Consumer<Path> setup,
                               String name, String value, BiFunction<CliRun.Result, Path, String> check, String... args) {
        return new Hostile(id, area, input, () -> {
            Path d = w.dir();
            setup.accept(d);
            CliRun cli = new CliRun(d, w.sb.baseUri().toString(), HostileWorld.KEY).env(name, value.replace("{dir}", d.toString()));
            if (name.equals("HEYGEN_API_KEY") || area.equals("credentials file")) {
                cli.env("HEYGEN_API_KEY", name.equals("HEYGEN_API_KEY") ? value : null);
            }
            long before = w.sandboxRequests();
            long creates = w.sandboxCreates();
            CliRun.Result r = cli.run(args.length == 0 ? new String[] {"list", "--limit", "1"} : args);
            return HostileWorld.judge(r, d, expect, w.sandboxRequests() - before, w.sandboxCreates() - creates, check);
        });
    }

    private static Hostile env(HostileWorld w, String id, String input, Expect expect, String name, String value) {
        return env(w, id, "env vars", input, expect, d -> { }, name, value, (r, d) -> null);
    }

    private static Hostile creds(HostileWorld w, String id, String input, Expect expect, Consumer<Path> file,
                                 BiFunction<CliRun.Result, Path, String> check) {
        return env(w, id, "credentials file", input, expect, d -> file.accept(d.resolve("config").resolve("credentials")),
                "HEYGEN_CONFIG_DIR", "{dir}/config", check);
    }

    static List<Hostile> cases(HostileWorld w) {
        List<Hostile> c = new ArrayList<>();
        BiFunction<CliRun.Result, Path, String> namesRetries = (r, d) -> r.err().contains("HEYGEN_MAX_RETRIES") ? null
                : "does not name HEYGEN_MAX_RETRIES";
        c.add(env(w, "env-retries-huge", "env vars", "HEYGEN_MAX_RETRIES=1000000", Expect.LOCAL, d -> { }, "HEYGEN_MAX_RETRIES",
                "1000000", namesRetries));
        c.add(env(w, "env-retries-neg", "env vars", "HEYGEN_MAX_RETRIES=-1", Expect.LOCAL, d -> { }, "HEYGEN_MAX_RETRIES", "-1", namesRetries));
        c.add(env(w, "env-retries-word", "env vars", "HEYGEN_MAX_RETRIES=abc", Expect.LOCAL, d -> { }, "HEYGEN_MAX_RETRIES", "abc", namesRetries));
        c.add(env(w, "env-base-v3", "env vars", "HEYGEN_API_BASE=<sandbox>/v3", Expect.ANY, d -> { }, "HEYGEN_API_BASE",
                w.sb.baseUri() + "/v3", (r, d) -> r.code() == 0 || r.err().contains("HEYGEN_API_BASE") ? null : "/v3 doubled, not explained"));
        c.add(env(w, "env-base-ftp", "HEYGEN_API_BASE=ftp://127.0.0.1/", Expect.LOCAL, "HEYGEN_API_BASE", "ftp://127.0.0.1/"));
        c.add(env(w, "env-base-garbage", "HEYGEN_API_BASE=\"not a url\"", Expect.LOCAL, "HEYGEN_API_BASE", "not a url"));
        c.add(env(w, "env-base-userinfo", "HEYGEN_API_BASE=http://user:pass@127.0.0.1:9/", Expect.REFUSE, "HEYGEN_API_BASE",
                "http://user:pass@127.0.0.1:9/"));
        c.add(env(w, "env-key-newline", "HEYGEN_API_KEY with a newline and a second header", Expect.REFUSE, "HEYGEN_API_KEY",
                "k\r\nX-Evil: 1"));
        c.add(env(w, "env-key-blank", "HEYGEN_API_KEY=\"   \" (no credentials file)", Expect.REFUSE, "HEYGEN_API_KEY", "   "));
        c.add(env(w, "env-key-huge", "HEYGEN_API_KEY of 10 000 chars", Expect.ANY, "HEYGEN_API_KEY", "k".repeat(10_000)));
        c.add(env(w, "env-key-ctl", "HEYGEN_API_KEY with ESC and NUL", Expect.REFUSE, "HEYGEN_API_KEY", "k\u001b[2J\u0000"));
        c.add(env(w, "env-config-devnull", "env vars", "HEYGEN_CONFIG_DIR=/dev/null/x, then history", Expect.ANY, d -> { }, "HEYGEN_CONFIG_DIR",
                "/dev/null/x", (r, d) -> null, "history"));
        c.add(env(w, "env-log-bogus", "HEYGEN_LOG=shout", Expect.ANY, "HEYGEN_LOG", "shout"));
        c.add(env(w, "env-sandbox-maybe", "HEYGEN_SANDBOX=maybe", Expect.ANY, "HEYGEN_SANDBOX", "maybe"));
        // A credentials problem is an auth problem: exit 3, like a missing key (README's exit codes), still before any request.
        c.add(creds(w, "creds-not-json", "credentials file that is not JSON", Expect.REFUSE, f -> HostileWorld.write(f, "api_key=abc"),
                (r, d) -> null));
        c.add(creds(w, "creds-number", "credentials {\"api_key\": 42}", Expect.REFUSE, f -> HostileWorld.write(f, "{\"api_key\": 42}"),
                (r, d) -> null));
        c.add(creds(w, "creds-empty-key", "credentials {\"api_key\": \"\"}", Expect.REFUSE, f -> HostileWorld.write(f, "{\"api_key\": \"\"}"),
                (r, d) -> null));
        c.add(creds(w, "creds-world-readable", "credentials readable by everyone (0644)", Expect.ANY, f -> {
            HostileWorld.write(f, "{\"api_key\": \"" + HostileWorld.KEY + "\"}");
            perms(f, "rw-r--r--");
        }, (r, d) -> r.err().toLowerCase().contains("permission") || r.err().contains("chmod") || r.err().contains("readable")
                ? null : "no warning about a world-readable key file"));
        c.add(creds(w, "creds-dir", "credentials is a folder", Expect.REFUSE, f -> mkdirs(f), (r, d) -> null));
        c.add(creds(w, "creds-symlink", "credentials is a symlink to /etc/passwd", Expect.REFUSE, f -> symlink(f, Path.of("/etc/passwd")),
                (r, d) -> (r.out() + r.err()).contains("root:") ? "prints the link target's content" : null));
        c.add(creds(w, "creds-fifo", "credentials is a FIFO nobody writes", Expect.REFUSE, f -> {
            mkdirs(f.getParent());
            HostileWorld.fifo(f);
        }, (r, d) -> null));
        c.add(creds(w, "creds-huge", "credentials file of 100 MB", Expect.REFUSE, f -> {
            mkdirs(f.getParent());
            HostileWorld.sparse(f, 100L << 20);
        }, (r, d) -> null));
        return c;
    }

    private static void perms(Path f, String p) {
        try {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path d) {
        try {
            Files.createDirectories(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void symlink(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
