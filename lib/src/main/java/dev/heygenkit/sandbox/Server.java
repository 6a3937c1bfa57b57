package dev.heygenkit.sandbox;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server on 127.0.0.1 and the threads of one sandbox: request handlers, a one-off warm-up and, unless the
 * clock is manual, a ticker that settles the world every 50 ms. Every thread is a daemon named after the sandbox.
 */
final class Server {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpServer http;
    private final ExecutorService executor;
    private final Thread ticker;
    private final URI baseUri;

    private Server(Engine engine, SandboxOptions options, String name) {
        try {
            this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        } catch (IOException e) {
            engine.close();
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + options.port() + " (" + e.getMessage()
                    + "); pick another port or 0 for any free one", e);
        }
        // loading Jackson and the catalogue is most of a cold start: do it beside the server start, not before it
        daemon(engine::warmUp, name + "-warm-up").start();
        this.executor = Executors.newCachedThreadPool(r -> daemon(r, name + "-http-" + THREADS.incrementAndGet()));
        http.createContext("/", engine::handle);
        http.setExecutor(executor);
        // HttpServer's dispatcher inherits daemon status from the thread that starts it: start it from a daemon
        // thread so an embedded sandbox never keeps a finished script's JVM alive.
        Thread starter = daemon(http::start, name + "-start");
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        this.baseUri = URI.create("http://127.0.0.1:" + http.getAddress().getPort());
        engine.listening(baseUri.toString());
        if (options.manualClock()) {
            this.ticker = null;
        } else {
            this.ticker = daemon(() -> tick(engine), name + "-clock");
            ticker.start();
        }
    }

    /** Listens on {@code options.port()} and serves {@code engine}; a taken port is an unchecked I/O error. */
    static Server start(Engine engine, SandboxOptions options, String name) {
        return new Server(engine, options, name);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void tick(Engine engine) {
        while (true) {
            try {
                engine.settle();
            } catch (RuntimeException e) {
                engine.listener().accept("sandbox: clock tick failed: " + e);
            }
            try {
                if (engine.awaitClosing(Duration.ofMillis(50))) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    URI baseUri() {
        return baseUri;
    }

    /** Stops serving and frees the port; the engine's closing latch must already be counted down. */
    void stop() {
        http.stop(0);
        executor.shutdownNow();
        if (ticker != null) {
            ticker.interrupt();
        }
    }
}
