package dev.heygenkit.jbang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The picture at the top of both READMEs is what {@code docs/kit_at_work.java} draws from the sandbox today: the
 * script runs through the real {@code ./jbang} and its output matches the committed PNG but for a few pixels (the
 * elapsed seconds in the progress line depend on the machine).
 */
class ReadmePictureTest {
    private static final Path PICTURE = JBang.REPO.resolve("docs/kit-at-work.png");

    @TempDir
    Path dir;

    @Test
    void both_readmes_open_with_the_picture() throws Exception {
        assertThat(Files.readString(JBang.REPO.resolve("README.md")).lines().skip(1).limit(4))
                .anyMatch(l -> l.contains("](docs/kit-at-work.png)"));
        assertThat(Files.readString(JBang.REPO.resolve("notebooks/README.md")).lines().skip(1).limit(4))
                .anyMatch(l -> l.contains("](../docs/kit-at-work.png)"));
    }

    @Test
    void the_committed_picture_is_what_the_script_draws_from_the_sandbox_now() throws Exception {
        assertThat(JBang.bootstrap().code()).isZero();
        Path fresh = dir.resolve("kit-at-work.png");

        JBang.Result r = JBang.exec(dir, List.of(JBang.REPO.resolve("jbang").toString(), "--offline",
                JBang.REPO.resolve("docs/kit_at_work.java").toString(), fresh.toString()), Map.of());

        assertThat(r.code()).as(r.toString()).isZero();
        BufferedImage now = ImageIO.read(fresh.toFile());
        BufferedImage committed = ImageIO.read(PICTURE.toFile());
        assertThat(now.getWidth()).isEqualTo(committed.getWidth());
        assertThat(now.getHeight()).isEqualTo(committed.getHeight());
        long differing = 0;
        for (int y = 0; y < now.getHeight(); y++) {
            for (int x = 0; x < now.getWidth(); x++) {
                differing += now.getRGB(x, y) == committed.getRGB(x, y) ? 0 : 1;
            }
        }
        double share = (double) differing / (now.getWidth() * now.getHeight());
        System.out.println("kit-at-work.png: " + differing + " pixels differ from the committed picture");
        assertThat(share).as("regenerate it with ./jbang docs/kit_at_work.java").isLessThan(0.005);
    }
}
