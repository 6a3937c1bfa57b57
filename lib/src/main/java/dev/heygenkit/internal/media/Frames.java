package dev.heygenkit.internal.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.TexturePaint;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paints storyboard frames at any output size. The expensive, static part of a shot (backdrop, portrait card,
 * label, SANDBOX ribbon) is painted once and copied into each frame; only the caption and progress bar are
 * drawn per frame. Not thread-safe: one instance per encoding.
 */
final class Frames {
    private static final Color NEUTRAL_TOP = new Color(0x2B3242);
    private static final Color NEUTRAL_BOTTOM = new Color(0x151923);
    private static final Color RIBBON = new Color(0xF5A524);
    private static final Color RIBBON_INK = new Color(0x2B1A00);

    private final Storyboard board;
    private final int w;
    private final int h;
    private final double s;
    private final List<Cue> cues;
    private final Map<byte[], BufferedImage> decoded = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<byte[], BufferedImage> eldest) {
            return size() > 4;
        }
    };
    private double progressStep;
    private int baseShot = Integer.MIN_VALUE;
    private BufferedImage base;
    private Cue layoutCue;
    private Caption layout;

    Frames(Storyboard board, int width, int height) {
        this.board = board;
        this.w = width;
        this.h = height;
        this.s = Math.min(width, height);
        this.cues = board.cues();
    }

    /**
     * Makes the progress bar advance in steps of {@code seconds} (0: continuously). Between steps, frames without a
     * caption change are then pixel-identical, so the video encoder stores them once.
     */
    Frames progressStep(double seconds) {
        this.progressStep = seconds;
        return this;
    }

    static BufferedImage canvas(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    /**
     * Paints what is on screen during {@code [from, to)} (an instant when they are equal) into {@code canvas}:
     * the shot under the interval's midpoint and the caption that overlaps it most.
     */
    void render(BufferedImage canvas, double from, double to, boolean progressBar, boolean captions) {
        int shot = shotAt((from + to) / 2);
        if (shot != baseShot) {
            base = paintShot(shot);
            baseShot = shot;
        }
        int[] src = ((DataBufferInt) base.getRaster().getDataBuffer()).getData();
        int[] dst = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        System.arraycopy(src, 0, dst, 0, src.length);
        Cue cue = captions && board.burnCaptions() ? cueDuring(from, to) : null;
        if (cue == null && !progressBar) {
            return;
        }
        Graphics2D g = Gfx.begin(canvas);
        try {
            if (cue != null) {
                caption(g, cue);
            }
            if (progressBar) {
                progress(g, to);
            }
        } finally {
            g.dispose();
        }
    }

    int shotAt(double t) {
        List<Shot> shots = board.shots();
        if (shots.isEmpty()) {
            return -1;
        }
        int found = 0;
        for (int i = 0; i < shots.size(); i++) {
            if (shots.get(i).start() <= t) {
                found = i;
            }
        }
        return found;
    }

    /** The cue overlapping the interval the longest (earliest on ties); for an instant, the cue spanning it. */
    Cue cueDuring(double from, double to) {
        Cue best = null;
        double bestOverlap = 0;
        for (Cue c : cues) {
            if (c.text().isBlank()) {
                continue;
            }
            if (to <= from) {
                if (c.start() <= from && from < c.end()) {
                    best = c;
                }
                continue;
            }
            double overlap = Math.min(to, c.end()) - Math.max(from, c.start());
            if (overlap > bestOverlap) {
                best = c;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private BufferedImage paintShot(int index) {
        Shot shot = index < 0 ? null : board.shots().get(index);
        BufferedImage img = canvas(w, h);
        Graphics2D g = Gfx.begin(img);
        try {
            background(g, shot);
            if (shot != null) {
                BufferedImage portrait = picture(shot.portraitPng());
                if (portrait != null) {
                    card(g, portrait);
                }
            }
            label(g, shot, index);
            ribbon(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    private BufferedImage picture(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        return decoded.computeIfAbsent(bytes, Gfx::decode);
    }

    private void background(Graphics2D g, Shot shot) {
        Color color = shot == null ? null : Gfx.parseHex(shot.backgroundHex());
        if (color != null) {
            g.setColor(color);
            g.fillRect(0, 0, w, h);
        } else {
            g.setPaint(new GradientPaint(0, 0, NEUTRAL_TOP, 0, h, NEUTRAL_BOTTOM));
            g.fillRect(0, 0, w, h);
            g.setPaint(new RadialGradientPaint(new Point2D.Double(w * 0.5, h * 0.35), (float) (0.7 * Math.max(w, h)),
                    new float[] {0f, 1f}, new Color[] {new Color(255, 255, 255, 28), new Color(255, 255, 255, 0)}));
            g.fillRect(0, 0, w, h);
        }
        BufferedImage backdrop = shot == null ? null : picture(shot.backdropPng());
        if (backdrop != null) {
            Gfx.drawCover(g, backdrop, 0, 0, w, h);
        }
    }

    /** The speaker as a framed card in the middle, so the requested background stays visible around it. */
    private void card(Graphics2D g, BufferedImage portrait) {
        double maxW = (h > w ? 0.84 : 0.62) * w;
        double maxH = (h > w ? 0.70 : 0.80) * h;
        double scale = Math.min(maxW / portrait.getWidth(), maxH / portrait.getHeight());
        int cw = Math.max(1, (int) Math.round(portrait.getWidth() * scale));
        int ch = Math.max(1, (int) Math.round(portrait.getHeight() * scale));
        double x = Math.round((w - cw) / 2.0);
        double y = Math.round((h - ch) / 2.0 - 0.02 * h);
        double r = 0.05 * s;
        double blur = 0.03 * s;
        for (int i = 6; i >= 1; i--) {
            double grow = blur * i / 6;
            g.setColor(new Color(0, 0, 0, 14));
            g.fill(new RoundRectangle2D.Double(x - grow, y - grow + 0.012 * s, cw + 2 * grow, ch + 2 * grow,
                    r + 2 * grow, r + 2 * grow));
        }
        BufferedImage scaled = canvas(cw, ch);
        Graphics2D sg = Gfx.begin(scaled);
        sg.drawImage(portrait, 0, 0, cw, ch, null);
        sg.dispose();
        RoundRectangle2D shape = new RoundRectangle2D.Double(x, y, cw, ch, r, r);
        // A texture anchored at the card keeps the rounded corners anti-aliased, which a clip would not.
        g.setPaint(new TexturePaint(scaled, new Rectangle2D.Double(x, y, cw, ch)));
        g.fill(shape);
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke((float) Math.max(1, 0.006 * s)));
        g.draw(shape);
    }

    private void label(Graphics2D g, Shot shot, int index) {
        String text = shot == null ? "" : shot.label() != null && !shot.label().isBlank() ? shot.label().strip()
                : shot.kind() == null ? "" : shot.kind();
        String title = index == 0 && board.title() != null ? board.title().strip() : "";
        double m = 0.035 * s;
        double maxWidth = 0.55 * w;
        double y = m;
        if (!text.isEmpty()) {
            y += pill(g, text, Font.BOLD, Math.max(8, 0.045 * s), m, y, maxWidth, new Color(0, 0, 0, 150)) + 0.012 * s;
        }
        if (!title.isEmpty()) {
            pill(g, title, Font.PLAIN, Math.max(7, 0.036 * s), m, y, maxWidth, new Color(0, 0, 0, 110));
        }
    }

    /** Draws text on a rounded pill and returns the pill's height. */
    private double pill(Graphics2D g, String text, int style, double size, double x, double y, double maxWidth,
                        Color fill) {
        g.setFont(Gfx.sans(style, size));
        FontMetrics fm = g.getFontMetrics();
        double pad = size * 0.55;
        String shown = Gfx.ellipsize(fm, g, text, maxWidth - 2 * pad);
        double tw = fm.getStringBounds(shown, g).getWidth();
        double ph = fm.getAscent() + fm.getDescent() + size * 0.35;
        g.setColor(fill);
        g.fill(new RoundRectangle2D.Double(x, y, tw + 2 * pad, ph, ph * 0.6, ph * 0.6));
        g.setColor(Color.WHITE);
        g.drawString(shown, (float) (x + pad), (float) (y + (ph + fm.getAscent() - fm.getDescent()) / 2));
        return ph;
    }

    /** A diagonal band across the top-right corner: impossible to miss, and clear of the speaker's face. */
    private void ribbon(Graphics2D g) {
        double thickness = Math.max(10, 0.075 * s);
        double a = 0.16 * s * Math.sqrt(2);
        Graphics2D r = (Graphics2D) g.create();
        try {
            r.translate(w - a / 2, a / 2);
            r.rotate(Math.PI / 4);
            double length = 3 * a;
            r.setColor(Gfx.alpha(RIBBON, 238));
            r.fill(new Rectangle2D.Double(-length / 2, -thickness / 2, length, thickness));
            r.setColor(Gfx.alpha(RIBBON_INK, 90));
            r.setStroke(new BasicStroke((float) Math.max(1, thickness * 0.05)));
            r.draw(new Rectangle2D.Double(-length / 2, -thickness / 2 + thickness * 0.1, length, thickness * 0.8));
            String text = "SANDBOX";
            r.setFont(Gfx.fit(r, text, Font.BOLD, thickness * 0.56, 6, a * Math.sqrt(2) * 0.82));
            FontMetrics fm = r.getFontMetrics();
            double tw = fm.getStringBounds(text, r).getWidth();
            r.setColor(RIBBON_INK);
            r.drawString(text, (float) (-tw / 2), (float) ((fm.getAscent() - fm.getDescent()) / 2.0));
        } finally {
            r.dispose();
        }
    }

    private void caption(Graphics2D g, Cue cue) {
        if (cue != layoutCue) {
            layout = Caption.of(g, cue.text(), w, s);
            layoutCue = cue;
        }
        Caption c = layout;
        g.setFont(c.font);
        FontMetrics fm = g.getFontMetrics();
        double boxW = c.width + 2 * c.padX;
        double boxH = c.lines.size() * c.lineHeight + 2 * c.padY;
        double x = (w - boxW) / 2;
        double y = h - progressHeight() - 0.05 * s - boxH;
        g.setColor(new Color(0, 0, 0, 170));
        g.fill(new RoundRectangle2D.Double(x, y, boxW, boxH, 0.03 * s, 0.03 * s));
        g.setColor(Color.WHITE);
        for (int i = 0; i < c.lines.size(); i++) {
            String line = c.lines.get(i);
            double lw = fm.getStringBounds(line, g).getWidth();
            double baseline = y + c.padY + i * c.lineHeight + (c.lineHeight + fm.getAscent() - fm.getDescent()) / 2;
            g.drawString(line, (float) ((w - lw) / 2), (float) baseline);
        }
    }

    /** Wrapped caption text, measured once per cue. */
    private record Caption(Font font, List<String> lines, double width, double lineHeight, double padX, double padY) {
        static Caption of(Graphics2D g, String text, int w, double s) {
            double size = Math.max(8, 0.058 * s);
            double padX = size * 0.7;
            double maxWidth = 0.86 * w - 2 * padX;
            Font font = Gfx.sans(Font.BOLD, size);
            FontMetrics fm = g.getFontMetrics(font);
            List<String> lines = Gfx.wrap(fm, g, text, maxWidth, 3);
            if (lines.size() == 3) {
                font = Gfx.sans(Font.BOLD, size * 0.85);
                fm = g.getFontMetrics(font);
                lines = Gfx.wrap(fm, g, text, maxWidth, 3);
            }
            double widest = 0;
            for (String line : lines) {
                widest = Math.max(widest, fm.getStringBounds(line, g).getWidth());
            }
            return new Caption(font, lines, widest, fm.getHeight() * 1.05, padX, size * 0.35);
        }
    }

    private int progressHeight() {
        return (int) Math.max(2, Math.round(0.008 * h));
    }

    private void progress(Graphics2D g, double t) {
        double duration = board.duration();
        double shown = progressStep > 0 && t < duration ? Math.floor(t / progressStep) * progressStep : t;
        double fraction = duration <= 0 ? 1 : Math.max(0, Math.min(1, shown / duration));
        int ph = progressHeight();
        g.setColor(new Color(255, 255, 255, 70));
        g.fillRect(0, h - ph, w, ph);
        g.setColor(RIBBON);
        g.fillRect(0, h - ph, (int) Math.round(w * fraction), ph);
    }
}
