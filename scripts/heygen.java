///usr/bin/env jbang "$0" "$@" ; exit $?
// The heygen CLI (alias `heygen` in jbang-catalog.json), compiled from this repository's sources on first use.
//   ./jbang heygen --sandbox render --look anna --say "Hello" -o hello.mp4
//   jbang heygen@/path/to/heygen-kit looks --gender female
//SOURCES kit/heygen_kit.java
// Start-up: the first run records an application class-data-sharing archive beside the compiled jar, later runs map
// it. Its log is off: the first run would otherwise print a line per class it cannot archive on stdout, where --json
// output goes. A CLI call is short, so C1 alone and the serial collector spend less CPU than the default JIT and GC.
//CDS
//JAVA_OPTIONS -Xlog:cds*=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC

/** Launches {@code dev.heygenkit.cli.Main}. */
class heygen {
    public static void main(String[] args) {
        dev.heygenkit.cli.Main.main(args);
    }
}
