package dev.heygenkit.api;

import dev.heygenkit.ProgressListener;
import dev.heygenkit.internal.Internals;
import dev.heygenkit.internal.http.HttpTransport;

/** Builds a client's resource groups for {@code HeyGen}, so their constructors need not be public. */
final class GroupFactory implements Internals.ApiAccess {
    @Override
    public Internals.Groups groups(HttpTransport transport, ProgressListener progress) {
        return new Internals.Groups(new Videos(transport), new Looks(transport), new Avatars(transport),
                new Voices(transport, progress), new Assets(transport), new Webhooks(transport), new Users(transport),
                new Templates(transport), new Raw(transport));
    }
}
