///usr/bin/env jbang "$0" "$@" ; exit $?
// The heygen-kit MCP server (alias `heygen-mcp`): AI agents make avatar videos over stdio, offline without a key.
//   ./jbang heygen-mcp                                   (HEYGEN_API_KEY, ~/.heygen/credentials, else the sandbox)
//   jbang heygen-mcp@/path/to/heygen-kit --folder ~/videos --max-videos 5
// Compiled from this repository's sources on first use, like the heygen CLI: the kit through kit/heygen_kit.java, the
// server from mcp/src/main/java. //DEPS are the mcp module's runtime class path beyond lib's; mcp's
// McpLauncherDriftTest keeps them in step with mcp/pom.xml. JBang has no exclusions, so it also fetches the JSON
// Schema validator that mcp-json-jackson2 names and the pom excludes; the server never loads it.
//SOURCES kit/heygen_kit.java
//SOURCES ../mcp/src/main/java/dev/heygenkit/mcp/*.java
//DEPS io.modelcontextprotocol.sdk:mcp-core:2.2.0
//DEPS io.modelcontextprotocol.sdk:mcp-json-jackson2:2.2.0
//DEPS io.projectreactor:reactor-core:3.9.0-RC1
//DEPS org.reactivestreams:reactive-streams:1.0.4
//DEPS org.jspecify:jspecify:1.0.0
//DEPS org.slf4j:slf4j-api:2.0.20
//DEPS org.slf4j:slf4j-simple:2.0.20
// The JVM's own warnings (a stale class archive, say) go to stdout by default, where they would corrupt the protocol.
//JAVA_OPTIONS -Xlog:disable -Xlog:all=warning:stderr

/** Launches {@code dev.heygenkit.mcp.HeyGenMcp}; stdout carries only the MCP protocol. */
class heygen_mcp {
    public static void main(String[] args) {
        dev.heygenkit.mcp.HeyGenMcp.main(args);
    }
}
