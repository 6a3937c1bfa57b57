package dev.heygenkit.bench;

/** The JVM hello world that start-up times are compared with: started alone, with nothing else on its class path. */
public final class Hello {
    private Hello() {
    }

    /** Prints one line. */
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
