package dev.heygenkit.contract;

/** The same client contract against the embedded sandbox: one contract, two backends. */
class SandboxClientContractTest extends ClientContract {
    @Override
    protected Backend startBackend() {
        return new SandboxBackend();
    }
}
