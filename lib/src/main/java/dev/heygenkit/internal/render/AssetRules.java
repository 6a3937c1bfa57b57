package dev.heygenkit.internal.render;

import dev.heygenkit.ProblemCodes;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.Assets;
import dev.heygenkit.internal.http.Bytes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Preflight of media inputs: URLs are public http(s), asset ids are not blank, local files exist and fit. */
final class AssetRules {
    /** Photos with a shorter side than this draw a warning. */
    static final int MIN_PHOTO_SIDE = 512;

    /** What kind of media a field takes; a new avatar's photo must also decode completely. */
    enum Expect {
        PHOTO, AVATAR_PHOTO, IMAGE, AUDIO, VIDEO, ANY
    }

    private final Findings f;

    AssetRules(Findings findings) {
        this.f = findings;
    }

    void asset(AssetInput a, String param, String what, Expect expect, String label) {
        if (a instanceof AssetInput.Url u) {
            if (u.url() == null) {
                f.error(ProblemCodes.URL_INVALID, param, label + what + " URL is missing");
            } else {
                f.url(u.url(), param + ".url", what, label);
            }
        } else if (a instanceof AssetInput.AssetId id) {
            assetId(id.assetId(), param + ".asset_id", what, label);
        } else if (a instanceof AssetInput.LocalFile file) {
            file(file.path(), param + ".asset_id", what, expect, label);
        } else if (a instanceof AssetInput.Base64 b) {
            if (Findings.blank(b.mediaType()) || Findings.blank(b.data())) {
                f.error(ProblemCodes.ASSET_BASE64_INVALID, param, label + what + " as base64 needs both a media type and data");
            }
        }
    }

    /** Checks media sent as a bare URL or asset id field pair, e.g. {@code audio_url} / {@code audio_asset_id}. */
    void flat(AssetInput a, String urlParam, String assetParam, String what, Expect expect, String label) {
        if (a instanceof AssetInput.Url u) {
            f.url(u.url() == null ? "" : u.url(), urlParam, what, label);
        } else if (a instanceof AssetInput.AssetId id) {
            assetId(id.assetId(), assetParam, what, label);
        } else if (a instanceof AssetInput.LocalFile file) {
            file(file.path(), assetParam, what, expect, label);
        } else if (a instanceof AssetInput.Base64) {
            f.error(ProblemCodes.ASSET_BASE64_INVALID, assetParam, label + what + " cannot be inline base64 here; "
                    + "pass a Path (uploaded for you) or a URL");
        }
    }

    private void assetId(String id, String param, String what, String label) {
        if (Findings.blank(id)) {
            f.error(ProblemCodes.ASSET_ID_MISSING, param, label + what + " asset id is empty; pass the asset id from "
                    + "client.assets().upload(...), or a Path");
        }
    }

    private void file(Path file, String param, String what, Expect expect, String label) {
        String named = label + what + " file " + file;
        if (!Files.exists(file)) {
            f.error(ProblemCodes.FILE_MISSING, param, named + " does not exist; check the path");
            return;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            f.error(ProblemCodes.FILE_UNREADABLE, param, named + (Files.isDirectory(file)
                    ? " is a directory; pass a file" : " cannot be read; check its permissions"));
            return;
        }
        long size;
        LocalFiles.Kind kind;
        try {
            size = Files.size(file);
            kind = LocalFiles.sniff(file);
        } catch (IOException | UncheckedIOException e) {
            f.error(ProblemCodes.FILE_UNREADABLE, param, named + " cannot be read (" + e.getClass().getSimpleName()
                    + "); check its permissions");
            return;
        }
        if (size > Assets.MULTIPART_LIMIT) {
            f.error(ProblemCodes.FILE_TOO_LARGE, param, named + " is " + Bytes.human(size) + ", over the 32 MB upload limit; "
                    + "shrink it, or upload it elsewhere and pass its https URL");
        } else if (size == 0) {
            f.error(ProblemCodes.FILE_EMPTY, param, named + " is empty; check the path");
        } else {
            kind(file, kind, param, named, expect, label);
        }
    }

    private void kind(Path file, LocalFiles.Kind kind, String param, String named, Expect expect, String label) {
        switch (expect) {
            case PHOTO, AVATAR_PHOTO, IMAGE -> {
                if (!kind.isImage()) {
                    f.error(ProblemCodes.FILE_NOT_IMAGE, param, named + " is not a PNG or JPEG image"
                            + (kind == LocalFiles.Kind.OTHER_IMAGE ? " (convert it to PNG or JPEG)" : "; pass a .png or .jpg"));
                } else if (expect == Expect.AVATAR_PHOTO && !LocalFiles.decodes(file)) {
                    f.error(ProblemCodes.PHOTO_UNDECODABLE, param, named + " cannot be decoded as a picture (it is damaged "
                            + "or cut short); export the photo again as PNG or JPEG");
                } else if (expect != Expect.IMAGE) {
                    LocalFiles.imageSize(file).ifPresent(wh -> {
                        if (Math.min(wh[0], wh[1]) < MIN_PHOTO_SIDE) {
                            f.warning(ProblemCodes.PHOTO_TOO_SMALL, param, label + "photo " + file.getFileName() + " is " + wh[0]
                                    + "×" + wh[1] + "; photos of at least " + MIN_PHOTO_SIDE + "×" + MIN_PHOTO_SIDE
                                    + " animate much better");
                        }
                    });
                }
            }
            case AUDIO -> {
                if (kind != LocalFiles.Kind.AUDIO) {
                    f.error(ProblemCodes.FILE_NOT_AUDIO, param, named + " is not MP3 or WAV audio; convert it or pass the right file");
                }
            }
            case VIDEO -> {
                if (kind != LocalFiles.Kind.VIDEO) {
                    f.error(ProblemCodes.FILE_NOT_VIDEO, param, named + " is not MP4 or WebM video; convert it or pass the right file");
                }
            }
            case ANY -> {
                if (kind == LocalFiles.Kind.UNKNOWN || kind == LocalFiles.Kind.OTHER_IMAGE) {
                    f.error(ProblemCodes.FILE_UNSUPPORTED, param, named + " is not PNG, JPEG, MP3, WAV, MP4 or WebM; convert it");
                }
            }
            default -> throw new IllegalStateException(expect.name());
        }
    }

    /** The lower-case file extension a URL or local file ends with, or {@code ""}. */
    static String extension(AssetInput a) {
        String name = "";
        if (a instanceof AssetInput.Url u && u.url() != null) {
            int q = u.url().indexOf('?');
            name = q < 0 ? u.url() : u.url().substring(0, q);
        } else if (a instanceof AssetInput.LocalFile file) {
            name = file.path().getFileName() == null ? "" : file.path().getFileName().toString();
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
