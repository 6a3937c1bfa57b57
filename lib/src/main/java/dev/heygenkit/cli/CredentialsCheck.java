package dev.heygenkit.cli;

import dev.heygenkit.internal.http.Credentials;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Warns when the credentials file can be read by other users, naming the file and the fix but never the key. */
final class CredentialsCheck {
    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private CredentialsCheck() {
    }

    /** Prints one warning on stderr when the credentials file is group- or world-accessible. */
    static void warnIfShared(Io io, Progress progress) {
        Path file = Credentials.configDir(io.env()).resolve("credentials");
        try {
            if (!Files.isRegularFile(file)) {
                return;
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.stream().anyMatch(SHARED::contains)) {
                progress.say("warning: " + file + " can be read by other users of this machine; run: chmod 600 " + file);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // No POSIX permissions (Windows) or unreadable: nothing to warn about here; reading the key reports it.
        }
    }
}
