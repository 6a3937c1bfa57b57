package dev.heygenkit.internal.webhooks;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.heygenkit.HeyGenException;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK HTTP server a receiver runs on: bound to one address, a few daemon threads, one handler. */
public final class Listener {
    private final HttpServer server;
    private final ExecutorService threads;
    private final URI url;

    private Listener(HttpServer server, ExecutorService threads, URI url) {
        this.server = server;
        this.threads = threads;
        this.url = url;
    }

    /**
     * Binds {@code host}:{@code port} (0: any free port) and serves {@code handler} on {@code path} and below. A port in
     * use, or an address not of this machine, fails with a one-line {@link HeyGenException}.
     */
    public static Listener start(InetAddress address, String host, int port, String path, HttpHandler handler, String name) {
        HttpServer server = bind(address, port);
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> daemon(r, name + "-http-" + count.incrementAndGet()));
        server.setExecutor(threads);
        server.createContext(path, handler);
        server.start();
        return new Listener(server, threads, url(address, host, server.getAddress().getPort(), path));
    }

    /** Where deliveries go. */
    public URI url() {
        return url;
    }

    /** The bound port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Closes the socket and the threads at once; drain the handler first. */
    public void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** A daemon thread, so a receiver left open never keeps the JVM alive. */
    public static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static HttpServer bind(InetAddress address, int port) {
        String where = address.getHostAddress() + ":" + port;
        try {
            return HttpServer.create(new InetSocketAddress(address, port), 64);
        } catch (BindException e) {
            if (String.valueOf(e.getMessage()).contains("in use")) {
                throw new HeyGenException("port_in_use", "Port " + port + " on " + address.getHostAddress() + " is already in use.",
                        "Stop what listens there, or pick another port (0 picks any free one).", e);
            }
            throw new HeyGenException("cannot_listen", "Cannot listen on " + where + ": " + e.getMessage() + ".",
                    "Use an address of this machine, e.g. 127.0.0.1 or 0.0.0.0.", e);
        } catch (IOException e) {
            throw new HeyGenException("cannot_listen", "Cannot listen on " + where + ": " + e.getMessage() + ".",
                    "Check the host and port.", e);
        }
    }

    private static URI url(InetAddress address, String host, int port, String path) {
        // A wildcard bind is reachable on loopback too; that is the address to print and to register locally.
        String shown = address.isAnyLocalAddress() ? "127.0.0.1" : host;
        try {
            return new URI("http", null, shown, port, path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("host " + host + " does not fit in a URL; use an IP address", e);
        }
    }
}
