package dev.heygenkit.internal.batch;

/**
 * Named points in a batch run where the crash tests stop the process: with the system property
 * {@code heygen.test.batch.stopAt=<point>[:<n>]} the runner announces the n-th arrival (default the first)
 * as {@code STOPPED AT <point>} on stdout and then waits forever, so a test can SIGKILL it there. Without the property this is
 * a no-op.
 */
final class CrashPoints {
    static final String BEFORE_POST = "before-post";
    static final String AFTER_POST = "after-post";
    static final String TRACKING = "tracking";
    static final String DOWNLOADING = "downloading";

    private static final String SPEC = System.getProperty("heygen.test.batch.stopAt");
    private static final java.util.concurrent.atomic.AtomicInteger ARRIVALS = new java.util.concurrent.atomic.AtomicInteger();

    private CrashPoints() {
    }

    static void reach(String point) {
        if (SPEC == null) {
            return;
        }
        String[] parts = SPEC.split(":");
        int n = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        if (parts[0].equals(point) && ARRIVALS.incrementAndGet() == n) {
            System.out.println("STOPPED AT " + point);
            System.out.flush();
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // keep waiting: only SIGKILL ends this process
                }
            }
        }
    }
}
