package dev.heygenkit.mcp;

import dev.heygenkit.jbang.JBang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * heygen-mcp as a real external client sees it: the official TypeScript MCP SDK ({@code @modelcontextprotocol/sdk}
 * from npm, installed by {@code .ci/run} into mcp/ts-test) starts {@code ./jbang heygen-mcp} with HEYGEN_SANDBOX=1,
 * initializes, lists and validates the tools, makes, follows, lists and deletes a video, makes one bad call, and drives
 * the launcher byte by byte to prove stdout carries nothing but JSON-RPC (mcp/ts-test/e2e.mjs).
 */
class McpTypeScriptClientTest {
    static final Path TS = JBang.REPO.resolve("mcp/ts-test");

    @TempDir
    Path folder;

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream().anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    @Test
    void the_typescript_sdk_drives_the_jbang_launcher_over_stdio_without_a_protocol_error() throws Exception {
        assumeTrue(onPath("node") && onPath("npm"), "node and npm are not installed, so the TypeScript SDK end-to-end "
                + "test of heygen-mcp is skipped (CI has them; apt-get install nodejs npm)");
        if (!Files.isDirectory(TS.resolve("node_modules/@modelcontextprotocol/sdk"))) {
            // .ci/run installs it; a developer's first run installs the locked versions here.
            JBang.Result ci = JBang.exec(TS, List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of());
            assertThat(ci.code()).as(ci.toString()).isZero();
        }
        JBang.Result boot = JBang.bootstrap();
        assertThat(boot.code()).as(boot.toString()).isZero();
        // Compiling the kit and the server on first use takes longer than a client waits for its initialize answer.
        JBang.Result build = JBang.run(JBang.REPO, "build", "heygen-mcp");
        assertThat(build.code()).as(build.toString()).isZero();
        System.out.println("./jbang build heygen-mcp: " + build.elapsed().toMillis() + " ms");

        JBang.Result e2e = JBang.exec(TS, List.of("node", "e2e.mjs", JBang.REPO.toString(), folder.toString()), Map.of());
        System.out.println(e2e.out());
        assertThat(e2e.code()).as(e2e.toString()).isZero();
        assertThat(e2e.out()).containsPattern("(?m)^\\d+ passed, 0 failed").doesNotContain("FAIL");
    }
}
