package dev.heygenkit.contract;

import dev.heygenkit.HeyGen;
import dev.heygenkit.api.CreateVideoRequest;

import java.time.Duration;
import java.util.List;

/**
 * A server {@link ClientContract} runs against: WireMock stubs now, the embedded sandbox later. A backend seeds or
 * reports its state, lets time pass, and counts the requests it served, so the contract can judge the client
 * without knowing which server answered.
 */
public interface Backend extends AutoCloseable {
    /** A client with a key the backend accepts, and waits that return at once. */
    HeyGen client();

    /** A client with a key the backend rejects. */
    HeyGen clientWithWrongKey();

    /** Makes sure at least {@code atLeast} looks exist and returns every look id in the order the API lists them. */
    List<String> looks(int atLeast);

    /** A language and gender for which voices exist, e.g. {@code English}/{@code female}. */
    List<String> voiceFilter();

    /** A create body the backend accepts. */
    CreateVideoRequest validCreate();

    /** A video id the backend does not know. */
    String unknownVideoId();

    /** Lets backend time pass so submitted videos move on (render, complete). */
    void advance(Duration time);

    /** How many requests with this method and exact path (no query) the backend has served since the last reset. */
    int requestCount(String method, String path);

    /** Forgets served requests (and, where the backend can, state) before each test. */
    void reset();

    @Override
    void close();
}
