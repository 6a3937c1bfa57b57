package dev.heygenkit.mcp;

import dev.heygenkit.HeyGen;
import dev.heygenkit.internal.Internals;
import dev.heygenkit.internal.http.Redactor;

/**
 * What every tool of one server shares: the kit client, the allowed folder, the spend guard and the answer builder.
 *
 * @param client  the kit client (HeyGen's API or the sandbox)
 * @param folder  where local files may be read and written
 * @param guard   the cap on new videos
 * @param replies builds answers and errors
 */
record Session(HeyGen client, Folder folder, SpendGuard guard, Replies replies) {
    /** A session over {@code client}; the answer builder redacts the client's own key. */
    static Session of(HeyGen client, McpOptions options) {
        Integer max = options.maxVideos() != null ? options.maxVideos()
                : client.isSandbox() ? null : SpendGuard.DEFAULT_REAL_API;
        Redactor redactor = new Redactor(Internals.config(client).apiKey());
        return new Session(client, new Folder(options.folder()), new SpendGuard(max),
                new Replies(client.isSandbox(), redactor));
    }

    /** Where the client talks to, for the start-up line and the server instructions; never shows the key. */
    String target() {
        return client.isSandbox() ? "the offline sandbox at " + client.baseUrl() + " (nothing is billed)"
                : "HeyGen's API at " + client.baseUrl() + " (videos spend credits)";
    }
}
