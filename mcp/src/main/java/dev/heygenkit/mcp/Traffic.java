package dev.heygenkit.mcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * Counts the requests read from stdin and the answers written to stdout, and notices when stdin ends (how a client
 * tells a stdio server to stop). The end is passed on to the SDK's transport, which stops at once, only after every
 * request read has been answered, so {@code printf '...requests...' | heygen-mcp} gets all its answers.
 */
final class Traffic {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Duration drain;
    private int asked;
    private int answered;
    private boolean ended;
    private boolean initialized;
    private Runnable afterFirstAnswer = () -> { };

    /** Counts traffic; after stdin ends, waits at most {@code drain} for the answers still owed. */
    Traffic(Duration drain) {
        this.drain = drain;
    }

    /** Runs {@code action} once the first answer has been written (the answer to {@code initialize}). */
    synchronized void afterFirstAnswer(Runnable action) {
        afterFirstAnswer = action;
    }

    /** The client's stdin, counted. */
    InputStream in(InputStream raw) {
        Lines lines = new Lines(true);
        return new FilterInputStream(raw) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n;
                try {
                    n = super.read(b, off, len);
                } catch (IOException e) {
                    drainThenEnd();
                    throw e;
                }
                if (n < 0) {
                    drainThenEnd();
                } else {
                    lines.add(b, off, n);
                }
                return n;
            }
        };
    }

    /** The protocol stdout, counted. */
    OutputStream out(OutputStream raw) {
        Lines lines = new Lines(false);
        return new FilterOutputStream(raw) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                lines.add(b, off, len);
            }
        };
    }

    /** Blocks until stdin has ended and that end was passed on; returns whether every request had its answer. */
    synchronized boolean awaitEnd() throws InterruptedException {
        while (!ended) {
            wait();
        }
        return answered >= asked;
    }

    /** Called by the reader thread at the end of stdin: lets running requests answer, then records the end. */
    private synchronized void drainThenEnd() {
        long deadline = System.nanoTime() + drain.toNanos();
        try {
            while (answered < asked && System.nanoTime() < deadline) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ended = true;
        notifyAll();
    }

    private synchronized void counted(boolean inbound, boolean hasId, String method) {
        // A request has a method and an id; its answer has the id and no method. Notifications have no id.
        if (inbound && "notifications/initialized".equals(method)) {
            initialized = true;
        } else if (inbound && hasId && method != null) {
            // The SDK leaves requests unanswered until the client said it is initialized; none are owed then.
            if (initialized || method.equals("initialize") || method.equals("ping")) {
                asked++;
            }
        } else if (!inbound && hasId && method == null) {
            answered++;
            notifyAll();
            if (answered == 1) {
                afterFirstAnswer.run();
            }
        }
    }

    /** Splits one direction's bytes into JSON-RPC lines. */
    private final class Lines {
        private final boolean inbound;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Lines(boolean inbound) {
            this.inbound = inbound;
        }

        synchronized void add(byte[] b, int off, int len) {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    line.write(b, start, i - start);
                    message(line.toByteArray());
                    line.reset();
                    start = i + 1;
                }
            }
            line.write(b, start, off + len - start);
        }

        /** Reads only the top-level {@code id} and {@code method}, skipping contents such as base64 images. */
        private void message(byte[] bytes) {
            try (JsonParser p = FACTORY.createParser(bytes)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return;
                }
                boolean hasId = false;
                String method = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals("id")) {
                        hasId = value != JsonToken.VALUE_NULL;
                    } else if (name.equals("method") && value == JsonToken.VALUE_STRING) {
                        method = p.getText();
                    }
                    p.skipChildren();
                }
                counted(inbound, hasId, method);
            } catch (IOException notJson) {
                // Not a message; the transport answers it with a parse error, which carries no id to count.
            }
        }
    }
}
