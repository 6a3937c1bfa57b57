package dev.heygenkit.internal.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** The neck, shoulders and outfit of a sandbox portrait. */
final class Clothes {
    private Clothes() {
    }

    static void body(Graphics2D g, Portraits.Look look, Portraits.Figure f) {
        Color shade = Gfx.mix(look.skin, Color.BLACK, 0.18);
        double bottom = f.shoulderTop + 2 * f.s;
        g.setColor(shade);
        g.fill(new Rectangle2D.Double(f.cx - f.neckW / 2, f.headCy + 0.06 * f.s, f.neckW,
                f.shoulderTop - f.headCy + 0.02 * f.s));

        Path2D torso = new Path2D.Double();
        double sw = f.shoulderW;
        double st = f.shoulderTop;
        torso.moveTo(f.cx - sw, bottom);
        torso.lineTo(f.cx - sw, st + 0.17 * f.s);
        torso.curveTo(f.cx - sw, st + 0.03 * f.s, f.cx - sw * 0.72, st, f.cx - f.neckW * 1.5, st - 0.005 * f.s);
        torso.lineTo(f.cx + f.neckW * 1.5, st - 0.005 * f.s);
        torso.curveTo(f.cx + sw * 0.72, st, f.cx + sw, st + 0.03 * f.s, f.cx + sw, st + 0.17 * f.s);
        torso.lineTo(f.cx + sw, bottom);
        torso.closePath();
        g.setPaint(new GradientPaint(0, (float) st, Gfx.mix(look.clothes, Color.WHITE, 0.12),
                0, (float) (st + 0.4 * f.s), Gfx.mix(look.clothes, Color.BLACK, 0.15)));
        g.fill(torso);

        collar(g, look, f, shade, Gfx.mix(look.clothes, Color.BLACK, 0.35));
    }

    /** The neckline of the outfit: a crew neck, a V neck, or a shirt collar with a tie or a necklace and lapels. */
    private static void collar(Graphics2D g, Portraits.Look look, Portraits.Figure f, Color shade, Color dark) {
        double st = f.shoulderTop;
        double vDepth = 0.13 * f.s;
        switch (look.outfit) {
            case 0 -> {
                // crew neck: the neck disappears into a ribbed collar
                g.setColor(dark);
                g.setStroke(new BasicStroke((float) (0.018 * f.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Arc2D.Double(f.cx - f.neckW * 0.95, st - 0.05 * f.s, f.neckW * 1.9, 0.08 * f.s,
                        180, 180, Arc2D.OPEN));
            }
            case 1 -> {
                Path2D v = vee(f, f.neckW * 0.85, vDepth);
                g.setColor(shade);
                g.fill(v);
                g.setColor(dark);
                g.setStroke(new BasicStroke((float) (0.012 * f.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(v);
            }
            default -> formal(g, look, f, shade, dark, vDepth);
        }
    }

    /** A shirt collar: a necklace on the women's, a tie on the men's, and the jacket's lapels. */
    private static void formal(Graphics2D g, Portraits.Look look, Portraits.Figure f, Color shade, Color dark,
                               double vDepth) {
        double st = f.shoulderTop;
        g.setColor(look.female ? new Color(0xF3EEE6) : new Color(0xF7F7F5));
        g.fill(vee(f, f.neckW * 1.05, vDepth * 1.5));
        if (look.female) {
            g.setColor(shade);
            g.fill(vee(f, f.neckW * 0.7, vDepth * 0.8));
            g.setColor(new Color(0xF1E2B5));
            for (int i = -3; i <= 3; i++) {
                double a = Math.PI / 2 + i * 0.2;
                double x = f.cx + Math.cos(a) * f.neckW * 0.75;
                double y = st - 0.01 * f.s + Math.sin(a) * vDepth * 0.55;
                double r = 0.008 * f.s;
                g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
        } else {
            Path2D tie = new Path2D.Double();
            double tw = 0.028 * f.s;
            tie.moveTo(f.cx - tw * 0.7, st);
            tie.lineTo(f.cx + tw * 0.7, st);
            tie.lineTo(f.cx + tw, st + vDepth * 1.5 + 0.05 * f.s);
            tie.lineTo(f.cx, st + vDepth * 1.5 + 0.09 * f.s);
            tie.lineTo(f.cx - tw, st + vDepth * 1.5 + 0.05 * f.s);
            tie.closePath();
            g.setColor(look.accent);
            g.fill(tie);
        }
        g.setColor(dark);
        for (int side = -1; side <= 1; side += 2) {
            Path2D lapel = new Path2D.Double();
            lapel.moveTo(f.cx + side * f.neckW * 1.05, st - 0.005 * f.s);
            lapel.lineTo(f.cx + side * f.neckW * 1.9, st + 0.04 * f.s);
            lapel.lineTo(f.cx + side * f.neckW * 1.3, st + 0.07 * f.s);
            lapel.lineTo(f.cx + side * 0.012 * f.s, st + vDepth * 1.5 + 0.03 * f.s);
            lapel.closePath();
            g.fill(lapel);
        }
    
    }

    private static Path2D vee(Portraits.Figure f, double halfWidth, double depth) {
        Path2D v = new Path2D.Double();
        v.moveTo(f.cx - halfWidth, f.shoulderTop - 0.006 * f.s);
        v.lineTo(f.cx + halfWidth, f.shoulderTop - 0.006 * f.s);
        v.lineTo(f.cx, f.shoulderTop + depth);
        v.closePath();
        return v;
    }
}
