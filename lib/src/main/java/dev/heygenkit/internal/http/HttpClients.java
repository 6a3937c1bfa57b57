package dev.heygenkit.internal.http;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * The JDK HTTP clients the transport uses. A client that only ever talks plain {@code http://} (the sandbox, a local
 * proxy) gets a TLS context that is never initialised: {@code HttpClient.newBuilder().build()} otherwise loads the
 * JDK's default TLS context and its CA certificates, about a third of a CLI call's start-up.
 */
public final class HttpClients {
    private HttpClients() {
    }

    /** Whether a URI is plain http, so a client without TLS can serve it. */
    public static boolean isPlain(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme());
    }

    /**
     * A client: without TLS when every request will be plain http, with the JDK's default TLS otherwise.
     *
     * @param plain          whether every request will be plain http
     * @param version        the preferred HTTP version (HTTP/2 is tried by upgrade on plain http)
     * @param connectTimeout TCP (and TLS) connect timeout
     * @param redirect       the redirect policy
     */
    public static HttpClient build(boolean plain, HttpClient.Version version, Duration connectTimeout,
                                   HttpClient.Redirect redirect) {
        HttpClient.Builder b = HttpClient.newBuilder().version(version).connectTimeout(connectTimeout).followRedirects(redirect);
        if (plain) {
            b.sslContext(NoTls.CONTEXT).sslParameters(new SSLParameters());
        }
        return b.build();
    }

    /** A TLS context for clients that never open a TLS connection; any use of it fails with a one-line message. */
    private static final class NoTls extends SSLContextSpi {
        static final SSLContext CONTEXT = new SSLContext(new NoTls(), null, "none") {
        };

        private static IllegalStateException unused() {
            return new IllegalStateException("this HTTP client serves plain http only; an https URL needs the TLS client");
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) {
            throw unused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw unused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw unused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw unused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw unused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw unused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw unused();
        }
    }
}
