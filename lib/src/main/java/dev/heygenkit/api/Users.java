package dev.heygenkit.api;

import dev.heygenkit.internal.http.ApiRequest;
import dev.heygenkit.internal.http.HttpTransport;

/**
 * The {@code /v3/users} group: who the key belongs to and how much credit is left.
 *
 * <pre>{@code UserInfo me = client.users().me();  me.wallet().remainingBalance();}</pre>
 */
public final class Users {
    private final HttpTransport transport;

    Users(HttpTransport transport) {
        this.transport = transport;
    }

    /** The account behind the API key, with its billing block. */
    public UserInfo me() {
        return Resources.data(transport, ApiRequest.get("/v3/users/me"), UserInfo.class);
    }
}
