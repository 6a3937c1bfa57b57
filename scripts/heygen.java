///usr/bin/env jbang "$0" "$@" ; exit $?
// The heygen CLI (alias `heygen` in jbang-catalog.json), compiled from this repository's sources on first use.
//   ./jbang heygen --sandbox render --look anna --say "Hello" -o hello.mp4
//   jbang heygen@/path/to/heygen-kit looks --gender female
//SOURCES kit/heygen_kit.java

/** Launches {@code dev.heygenkit.cli.Main}. */
class heygen {
    public static void main(String[] args) {
        dev.heygenkit.cli.Main.main(args);
    }
}
