package dev.heygenkit.notebook;

import dev.heygenkit.api.Look;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A contact sheet of looks: a grid of their preview pictures, each labelled with the look's name and id. Previews are
 * fetched in parallel with a short timeout; a preview that cannot be fetched or decoded (the JDK reads PNG, JPEG, GIF
 * and BMP, not WebP) becomes a grey placeholder. The layout depends only on the number of looks and columns. Every
 * Java kernel shows the result as image/png, and its text form names the looks ({@code 8 looks: anna, anna_casual, …}).
 *
 * <pre>{@code LookSheet.of(client.looks().list().items(), 4)}</pre>
 */
public final class LookSheet {
    /** Width and height of each preview, in pixels. */
    public static final int TILE = 160;
    /** Height of the label under each preview. */
    public static final int LABEL = 36;
    /** Space between and around tiles. */
    public static final int GAP = 8;
    /** Looks drawn at most; iteration stops there, so a lazily paging {@code Page} fetches no further. */
    public static final int MAX_LOOKS = 60;
    /** How long one preview may take unless a timeout is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** Ids named at most in the text form. */
    static final int TEXT_IDS = 8;
    /** The fill of a preview that could not be fetched. */
    public static final Color PLACEHOLDER = new Color(0xD9D9D9);

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color FRAME = new Color(0xF2F2F2);
    private static final Color ID_TEXT = new Color(0x6B6B6B);

    private LookSheet() {
    }

    /** The sheet in four columns. */
    public static BufferedImage of(Iterable<Look> looks) {
        return of(looks, 4);
    }

    /** The sheet in that many columns (1 to 12). */
    public static BufferedImage of(Iterable<Look> looks, int columns) {
        return of(looks, columns, DEFAULT_TIMEOUT);
    }

    /** The sheet in that many columns, waiting at most {@code timeout} for each preview. */
    public static BufferedImage of(Iterable<Look> looks, int columns, Duration timeout) {
        if (columns < 1 || columns > 12) {
            throw new IllegalArgumentException("columns must be 1..12, got " + columns);
        }
        List<Look> chosen = new ArrayList<>();
        boolean more = false;
        for (Look look : looks) {
            if (chosen.size() == MAX_LOOKS) {
                more = true;
                break;
            }
            chosen.add(look);
        }
        List<BufferedImage> previews = fetchAll(chosen, timeout);
        Dimension size = size(chosen.size(), columns);
        BufferedImage sheet = new Sheet(size.width, size.height, describe(chosen, more));
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, size.width, size.height);
            if (chosen.isEmpty()) {
                g.setColor(ID_TEXT);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                g.drawString("no looks", GAP + 4, GAP + TILE / 2);
            }
            for (int i = 0; i < chosen.size(); i++) {
                drawTile(g, previewBounds(i, columns), chosen.get(i), previews.get(i));
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    /** {@code 8 looks: anna, anna_casual, …}: what a terminal or a log shows instead of the picture. */
    private static String describe(List<Look> chosen, boolean more) {
        StringBuilder text = new StringBuilder().append(chosen.size()).append(chosen.size() == 1 ? " look" : " looks")
                .append(more ? " (the first " + MAX_LOOKS + ")" : "");
        if (chosen.isEmpty()) {
            return text.toString();
        }
        text.append(": ");
        int listed = Math.min(chosen.size(), TEXT_IDS);
        for (int i = 0; i < listed; i++) {
            Look look = chosen.get(i);
            text.append(i == 0 ? "" : ", ").append(look.id() != null ? look.id() : look.name());
        }
        return text.append(listed < chosen.size() ? ", …" : "").toString();
    }

    /** Whether a picture is a contact sheet, whose {@code toString()} names its looks. */
    static boolean describes(Object picture) {
        return picture instanceof Sheet;
    }

    /** A contact sheet: a picture whose text form says which looks it shows. */
    private static final class Sheet extends BufferedImage {
        private final String text;

        Sheet(int width, int height, String text) {
            super(width, height, BufferedImage.TYPE_INT_RGB);
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The pixel size of a sheet of that many looks (at least one row) in that many columns. */
    public static Dimension size(int looks, int columns) {
        int shown = Math.min(Math.max(looks, 0), MAX_LOOKS);
        int cols = Math.max(1, Math.min(columns, Math.max(shown, 1)));
        int rows = Math.max(1, (shown + columns - 1) / columns);
        return new Dimension(GAP + cols * (TILE + GAP), GAP + rows * (TILE + LABEL + GAP));
    }

    /** Where the preview of the look at that index sits on a sheet with that many columns. */
    public static Rectangle previewBounds(int index, int columns) {
        int row = index / columns;
        int col = index % columns;
        return new Rectangle(GAP + col * (TILE + GAP), GAP + row * (TILE + LABEL + GAP), TILE, TILE);
    }

    private static void drawTile(Graphics2D g, Rectangle box, Look look, BufferedImage preview) {
        if (preview == null) {
            g.setColor(PLACEHOLDER);
            g.fillRect(box.x, box.y, box.width, box.height);
            g.setColor(ID_TEXT);
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 11));
            String note = "no preview";
            g.drawString(note, box.x + (box.width - g.getFontMetrics().stringWidth(note)) / 2, box.y + box.height - 14);
        } else {
            g.setColor(FRAME);
            g.fillRect(box.x, box.y, box.width, box.height);
            double scale = Math.min((double) box.width / preview.getWidth(), (double) box.height / preview.getHeight());
            int w = Math.max(1, (int) Math.round(preview.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(preview.getHeight() * scale));
            g.drawImage(preview, box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h, null);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.drawString(fit(g.getFontMetrics(), look.name() == null ? "(unnamed)" : look.name(), box.width),
                box.x, box.y + box.height + 14);
        g.setColor(ID_TEXT);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 10));
        g.drawString(fit(g.getFontMetrics(), look.id() == null ? "" : look.id(), box.width),
                box.x, box.y + box.height + 28);
    }

    private static String fit(FontMetrics metrics, String text, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static List<BufferedImage> fetchAll(List<Look> looks, Duration timeout) {
        List<CompletableFuture<BufferedImage>> pending = new ArrayList<>(looks.size());
        HttpClient client = looks.isEmpty() ? null : HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        for (Look look : looks) {
            pending.add(fetch(client, look.previewImageUrl(), timeout));
        }
        // Each request has its own timeout; the overall wait adds a margin so a stuck connect cannot hang the cell.
        long deadline = System.nanoTime() + timeout.toNanos() + TimeUnit.SECONDS.toNanos(1);
        List<BufferedImage> out = new ArrayList<>(looks.size());
        for (CompletableFuture<BufferedImage> future : pending) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                out.add(future.get(left, TimeUnit.NANOSECONDS));
            } catch (TimeoutException | ExecutionException e) {
                future.cancel(true);
                out.add(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.add(null);
            }
        }
        return out;
    }

    private static CompletableFuture<BufferedImage> fetch(HttpClient client, String url, Duration timeout) {
        URI uri;
        try {
            uri = url == null ? null : URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "image/png,image/jpeg,image/gif,image/*;q=0.5").GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> response.statusCode() / 100 == 2 ? decode(response.body()) : null)
                .exceptionally(e -> null);
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
