package dev.heygenkit.cli;

import dev.heygenkit.api.Look;
import dev.heygenkit.api.Looks.LookQuery;
import dev.heygenkit.notebook.LookSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code heygen looks}: lists looks (the ids videos take), filtered, as a table, JSON or a contact sheet; its
 * subcommands rename and delete your own looks.
 */
@Command(name = "looks", description = "List avatar looks (the ids --look takes); filter, or write a contact sheet.",
        subcommands = {LooksEdit.Rename.class, LooksEdit.Delete.class},
        footer = {"", "Examples:", "  heygen looks --gender female --search anna", "  heygen looks --preview looks.png"})
final class LooksCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "LOOK_ID", description = "Show one look.")
    String id;

    @Option(names = "--group", paramLabel = "GROUP_ID", description = "Only looks of this avatar group.")
    String group;

    @Option(names = "--type", paramLabel = "TYPE", description = "studio_avatar, digital_twin or photo_avatar.")
    String type;

    @Option(names = "--ownership", paramLabel = "OWNERSHIP", description = "public or private.")
    String ownership;

    @Option(names = "--gender", paramLabel = "GENDER", description = "female or male (filtered here).")
    String gender;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only looks whose name or id contains TEXT (case-insensitive).")
    String search;

    @Option(names = "--limit", paramLabel = "N", description = "At most N looks (default: all).")
    Integer limit;

    @Option(names = "--preview", paramLabel = "FILE.png", description = "Write a contact sheet PNG, and an HTML page beside it.")
    String preview;

    @Override
    public Integer call() {
        if (id != null) {
            Look look = client().looks().get(id);
            if (json()) {
                printJson(look);
            } else {
                describe(look);
            }
            return Main.OK;
        }
        LookQuery q = LookQuery.of();
        if (group != null) {
            q = q.groupId(group);
        }
        if (type != null) {
            q = q.avatarType(type);
        }
        if (ownership != null) {
            q = q.ownership(ownership);
        }
        List<Look> looks = new ArrayList<>();
        for (Look l : client().looks().list(q)) {
            if (matches(l)) {
                looks.add(l);
                if (limit != null && looks.size() >= limit) {
                    break;
                }
            }
        }
        if (preview != null) {
            writePreview(looks);
        }
        if (json()) {
            printJson(looks);
        } else {
            Table t = new Table("ID", "NAME", "TYPE", "GENDER", "DEFAULT VOICE", "ENGINES", "READY");
            looks.forEach(l -> t.row(l.id(), l.name(), l.avatarType(), l.gender(), l.defaultVoiceId(),
                    String.join(",", l.supportedApiEngines()), l.isReady() ? "yes" : l.status()));
            t.print(io().out());
            note(looks.size() + (looks.size() == 1 ? " look" : " looks"));
        }
        return Main.OK;
    }

    private boolean matches(Look l) {
        if (gender != null && (l.gender() == null || !l.gender().equalsIgnoreCase(gender))) {
            return false;
        }
        if (type != null && (l.avatarType() == null || !l.avatarType().toString().equalsIgnoreCase(type))) {
            return false;
        }
        if (search != null) {
            String s = search.toLowerCase(Locale.ROOT);
            return (l.name() != null && l.name().toLowerCase(Locale.ROOT).contains(s)) || l.id().toLowerCase(Locale.ROOT).contains(s);
        }
        return true;
    }

    private void describe(Look l) {
        Table t = new Table("FIELD", "VALUE");
        t.row("id", l.id()).row("name", l.name()).row("type", l.avatarType()).row("group", l.groupId())
                .row("gender", l.gender()).row("default voice", l.defaultVoiceId())
                .row("engines", String.join(",", l.supportedApiEngines())).row("orientation", l.preferredOrientation())
                .row("ready", l.isReady() ? "yes" : l.status());
        t.print(io().out());
        if (l.previewImageUrl() != null) {
            io().out().println("preview: " + Escapes.line(l.previewImageUrl()));
        }
    }

    private void writePreview(List<Look> looks) {
        Path png = io().path(preview);
        String name = png.getFileName().toString();
        Path html = png.resolveSibling((name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name) + ".html");
        List<Look> shown = looks.size() > LookSheet.MAX_LOOKS ? looks.subList(0, LookSheet.MAX_LOOKS) : looks;
        BufferedImage sheet = LookSheet.of(shown);
        try {
            if (png.getParent() != null) {
                Files.createDirectories(png.getParent());
            }
            ImageIO.write(sheet, "png", png.toFile());
            Files.writeString(html, page(name, shown), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the contact sheet " + png + ": " + e.getMessage(), e);
        }
        note("wrote " + png + " (" + sheet.getWidth() + "x" + sheet.getHeight() + ", " + shown.size() + " looks) and " + html);
    }

    private static String page(String pngName, List<Look> looks) {
        StringBuilder b = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>HeyGen looks</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}code{background:#f4f4f4}</style>\n")
                .append("</head><body>\n<h1>HeyGen looks</h1>\n<p><img src=\"").append(esc(pngName))
                .append("\" alt=\"contact sheet\"></p>\n<table>\n<tr><th>Name</th><th>Look id</th><th>Type</th><th>Gender</th>")
                .append("<th>Default voice</th><th>Preview</th></tr>\n");
        for (Look l : looks) {
            b.append("<tr><td>").append(esc(l.name())).append("</td><td><code>").append(esc(l.id())).append("</code></td><td>")
                    .append(esc(String.valueOf(l.avatarType()))).append("</td><td>").append(esc(l.gender())).append("</td><td>")
                    .append(esc(l.defaultVoiceId())).append("</td><td>");
            if (l.previewImageUrl() != null) {
                b.append("<a href=\"").append(esc(l.previewImageUrl())).append("\">image</a>");
            }
            b.append("</td></tr>\n");
        }
        return b.append("</table>\n<p>Render one: <code>heygen render --look &lt;look id&gt; --say \"Hello\" -o hello.mp4</code></p>\n")
                .append("</body></html>\n").toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
