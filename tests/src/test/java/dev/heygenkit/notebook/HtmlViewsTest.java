package dev.heygenkit.notebook;

import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.api.VoiceInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlViewsTest {
    private InlineMedia.Fetcher previousFetcher;

    @org.junit.jupiter.api.BeforeEach
    void offline() {
        // These views link to cdn.example: nothing may be fetched, so every copy fails and the views link.
        previousFetcher = InlineMedia.fetcher((url, max) -> {
            throw new java.io.IOException("offline test: " + url);
        });
    }

    @org.junit.jupiter.api.AfterEach
    void restoreFetcher() {
        InlineMedia.fetcher(previousFetcher);
    }
    private static VideoInfo video(String id, String status, String title, String url, String thumb) {
        return new VideoInfo(id, VideoStatus.of(status), title, null, 1_700_000_000L, null, url, null, null, thumb,
                null, url == null ? null : 12.34, null, null, null, null);
    }

    private static VoiceInfo voice(String id, String name, String url) {
        return new VoiceInfo(id, name, "English", "female", url, true, false, "public", null, null, null, null);
    }

    @Test
    void escape_neutralises_markup_and_quotes() {
        assertThat(Html.escape("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void html_without_text_falls_back_to_its_words() {
        Html html = Html.of("<p>Hello <b>world</b> &amp; more</p>");

        assertThat(html.text()).isEqualTo("Hello world & more");
        assertThat(html).hasToString("Hello world & more");
    }

    @Test
    void video_player_uses_the_thumbnail_as_poster_and_escapes_the_title() {
        VideoInfo info = video("v1", "completed", "<b>Tour</b>", "https://cdn.example/v1.mp4?a=1&b=2",
                "https://cdn.example/v1.jpg");

        Html html = VideoPlayer.of(info).width(480).html();

        assertThat(html.html()).contains("<video controls")
                .contains("src=\"https://cdn.example/v1.mp4?a=1&amp;b=2\"")
                .contains("poster=\"https://cdn.example/v1.jpg\"")
                .contains("width=\"480\"")
                .contains("&lt;b&gt;Tour&lt;/b&gt;")
                .doesNotContain("<b>Tour</b>");
        assertThat(html.text()).isEqualTo("Video: <b>Tour</b> https://cdn.example/v1.mp4?a=1&b=2");
    }

    @Test
    void video_player_refuses_a_video_without_url_and_naming_the_status() {
        assertThatThrownBy(() -> VideoPlayer.of(video("v2", "processing", null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v2").hasMessageContaining("processing");
    }

    @Test
    void javascript_urls_never_reach_an_attribute() {
        Html video = VideoPlayer.of("javascript:alert(1)").poster("JavaScript:alert(2)").html();
        Html audio = AudioPlayer.of("javascript:alert(3)", "x");

        assertThat(video.html()).doesNotContainIgnoringCase("javascript:");
        assertThat(audio.html()).doesNotContainIgnoringCase("javascript:");
        assertThat(AudioPlayer.of("data:audio/wav;base64,AAAA").html()).contains("src=\"data:audio/wav;base64,AAAA\"");
    }

    @Test
    void audio_player_for_a_voice_captions_name_language_and_gender() {
        Html html = AudioPlayer.of(voice("voice_1", "Anna <3", "https://cdn.example/anna.mp3"));

        assertThat(html.html()).contains("<audio controls").contains("src=\"https://cdn.example/anna.mp3\"")
                .contains("Anna &lt;3 · English · female");
        assertThat(html.text()).isEqualTo("Anna <3 · English · female: https://cdn.example/anna.mp3");
    }

    @Test
    void audio_player_for_a_voice_without_sample_says_so() {
        assertThat(AudioPlayer.of(voice("voice_2", "Ben", null)).html()).contains("no sample")
                .doesNotContain("<audio");
    }

    @Test
    void video_table_lists_each_video_with_escaped_cells_and_a_text_table() {
        Html table = VideoTable.of(List.of(
                video("v1", "completed", "A & B", "https://cdn.example/1.mp4", "https://cdn.example/1.jpg"),
                video("v2", "failed", "<i>x</i>", null, null)));

        assertThat(table.html()).contains("<table").contains("<code>v1</code>").contains("A &amp; B")
                .contains("&lt;i&gt;x&lt;/i&gt;").contains("12.3 s").contains("2023-11-14 22:13 UTC")
                .contains("<a href=\"https://cdn.example/1.mp4\">open</a>");
        assertThat(table.html().split("<tr>", -1)).hasSize(4);
        assertThat(table.text().lines().toList()).hasSize(3);
        assertThat(table.text().lines().skip(1).findFirst().orElseThrow()).startsWith("v1  completed");
    }

    @Test
    void video_table_stops_reading_after_its_row_limit() {
        List<Integer> pulled = new ArrayList<>();
        Iterable<VideoInfo> endless = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public VideoInfo next() {
                pulled.add(1);
                return video("v" + pulled.size(), "completed", "t", null, null);
            }
        };

        Html table = VideoTable.of(endless);

        assertThat(pulled).hasSize(VideoTable.MAX_ROWS + 1);
        assertThat(table.html()).contains("first " + VideoTable.MAX_ROWS + " shown");
    }
}
