package dev.heygenkit.internal.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Draws the stylised head-and-shoulders figures used as look previews. Every choice (palette, hair, clothes,
 * accessories) is drawn from a random stream seeded by the look id, so a look always gets the same face.
 */
final class Portraits {
    private static final Color[] SKIN = {
        new Color(0xF7DCC8), new Color(0xEFC4A4), new Color(0xE2AE8A), new Color(0xC98D66),
        new Color(0xAA6E4B), new Color(0x82502F), new Color(0x5E3A24),
    };
    private static final Color[] HAIR = {
        new Color(0x1E1A18), new Color(0x3A2A20), new Color(0x5E3E28), new Color(0x8A4A26),
        new Color(0xC99A5B), new Color(0xDDBE7E), new Color(0x8E8B88), new Color(0x2C2F3A),
    };
    private static final Color[] CLOTHES = {
        new Color(0x24365E), new Color(0x1F6F6B), new Color(0x7A2238), new Color(0xC58A1E),
        new Color(0x2F5D3A), new Color(0x5B3A78), new Color(0x3A3F47), new Color(0xD0584A),
        new Color(0x3C7FB8), new Color(0x8C5A3C),
    };
    private static final Color[] ACCENT = {
        new Color(0xE4572E), new Color(0x2A9D8F), new Color(0xF4B942), new Color(0x9B5DE5), new Color(0x00A6ED),
    };

    private Portraits() {
    }

    static BufferedImage draw(String seed, String name, String gender, String avatarType, int w, int h) {
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("portrait size " + w + "x" + h + " must be positive");
        }
        SplittableRandom rnd = Seeds.random(seed, "portrait");
        String g0 = Gfx.lower(gender);
        boolean female = g0.equals("female") || (!g0.equals("male") && rnd.nextBoolean());
        Look look = new Look(rnd, female);

        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Gfx.begin(img);
        try {
            double s = Math.min(w, h);
            Figure f = new Figure(w / 2.0, h / 2.0 - 0.06 * s, s, female);
            backdrop(g, look, rnd, w, h, f);
            backHair(g, look, f);
            Clothes.body(g, look, f);
            head(g, look, f);
            face(g, look, f);
            badge(g, avatarType, w, h, s);
            nameBand(g, name, w, h, s);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Geometry of the figure, all derived from the picture's shorter side so any aspect ratio works. */
    static final class Figure {
        final double cx;
        final double headCy;
        final double s;
        final double headRx;
        final double headRy;
        final double neckW;
        final double shoulderTop;
        final double shoulderW;

        Figure(double cx, double headCy, double s, boolean female) {
            this.cx = cx;
            this.headCy = headCy;
            this.s = s;
            this.headRx = (female ? 0.128 : 0.136) * s;
            this.headRy = 0.168 * s;
            this.neckW = (female ? 0.078 : 0.095) * s;
            this.shoulderTop = headCy + headRy + 0.05 * s;
            this.shoulderW = (female ? 0.33 : 0.39) * s;
        }

        Ellipse2D head() {
            return new Ellipse2D.Double(cx - headRx, headCy - headRy, 2 * headRx, 2 * headRy);
        }
    }

    /** Every random choice for one portrait, made up front and in a fixed order so the output never drifts. */
    static final class Look {
        final float hue;
        final Color skin;
        final Color hair;
        final Color clothes;
        final Color accent;
        final int hairStyle;
        final int outfit;
        final boolean beard;
        final boolean glasses;
        final boolean partLeft;
        final int bokeh;
        final boolean female;

        Look(SplittableRandom rnd, boolean female) {
            this.female = female;
            hue = (float) rnd.nextDouble();
            skin = SKIN[rnd.nextInt(SKIN.length)];
            hair = HAIR[rnd.nextInt(HAIR.length)];
            clothes = CLOTHES[rnd.nextInt(CLOTHES.length)];
            accent = ACCENT[rnd.nextInt(ACCENT.length)];
            hairStyle = rnd.nextInt(4);
            outfit = rnd.nextInt(3);
            beard = !female && rnd.nextInt(100) < 35;
            glasses = rnd.nextInt(100) < 22;
            partLeft = rnd.nextBoolean();
            bokeh = 3 + rnd.nextInt(4);
        }
    }

    private static void backdrop(Graphics2D g, Look look, SplittableRandom rnd, int w, int h, Figure f) {
        Color top = Color.getHSBColor(look.hue, 0.20f, 0.97f);
        Color bottom = Color.getHSBColor((look.hue + 0.06f) % 1f, 0.38f, 0.78f);
        g.setPaint(new GradientPaint(0, 0, top, 0, h, bottom));
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        for (int i = 0; i < look.bokeh; i++) {
            double r = (0.05 + 0.12 * rnd.nextDouble()) * f.s;
            double x = rnd.nextDouble() * w;
            double y = rnd.nextDouble() * h * 0.8;
            g.setColor(new Color(255, 255, 255, 22 + rnd.nextInt(28)));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
        float radius = (float) (0.55 * f.s);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(f.cx, f.headCy), radius, new float[] {0f, 1f},
                new Color[] {new Color(255, 255, 255, 110), new Color(255, 255, 255, 0)}));
        g.fill(new Rectangle2D.Double(0, 0, w, h));
    }

    private static void backHair(Graphics2D g, Look look, Figure f) {
        g.setColor(look.hair);
        double top = f.headCy - f.headRy * 1.12;
        if (look.female) {
            switch (look.hairStyle) {
                case 0 -> g.fill(new RoundRectangle2D.Double(f.cx - f.headRx * 1.3, top, f.headRx * 2.6,
                        f.shoulderTop + 0.2 * f.s - top, f.headRx * 2.2, f.headRx * 2.2));
                case 1 -> g.fill(new RoundRectangle2D.Double(f.cx - f.headRx * 1.25, top, f.headRx * 2.5,
                        f.headCy + f.headRy * 1.02 - top, f.headRx * 1.6, f.headRx * 1.4));
                case 2 -> {
                    double r = f.headRx * 0.55;
                    g.fill(new Ellipse2D.Double(f.cx - r, top - r * 1.25, 2 * r, 2 * r));
                }
                default -> curls(g, f, 1.18, 0.75);
            }
        } else if (look.hairStyle == 3) {
            curls(g, f, 1.08, -0.15);
        }
    }

    /** A ring of overlapping circles around the upper head: curly hair, drawn behind the face. */
    private static void curls(Graphics2D g, Figure f, double spread, double downTo) {
        double r = 0.052 * f.s;
        for (double a = Math.PI * (1 + 0.5 * downTo); a >= -0.5 * Math.PI * downTo; a -= 0.28) {
            double x = f.cx + Math.cos(a) * f.headRx * spread;
            double y = f.headCy - Math.sin(a) * f.headRy * spread;
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    /** Ears, face shape, beard and the hair over the skull, in painting order. */
    private static void head(Graphics2D g, Look look, Figure f) {
        Color shade = Gfx.mix(look.skin, Color.BLACK, 0.12);
        for (int side = -1; side <= 1; side += 2) {
            double er = 0.032 * f.s;
            g.setColor(shade);
            g.fill(new Ellipse2D.Double(f.cx + side * f.headRx - er, f.headCy - er * 0.6, 2 * er, 2.4 * er));
        }
        g.setPaint(new RadialGradientPaint(new Point2D.Double(f.cx - f.headRx * 0.3, f.headCy - f.headRy * 0.3),
                (float) (f.headRy * 1.6), new float[] {0f, 1f},
                new Color[] {Gfx.mix(look.skin, Color.WHITE, 0.12), Gfx.mix(look.skin, Color.BLACK, 0.08)}));
        g.fill(f.head());

        if (look.beard) {
            Area beard = new Area(new Ellipse2D.Double(f.cx - f.headRx * 1.02, f.headCy - f.headRy * 1.0,
                    f.headRx * 2.04, f.headRy * 2.08));
            beard.intersect(new Area(new Rectangle2D.Double(f.cx - f.s, f.headCy + 0.035 * f.s, 2 * f.s, f.s)));
            g.setColor(Gfx.alpha(look.hair, 235));
            g.fill(beard);
        }

        g.setColor(look.hair);
        double tilt = (look.partLeft ? 1 : -1) * 0.22 * f.headRy;
        if (look.female) {
            if (look.hairStyle != 3) {
                g.fill(cap(f, 1.08, 1.07, -0.2 * f.headRy, tilt));
            } else {
                g.fill(cap(f, 1.05, 1.05, -0.45 * f.headRy, tilt * 0.3));
            }
            if (look.hairStyle == 0) {
                for (int side = -1; side <= 1; side += 2) {
                    double x = f.cx + side * f.headRx * 1.02 - 0.05 * f.s;
                    g.fill(new RoundRectangle2D.Double(x, f.headCy - f.headRy * 0.5, 0.1 * f.s,
                            f.shoulderTop + 0.16 * f.s - (f.headCy - f.headRy * 0.5), 0.09 * f.s, 0.09 * f.s));
                }
            }
        } else {
            switch (look.hairStyle) {
                case 0 -> g.fill(cap(f, 1.06, 1.06, -0.42 * f.headRy, 0));
                case 1 -> g.fill(cap(f, 1.07, 1.08, -0.35 * f.headRy, tilt));
                case 2 -> {
                    g.setColor(Gfx.alpha(look.hair, 200));
                    g.fill(cap(f, 1.02, 1.02, -0.5 * f.headRy, 0));
                }
                default -> g.fill(cap(f, 1.04, 1.05, -0.48 * f.headRy, tilt * 0.4));
            }
        }
    }

    /** The hair over the skull: an ellipse slightly larger than the head, cut by a (tilted) hairline. */
    private static Shape cap(Figure f, double sx, double sy, double hairline, double tilt) {
        Area cap = new Area(new Ellipse2D.Double(f.cx - f.headRx * sx, f.headCy - f.headRy * sy - 0.01 * f.s,
                2 * f.headRx * sx, 2 * f.headRy * sy));
        Path2D above = new Path2D.Double();
        double y = f.headCy + hairline;
        above.moveTo(f.cx - 2 * f.s, y - f.s * 2);
        above.lineTo(f.cx + 2 * f.s, y - f.s * 2);
        above.lineTo(f.cx + f.headRx * 1.2, y + tilt);
        above.quadTo(f.cx, y - Math.abs(tilt) * 0.5 - 0.02 * f.s, f.cx - f.headRx * 1.2, y - tilt);
        above.closePath();
        cap.intersect(new Area(above));
        return cap;
    }

    private static void face(Graphics2D g, Look look, Figure f) {
        double s = f.s;
        double eyeY = f.headCy + 0.005 * s;
        double eyeDx = 0.052 * s;
        Color ink = new Color(0x2B2522);
        for (int side = -1; side <= 1; side += 2) {
            double ex = f.cx + side * eyeDx;
            g.setColor(ink);
            g.fill(new Ellipse2D.Double(ex - 0.013 * s, eyeY - 0.017 * s, 0.026 * s, 0.034 * s));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(ex - 0.002 * s, eyeY - 0.011 * s, 0.008 * s, 0.008 * s));
            g.setColor(Gfx.mix(look.hair, Color.BLACK, 0.2));
            g.setStroke(new BasicStroke((float) (0.009 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Arc2D.Double(ex - 0.026 * s, eyeY - 0.05 * s, 0.052 * s, 0.03 * s, 30, 120, Arc2D.OPEN));
            if (look.female || !look.beard) {
                g.setColor(new Color(240, 120, 120, 55));
                g.fill(new Ellipse2D.Double(ex + side * 0.018 * s - 0.025 * s, eyeY + 0.035 * s, 0.05 * s, 0.03 * s));
            }
        }
        g.setColor(Gfx.mix(look.skin, Color.BLACK, 0.25));
        g.setStroke(new BasicStroke((float) (0.007 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(f.cx - 0.014 * s, eyeY + 0.03 * s, 0.028 * s, 0.025 * s, 200, 140, Arc2D.OPEN));

        double mouthY = f.headCy + 0.083 * s;
        Color lips = look.female ? new Color(0xC0506A) : Gfx.mix(look.skin, new Color(0x8A3A3A), 0.55);
        if (look.beard) {
            lips = Gfx.mix(look.skin, new Color(0xB05050), 0.4);
        }
        g.setColor(lips);
        g.setStroke(new BasicStroke((float) (0.012 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(f.cx - 0.035 * s, mouthY - 0.03 * s, 0.07 * s, 0.045 * s, 200, 140, Arc2D.OPEN));

        if (look.glasses) {
            g.setColor(new Color(0x2A2A2E));
            g.setStroke(new BasicStroke((float) (0.008 * s)));
            for (int side = -1; side <= 1; side += 2) {
                double ex = f.cx + side * eyeDx;
                g.draw(new RoundRectangle2D.Double(ex - 0.036 * s, eyeY - 0.028 * s, 0.072 * s, 0.054 * s,
                        0.025 * s, 0.025 * s));
            }
            g.draw(new Arc2D.Double(f.cx - 0.016 * s, eyeY - 0.02 * s, 0.032 * s, 0.02 * s, 20, 140, Arc2D.OPEN));
        }
    }

    private static void badge(Graphics2D g, String avatarType, int w, int h, double s) {
        String type = Gfx.lower(avatarType);
        if (type.isBlank()) {
            return;
        }
        String text;
        Color color;
        switch (type) {
            case "studio_avatar" -> {
                text = "STUDIO";
                color = new Color(0x4F46E5);
            }
            case "digital_twin" -> {
                text = "TWIN";
                color = new Color(0x0F9D8A);
            }
            case "photo_avatar" -> {
                text = "PHOTO";
                color = new Color(0xE0702A);
            }
            default -> {
                text = type.replace('_', ' ').toUpperCase(Locale.ROOT);
                color = new Color(0x52525B);
            }
        }
        double m = 0.035 * s;
        Font font = Gfx.fit(g, text, Font.BOLD, Math.max(7, 0.042 * s), 6, w - 4 * m);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double tw = fm.getStringBounds(text, g).getWidth();
        double ph = fm.getAscent() + fm.getDescent() * 0.5 + 0.02 * s;
        double dot = ph * 0.32;
        double pw = tw + ph * 0.6 + dot * 1.6 + ph * 0.4;
        g.setColor(Gfx.alpha(color, 225));
        g.fill(new RoundRectangle2D.Double(m, m, pw, ph, ph, ph));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(m + ph * 0.35, m + (ph - dot) / 2, dot, dot));
        g.drawString(text, (float) (m + ph * 0.35 + dot * 1.6), (float) (m + (ph + fm.getAscent() - fm.getDescent()) / 2));
    }

    private static void nameBand(Graphics2D g, String name, int w, int h, double s) {
        if (name == null || name.isBlank()) {
            return;
        }
        String text = name.strip();
        double band = 0.2 * s;
        g.setPaint(new GradientPaint(0, (float) (h - band * 1.3), new Color(0, 0, 0, 0), 0, h, new Color(0, 0, 0, 165)));
        g.fill(new Rectangle2D.Double(0, h - band * 1.3, w, band * 1.3));
        double margin = 0.05 * s;
        g.setFont(Gfx.fit(g, text, Font.BOLD, Math.max(8, 0.075 * s), 7, w - 2 * margin));
        FontMetrics fm = g.getFontMetrics();
        text = Gfx.ellipsize(fm, g, text, w - 2 * margin);
        double tw = fm.getStringBounds(text, g).getWidth();
        float x = (float) ((w - tw) / 2);
        float y = (float) (h - band * 0.38);
        g.setColor(new Color(0, 0, 0, 90));
        g.drawString(text, x + (float) (0.004 * s), y + (float) (0.004 * s));
        g.setColor(Color.WHITE);
        g.drawString(text, x, y);
    }
}
