package dev.heygenkit.cli;

import dev.heygenkit.api.Asset;
import dev.heygenkit.api.AssetInfo;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code heygen assets upload|list|get|delete}: files to use by asset id (asset:ID on the command line). */
@Command(name = "assets", mixinStandardHelpOptions = true,
        description = "Upload, list, show and delete assets: images, video and audio you then pass as asset:ID.",
        footer = {"", "Examples:", "  heygen assets upload slide.png", "  heygen assets list --limit 10",
                "  heygen render --look anna --say \"Hi\" --bg asset:ASSET_ID"},
        subcommands = {AssetsCommand.Upload.class, AssetsCommand.ListAssets.class, AssetsCommand.Get.class,
                AssetsCommand.Delete.class})
final class AssetsCommand extends Base {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(io().out());
        return Main.OK;
    }

    /** {@code heygen assets upload FILE}: multipart up to 32 MB, a presigned direct upload above (or with --direct). */
    @Command(name = "upload", footer = {"", "Examples:", "  heygen assets upload slide.png", "  heygen --json assets upload voice.mp3"}, mixinStandardHelpOptions = true, description = "Upload a file (up to 32 MB in one request, "
            + "larger ones through a presigned upload) and print its asset id.")
    static final class Upload extends Sub {
        @Parameters(paramLabel = "FILE", description = "PNG, JPEG, MP4, WebM, MP3, WAV, PDF or SRT.")
        String file;

        @Option(names = "--direct", description = "Use the presigned direct upload even for small files.")
        boolean direct;

        @Option(names = "--sha256", description = "With --direct: let storage verify the file's SHA-256.")
        boolean sha256;

        @Override
        public Integer call() {
            Path path = io().path(file);
            Asset a = direct ? client().assets().uploadDirect(path, sha256) : client().assets().upload(path);
            if (json()) {
                printJson(a);
                return Main.OK;
            }
            Map<String, String> f = new LinkedHashMap<>();
            f.put("asset", a.assetId());
            f.put("type", a.mimeType());
            f.put("bytes", a.sizeBytes() == null ? null : a.sizeBytes().toString());
            f.put("url", a.url());
            printFields(f);
            note("use it as asset:" + a.assetId() + ", e.g. --bg asset:" + a.assetId());
            return Main.OK;
        }
    }

    /** {@code heygen assets list}: the account's assets (a beta endpoint that needs the username, read for you). */
    @Command(name = "list", footer = {"", "Example:", "  heygen assets list --limit 10"}, mixinStandardHelpOptions = true, description = "List your assets (newest API, in beta).")
    static final class ListAssets extends Sub {
        @Option(names = "--limit", paramLabel = "N", description = "At most N assets (default: all).")
        Integer limit;

        @Option(names = "--username", paramLabel = "USER", description = "Whose assets (default: the key's own user).")
        String username;

        @Override
        public Integer call() {
            String user = username != null ? username : client().users().me().username();
            List<AssetInfo> assets = new ArrayList<>();
            for (AssetInfo a : client().assets().list(user, limit == null ? null : Math.min(Math.max(limit, 1), 100))) {
                if (limit != null && assets.size() >= limit) {
                    break;
                }
                assets.add(a);
            }
            if (json()) {
                printJson(assets);
                return Main.OK;
            }
            Table t = new Table("ID", "NAME", "TYPE", "UPLOADED");
            assets.forEach(a -> t.row(a.id(), a.name(), a.type(), a.uploadedAt() == null ? null : Instant.ofEpochSecond(a.uploadedAt())));
            t.print(io().out());
            note(assets.size() + (assets.size() == 1 ? " asset" : " assets"));
            return Main.OK;
        }
    }

    /** {@code heygen assets get ID}. */
    @Command(name = "get", footer = {"", "Example:", "  heygen assets get ASSET_ID"}, mixinStandardHelpOptions = true, description = "Show one asset's metadata and URL.")
    static final class Get extends Sub {
        @Parameters(paramLabel = "ASSET_ID", description = "The asset.")
        String id;

        @Override
        public Integer call() {
            AssetInfo a = client().assets().get(id);
            if (json()) {
                printJson(a);
                return Main.OK;
            }
            Map<String, String> f = new LinkedHashMap<>();
            f.put("asset", a.id());
            f.put("name", a.name());
            f.put("type", a.type());
            f.put("uploaded", a.uploadedAt() == null ? null : Instant.ofEpochSecond(a.uploadedAt()).toString());
            f.put("url", a.url());
            printFields(f);
            return Main.OK;
        }
    }

    /** {@code heygen assets delete ID}. */
    @Command(name = "delete", footer = {"", "Example:", "  heygen assets delete ASSET_ID --force"}, mixinStandardHelpOptions = true, description = "Delete an asset for good (asks first; --force to skip).")
    static final class Delete extends Sub {
        @Parameters(paramLabel = "ASSET_ID", description = "The asset.")
        String id;

        @Option(names = {"-f", "--force"}, description = "Do not ask; required when not at a terminal.")
        boolean force;

        @Override
        public Integer call() {
            if (!confirmDelete("asset " + id, force)) {
                return Main.FAILED;
            }
            String deleted = client().assets().delete(id).id();
            if (json()) {
                printJson(Json.object().put("id", deleted).put("deleted", true));
            } else {
                io().out().println("deleted asset " + Escapes.line(String.valueOf(deleted)));
            }
            return Main.OK;
        }
    }
}
