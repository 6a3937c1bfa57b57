package dev.heygenkit.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A storage host on 127.0.0.1 that promises 64 KiB and closes the connection after 16 KiB, on every connection:
 * the truncated download no HTTP stub library serves reliably.
 */
final class Truncating implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    private Truncating(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = new Thread(this::serve, "truncating-storage");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static Truncating start() throws IOException {
        return new Truncating(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/files/v1.mp4";
    }

    int connections() {
        return connections.get();
    }

    void reset() {
        connections.set(0);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                connections.incrementAndGet();
                drainHeaders(s);
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: 65536\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(new byte[16 * 1024]);
                out.flush();
            } catch (IOException closedOrBroken) {
                // the next accept() ends the loop when the socket was closed
            }
        }
    }

    private static void drainHeaders(Socket s) throws IOException {
        var in = s.getInputStream();
        int state = 0;
        int b;
        while (state < 4 && (b = in.read()) >= 0) {
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        }
    }

    /** A loopback port nothing listens on (bound, then released). */
    static int deadPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
