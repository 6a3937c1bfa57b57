package dev.heygenkit.dsl;

import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.Scene;
import dev.heygenkit.Scenes;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.Voice;
import dev.heygenkit.Watermark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Representative specs covering every option of the four create modes, by golden file name. */
final class GoldenSpecs {
    private GoldenSpecs() {
    }

    static Map<String, VideoSpec> all() {
        Map<String, VideoSpec> m = new LinkedHashMap<>();
        m.put("avatar_minimal", Avatar.look("look_anna").say("Hello."));
        m.put("avatar_pauses_and_elevenlabs_voice", Avatar.look("look_anna").say("Welcome to the tour.")
                .pause(Duration.ofMillis(1500)).say("Let's start.")
                .voice(Voice.id("voice_1").speed(1.1).pitch(-2).volume(0.8).locale("en-US").elevenLabs("eleven_v3")
                        .stability(0.4).similarity(0.8).style(0.2).speakerBoost(true)));
        m.put("avatar_fish_voice", Avatar.look("look_anna").say("Fish voice.")
                .voice(Voice.id("voice_fish").fish("s2-pro").stability(0.5).similarity(0.7)));
        m.put("avatar_starfish_voice", Avatar.look("look_anna").say("Starfish voice.").voice(Voice.id("voice_sf").starfish()));
        m.put("avatar_default_voice_tuned", Avatar.look("look_anna").say("Slower, please.")
                .voice(Voice.lookDefault().speed(0.9)));
        m.put("avatar_color_frame_and_callbacks", Avatar.look("look_anna").say("Hi").voice("voice_1")
                .on(Background.color("#0A84FF")).aspect("9:16").resolution("1080p").fit("cover").captions()
                .title("Tour").callback("https://example.com/hooks/heygen").callbackId("order-42"));
        m.put("avatar_image_background_burned_captions", Avatar.look("look_anna").say("Hi")
                .on(Background.image(URI.create("https://cdn.example.com/bg.png"))).burnedCaptions()
                .resolution("4k").aspect("auto").fit("contain"));
        m.put("avatar_asset_background", Avatar.look("look_anna").say("Hi").on(Background.asset("asset_bg")).aspect("4:5"));
        m.put("avatar_file_background", Avatar.look("look_anna").say("Hi").on(Background.image(Path.of("fixtures/bg.png")))
                .aspect("5:4").resolution("720p"));
        m.put("avatar_transparent_webm", Avatar.look("look_matte").say("No background.").transparent().removeBackground());
        m.put("avatar_v_with_motion_and_reference", Avatar.look("look_anna").say("Moving.").engine("avatar_v")
                .referenceLook("look_instant").motion("walks toward the camera"));
        m.put("avatar_engine_iii", Avatar.look("look_twin").say("Digital twin.").engine("avatar_iii").aspect("1:1"));
        m.put("avatar_engine_iv_photo_look", Avatar.look("look_photo").say("Expressive.").engine("avatar_iv")
                .expressiveness("high").motion("smiles and nods"));
        m.put("avatar_audio_url", Avatar.look("look_anna").audio(URI.create("https://cdn.example.com/voice.mp3")));
        m.put("avatar_audio_asset", Avatar.look("look_anna").audioAsset("asset_audio"));
        m.put("avatar_audio_file", Avatar.look("look_anna").audio(Path.of("fixtures/voice.mp3")));
        m.put("avatar_watermark", Avatar.look("look_anna").say("Branded.")
                .watermark(Watermark.image(URI.create("https://cdn.example.com/logo.png")).opacity(0.5).scale(0.2)
                        .at("top_right").offset(0.05, -0.05)));
        m.put("image_photo_url", Avatar.photo(URI.create("https://cdn.example.com/me.jpg")).say("Hi!").voice("voice_1")
                .expressiveness("medium").motion("waves").aspect("1:1"));
        m.put("image_photo_file_full", Avatar.photo(Path.of("fixtures/me.jpg")).say("Hello from a photo.")
                .voice(Voice.id("voice_1").speed(1.2).locale("en-GB")).on(Background.color("#112233")).fit("cover")
                .resolution("1080p").aspect("9:16").burnedCaptions().title("Photo").callback("https://example.com/cb")
                .callbackId("photo-1").watermark(Watermark.asset("asset_logo")));
        m.put("image_photo_asset_webm_audio", Avatar.photoAsset("asset_photo").audio(URI.create("https://cdn.example.com/a.wav"))
                .transparent().removeBackground());
        m.put("cinematic_minimal", Avatar.cinematic("walks through a sunny park, waving", "look_anna"));
        m.put("cinematic_full", Avatar.cinematic("three friends toast at a rooftop party", "look_a", "look_b", "look_c")
                .reference(URI.create("https://cdn.example.com/rooftop.jpg")).referenceAsset("asset_ref")
                .reference(Path.of("fixtures/music.mp3")).duration(Duration.ofSeconds(8)).enhancePrompt()
                .aspect("9:16").resolution("1080p").title("Teaser"));
        m.put("cinematic_auto_duration", Avatar.cinematic("a product spins on a pedestal", "look_anna").autoDuration()
                .aspect("1:1").resolution("720p"));
        m.put("studio_issue_example", Scenes.of(Avatar.look("look_a").say("Intro"),
                Scene.image(URI.create("https://cdn.example.com/slide.png")).hold(Duration.ofSeconds(3)),
                Avatar.look("look_b").say("More")));
        m.put("studio_every_scene_type", Scenes.of(
                        Avatar.look("look_a").say("Intro").voice(Voice.id("voice_1").speed(1.1))
                                .on(Background.color("#000000")).engine("avatar_v").motion("walks in"),
                        Avatar.photo(URI.create("https://cdn.example.com/me.jpg")).say("A photo speaks.").voice("voice_2")
                                .expressiveness("low").motion("tilts head"),
                        Scene.image(URI.create("https://cdn.example.com/slide1.png")).hold(Duration.ofSeconds(3)),
                        Scene.image(URI.create("https://cdn.example.com/slide2.png")).say("A narrated slide.")
                                .pause(Duration.ofSeconds(1)).say("Next.").voice(Voice.id("voice_3").volume(0.9)),
                        Scene.imageAsset("asset_slide").hold(Duration.ofMillis(2500)),
                        Scene.video(URI.create("https://cdn.example.com/clip.mp4")).mute(),
                        Scene.videoAsset("asset_clip").volume(0.4))
                .aspect("16:9").resolution("4k").burnedCaptions().title("Studio").callback("https://example.com/cb")
                .callbackId("studio-1").watermark(Watermark.asset("asset_logo").at("bottom_left")));
        m.put("studio_audio_sources", Scenes.of(
                Avatar.look("look_a").audio(URI.create("https://cdn.example.com/a.mp3")).engine("avatar_iii"),
                Avatar.photoAsset("asset_photo").audioAsset("asset_audio"),
                Scene.image(URI.create("https://cdn.example.com/s.png")).audio(URI.create("https://cdn.example.com/n.mp3")),
                Scene.image(URI.create("https://cdn.example.com/t.png")).audioAsset("asset_narration"))
                .captions().resolution("720p").aspect("9:16"));
        m.put("studio_local_files", Scenes.of(
                Avatar.photo(Path.of("fixtures/me.jpg")).say("Uploaded photo.").voice("voice_1"),
                Scene.image(Path.of("fixtures/slide.png")).hold(Duration.ofSeconds(4)),
                Scene.image(Path.of("fixtures/slide.png")).audio(Path.of("fixtures/voice.mp3")),
                Scene.video(Path.of("fixtures/clip.mp4")).volume(0.25)));
        return m;
    }
}
