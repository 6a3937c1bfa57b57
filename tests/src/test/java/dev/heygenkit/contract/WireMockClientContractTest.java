package dev.heygenkit.contract;

/** The client contract against the WireMock backend. */
class WireMockClientContractTest extends ClientContract {
    @Override
    protected Backend startBackend() {
        return new WireMockBackend();
    }
}
