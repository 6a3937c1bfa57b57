package dev.heygenkit.internal.http;

import dev.heygenkit.HeyGen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the WireMock wire tests: one server per test class, reset before each test, and a fresh client (canary
 * key, recording sleeper, fixed clock) in {@link #client}.
 */
public abstract class WireTest {
    /** The WireMock server and its client factory, shared by the tests of one class. */
    protected static WireFixture wire;
    /** A client bound to {@link #wire}, new for each test. */
    protected HeyGen client;

    @BeforeAll
    static void startWire() {
        wire = WireFixture.start();
    }

    @AfterAll
    static void stopWire() {
        wire.close();
    }

    @BeforeEach
    void resetWire() {
        wire.reset();
        client = wire.client();
    }
}
