// heygen-kit compiled from this repository's sources, for the launcher and the example scripts (//SOURCES kit/heygen_kit.java).
// It makes `./jbang heygen ...` and every script work on a fresh clone, and `jbang heygen@/path/to/repo` from anywhere,
// with no `mvn install`: JBang compiles the kit once and caches it until a source changes.
// //DEPS lists exactly lib's runtime class path and the globs cover every main source except the JJava kernel
// extension (it needs JJava, which only the kernel supplies) and module-info.java (JBang compiles on the class path);
// tests/.../jbang/LauncherDriftTest keeps them in step.
// Outside this repository use the published jar instead: //DEPS dev.heygenkit:heygen-kit:0.1.0
//JAVA 17+
//DEPS com.fasterxml.jackson.core:jackson-databind:2.20.1
//DEPS com.fasterxml.jackson.core:jackson-annotations:2.20
//DEPS com.fasterxml.jackson.core:jackson-core:2.20.1
//DEPS com.fasterxml.jackson.dataformat:jackson-dataformat-csv:2.20.1
//DEPS info.picocli:picocli:4.7.7
//DEPS org.jcodec:jcodec:0.2.5
//SOURCES ../../lib/src/main/java/dev/heygenkit/*.java
//SOURCES ../../lib/src/main/java/dev/heygenkit/api/*.java
//SOURCES ../../lib/src/main/java/dev/heygenkit/internal/**.java
//SOURCES ../../lib/src/main/java/dev/heygenkit/sandbox/**.java
//SOURCES ../../lib/src/main/java/dev/heygenkit/cli/*.java
//SOURCES ../../lib/src/main/java/dev/heygenkit/notebook/[!J]*.java
//FILES dev/heygenkit/sandbox/fixtures.json=../../lib/src/main/resources/dev/heygenkit/sandbox/fixtures.json
//FILES dev/heygenkit/sandbox/heygen-v3-endpoints.json=../../lib/src/main/resources/dev/heygenkit/sandbox/heygen-v3-endpoints.json
//JAVA_OPTIONS -Djava.awt.headless=true
// javac's "uses a deprecated API" notes (Jackson builder calls in lib) would greet every first run; the Maven build still shows them.
//COMPILE_OPTIONS -XDsuppressNotes
// As lib/pom.xml: string concatenation as StringBuilder calls, which start faster than invokedynamic ones.
//COMPILE_OPTIONS -XDstringConcat=inline

/** Holds the directives above; the kit's own classes come from lib/src/main/java. */
interface heygen_kit {
}
