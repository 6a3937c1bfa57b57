package dev.heygenkit.internal.http;

import dev.heygenkit.TransferProgress;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Byte-progress wrappers for request bodies and response handlers: the bytes pass through unchanged while a
 * {@link TransferProgress} is told how many have gone by.
 *
 * <pre>{@code HttpRequest.newBuilder(url).PUT(Transfers.counting(BodyPublishers.ofFile(file), progress))}</pre>
 */
public final class Transfers {
    private Transfers() {
    }

    /** A body publisher that reports the bytes handed to the connection; each subscription (attempt) counts from 0. */
    public static HttpRequest.BodyPublisher counting(HttpRequest.BodyPublisher body, TransferProgress progress) {
        Objects.requireNonNull(body, "body");
        if (progress == null || progress == TransferProgress.NONE) {
            return body;
        }
        return new CountingPublisher(body, progress);
    }

    /** A body handler that reports the bytes received, with {@code Content-Length} (or -1) as the total. */
    public static <T> HttpResponse.BodyHandler<T> counting(HttpResponse.BodyHandler<T> handler, TransferProgress progress) {
        Objects.requireNonNull(handler, "handler");
        if (progress == null || progress == TransferProgress.NONE) {
            return handler;
        }
        return info -> {
            long total = info.headers().firstValueAsLong("content-length").orElse(-1L);
            return new CountingSubscriber<>(handler.apply(info), progress, total);
        };
    }

    private static void report(TransferProgress progress, long bytes, long total) {
        try {
            progress.onProgress(bytes, total);
        } catch (RuntimeException ignored) {
            // A failing progress display must never break the transfer it is displaying.
        }
    }

    private record CountingPublisher(HttpRequest.BodyPublisher body, TransferProgress progress)
            implements HttpRequest.BodyPublisher {
        @Override
        public long contentLength() {
            return body.contentLength();
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            long total = body.contentLength();
            AtomicLong sent = new AtomicLong();
            report(progress, 0, total);
            body.subscribe(new Flow.Subscriber<ByteBuffer>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscriber.onSubscribe(subscription);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    int n = item.remaining();
                    subscriber.onNext(item);
                    report(progress, sent.addAndGet(n), total);
                }

                @Override
                public void onError(Throwable throwable) {
                    subscriber.onError(throwable);
                }

                @Override
                public void onComplete() {
                    subscriber.onComplete();
                }
            });
        }
    }

    private static final class CountingSubscriber<T> implements HttpResponse.BodySubscriber<T> {
        private final HttpResponse.BodySubscriber<T> delegate;
        private final TransferProgress progress;
        private final long total;
        private long received;

        CountingSubscriber(HttpResponse.BodySubscriber<T> delegate, TransferProgress progress, long total) {
            this.delegate = delegate;
            this.progress = progress;
            this.total = total;
        }

        @Override
        public CompletionStage<T> getBody() {
            return delegate.getBody();
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            report(progress, 0, total);
            delegate.onSubscribe(subscription);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            long n = 0;
            for (ByteBuffer b : item) {
                n += b.remaining();
            }
            delegate.onNext(item);
            received += n;
            report(progress, received, total);
        }

        @Override
        public void onError(Throwable throwable) {
            delegate.onError(throwable);
        }

        @Override
        public void onComplete() {
            delegate.onComplete();
        }
    }
}
