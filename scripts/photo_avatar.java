///usr/bin/env jbang "$0" "$@" ; exit $?
// A talking photo (Avatar IV, type=image) from a local picture: the file is uploaded as an asset at submit time.
// Without an image argument the script draws a portrait first, so it runs anywhere. No key: offline sandbox.
//   ./jbang photo-avatar                      # draws portrait.png, writes photo.mp4
//   ./jbang photo-avatar me.jpg me.mp4
//SOURCES kit/heygen_kit.java

import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Overwrite;
import dev.heygenkit.Video;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.api.Voices.VoiceQuery;
import dev.heygenkit.ProgressListener;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

class photo_avatar {
    public static void main(String[] args) throws Exception {
        Path image = args.length > 0 ? Path.of(args[0]) : drawPortrait(Path.of("portrait.png"));
        Path out = Path.of(args.length > 1 ? args[1] : "photo.mp4");
        ProgressListener.replaceProcessDefault(ProgressListener.lines(System.err));

        HeyGen client = HeyGen.fromEnvOrSandbox();
        if (client.isSandbox()) {
            System.err.println("No HEYGEN_API_KEY found: rendering on the offline sandbox instead (nothing is billed).");
        }

        // A photo has no default voice: take the first English one.
        VoiceInfo voice = client.voices().list(VoiceQuery.of().language("English")).iterator().next();
        Video video = Avatar.photo(image)
                .say("Hi! I was a still picture a moment ago.")
                .voice(voice.id())
                .expressiveness("medium")
                .render(client);
        Path file = video.download(out, Overwrite.YES);
        System.out.println(file.toAbsolutePath());
        System.out.println(video.url());
    }

    /** A simple 512x512 face, enough for the sandbox (use a real, well-lit portrait with the API). */
    static Path drawPortrait(Path file) throws Exception {
        BufferedImage img = new BufferedImage(512, 512, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x9AD0F5), 0, 512, new Color(0x2F6FA8)));
        g.fillRect(0, 0, 512, 512);
        g.setColor(new Color(0x3B2A20));
        g.fillOval(146, 86, 220, 250);
        g.setColor(new Color(0xF1C6A4));
        g.fillOval(166, 120, 180, 220);
        g.fillRect(226, 320, 60, 60);
        g.setColor(new Color(0x30475E));
        g.fillRoundRect(116, 370, 280, 200, 120, 120);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(210, 205, 22, 14);
        g.fillOval(280, 205, 22, 14);
        g.setStroke(new BasicStroke(5));
        g.setColor(new Color(0xB0574B));
        g.drawArc(226, 260, 60, 30, 200, 140);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        System.err.println("drew " + file.toAbsolutePath());
        return file;
    }
}
