///usr/bin/env jbang "$0" "$@" ; exit $?
// A multi-scene studio video (type=studio): two presenters on coloured backgrounds with a slide between them, shown
// silently for three seconds. The slide is drawn here and uploaded at submit time. No key: offline sandbox.
//   ./jbang studio-video                      # writes studio.mp4
//SOURCES kit/heygen_kit.java

import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Overwrite;
import dev.heygenkit.Scene;
import dev.heygenkit.Scenes;
import dev.heygenkit.Video;
import dev.heygenkit.api.Look;
import dev.heygenkit.ProgressListener;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

class studio_video {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "studio.mp4");
        ProgressListener.replaceProcessDefault(ProgressListener.lines(System.err));

        HeyGen client = HeyGen.fromEnvOrSandbox();
        if (client.isSandbox()) {
            System.err.println("No HEYGEN_API_KEY found: rendering on the offline sandbox instead (nothing is billed).");
        }

        List<Look> hosts = twoHosts(client);
        Scenes video = Scenes.of(
                        Avatar.look(hosts.get(0).id()).say("Welcome to our quarterly update.")
                                .on(Background.color("#0A84FF")),
                        Scene.image(drawSlide(Path.of("slide.png"))).hold(Duration.ofSeconds(3)),
                        Avatar.look(hosts.get(1).id()).say("Revenue grew twelve percent. Thanks for watching!")
                                .on(Background.color("#1C1C1E")))
                .aspect("16:9")
                .title("Quarterly update");
        System.err.println(video);
        Video done = video.render(client);
        Path file = done.download(out, Overwrite.YES);
        System.out.println(file.toAbsolutePath());
        System.out.println(done.url());
    }

    /** Two ready studio looks with default voices, from different avatar groups when possible. */
    static List<Look> twoHosts(HeyGen client) {
        List<Look> picked = new ArrayList<>();
        for (Look l : client.looks().list()) {
            boolean usable = l.isReady() && l.defaultVoiceId() != null && "studio_avatar".equals(String.valueOf(l.avatarType()));
            if (usable && (picked.isEmpty() || !picked.get(0).groupId().equals(l.groupId()))) {
                picked.add(l);
                if (picked.size() == 2) {
                    return picked;
                }
            }
        }
        if (picked.isEmpty()) {
            throw new IllegalStateException("no ready studio look with a default voice; list them with ./jbang heygen looks");
        }
        picked.add(picked.get(0));
        return picked;
    }

    static Path drawSlide(Path file) throws Exception {
        BufferedImage img = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1280, 720);
        g.setColor(new Color(0x1C1C1E));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        g.drawString("Q3 at a glance", 80, 140);
        int[] bars = {220, 260, 300, 370};
        for (int i = 0; i < bars.length; i++) {
            g.setColor(i == bars.length - 1 ? new Color(0x0A84FF) : new Color(0xA0A0A8));
            g.fillRect(160 + i * 260, 640 - bars[i], 160, bars[i]);
        }
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
