package dev.heygenkit.internal.media;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Drawing helpers shared by the portrait and frame renderers. */
final class Gfx {
    private Gfx() {
    }

    /** Anti-aliased shapes and text, bilinear scaling, and fractional metrics so layout is stable across sizes. */
    static Graphics2D begin(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    static Font sans(int style, double size) {
        return new Font(Font.SANS_SERIF, style, 1).deriveFont(style, (float) Math.max(6, size));
    }

    /** Parses {@code #RGB}, {@code #RRGGBB} or {@code #RRGGBBAA} (the hash is optional); null when it is none of them. */
    static Color parseHex(String hex) {
        if (hex == null) {
            return null;
        }
        String h = hex.strip();
        if (h.startsWith("#")) {
            h = h.substring(1);
        }
        if (!h.matches("[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8}")) {
            return null;
        }
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        int r = Integer.parseInt(h.substring(0, 2), 16);
        int g = Integer.parseInt(h.substring(2, 4), 16);
        int b = Integer.parseInt(h.substring(4, 6), 16);
        // Video frames are opaque, so a translucent colour is shown as it would look over black.
        int a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) : 255;
        return new Color(r * a / 255, g * a / 255, b * a / 255);
    }

    /** Decodes PNG/JPEG/GIF/BMP bytes, or returns null when they are missing or not a picture. */
    static BufferedImage decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Draws {@code image} scaled to cover the box completely, cropping the overflow evenly on both sides. */
    static void drawCover(Graphics2D g, BufferedImage image, double x, double y, double w, double h) {
        double scale = Math.max(w / image.getWidth(), h / image.getHeight());
        double dw = image.getWidth() * scale;
        double dh = image.getHeight() * scale;
        var clip = g.getClip();
        g.clip(new java.awt.geom.Rectangle2D.Double(x, y, w, h));
        g.drawImage(image, (int) Math.round(x + (w - dw) / 2), (int) Math.round(y + (h - dh) / 2),
                (int) Math.round(dw), (int) Math.round(dh), null);
        g.setClip(clip);
    }

    static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Largest font (not above {@code size}, not below {@code min}) whose rendering of {@code text} fits {@code width}. */
    static Font fit(Graphics2D g, String text, int style, double size, double min, double width) {
        Font font = sans(style, size);
        double w = g.getFontMetrics(font).getStringBounds(text, g).getWidth();
        if (w > width && w > 0) {
            font = sans(style, Math.max(min, size * width / w));
        }
        return font;
    }

    /** Cuts {@code text} with an ellipsis so it fits {@code width}. */
    static String ellipsize(FontMetrics fm, Graphics2D g, String text, double width) {
        if (fm.getStringBounds(text, g).getWidth() <= width) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && fm.getStringBounds(t + "\u2026", g).getWidth() > width) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1)).stripTrailing();
        }
        return t + "\u2026";
    }

    /**
     * Greedy word wrap to {@code width}; words wider than a line are broken between characters. Returns at most
     * {@code maxLines} lines, the last one ellipsized when text was left over.
     */
    static List<String> wrap(FontMetrics fm, Graphics2D g, String text, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.getStringBounds(candidate, g).getWidth() <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (fm.getStringBounds(rest, g).getWidth() > width && rest.codePointCount(0, rest.length()) > 1) {
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length()) {
                    int next = rest.offsetByCodePoints(cut, 1);
                    if (fm.getStringBounds(rest.substring(0, next), g).getWidth() > width) {
                        break;
                    }
                    cut = next;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, ellipsize(fm, g, kept.get(maxLines - 1) + " " + lines.get(maxLines), width));
            return kept;
        }
        return lines;
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
