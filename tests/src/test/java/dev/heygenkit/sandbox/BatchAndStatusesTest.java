package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Batches (202, item_index, counts_by_status, paged items) and bulk statuses (queued, not_found). */
class BatchAndStatusesTest extends SandboxTestBase {

    @Test
    void a_batch_is_accepted_with_202_then_its_items_become_videos_in_order() {
        Raw.Reply created = raw.post("/v3/videos/batches", "{\"title\":\"Launch\",\"videos\":[" + say("anna", wordsOf(5)) + ","
                + say("nobody", "Hi") + "," + say("marcus", wordsOf(10)) + "]}");
        assertThat(created.status()).isEqualTo(202);
        assertThat(Raw.fieldNames(created.data())).containsExactly("batch_id");
        String id = created.data().get("batch_id").asText();

        JsonNode before = raw.get("/v3/videos/batches/" + id).data();
        assertThat(before.get("status").asText()).isEqualTo("processing");
        assertThat(before.get("total_items").asInt()).isEqualTo(3);
        assertThat(before.get("counts_by_status").get("queued").asInt()).isEqualTo(3);
        assertThat(before.get("items")).allMatch(i -> i.get("video_id").isNull() && i.get("status").asText().equals("queued"));
        assertThat(before.get("title").asText()).isEqualTo("Launch");

        sb.advance(Duration.ofSeconds(10));
        JsonNode during = raw.get("/v3/videos/batches/" + id).data();
        JsonNode items = during.get("items");
        assertThat(items).extracting(i -> i.get("item_index").asInt()).containsExactly(0, 1, 2);
        assertThat(items.get(0).get("status").asText()).isEqualTo("processing");
        assertThat(items.get(1).get("status").asText()).isEqualTo("failed");
        assertThat(items.get(1).get("video_id").isNull()).isTrue();
        assertThat(items.get(1).get("error").get("param").asText()).isEqualTo("videos[1].avatar_id");
        assertThat(during.get("counts_by_status").get("processing").asInt()).isEqualTo(2);
        assertThat(during.get("counts_by_status").get("failed").asInt()).isEqualTo(1);

        sb.advance(Duration.ofHours(1));
        JsonNode after = raw.get("/v3/videos/batches/" + id).data();
        assertThat(after.get("status").asText()).isEqualTo("completed");
        assertThat(after.get("counts_by_status").get("completed").asInt()).isEqualTo(2);
        String video = after.get("items").get(2).get("video_id").asText();
        assertThat(video(video).get("duration").asDouble()).isEqualTo(4.0);
    }

    @Test
    void batch_items_page_inside_data_with_their_own_tokens() {
        StringBuilder videos = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            videos.append(i == 0 ? "" : ",").append(say("anna", "Item " + i));
        }
        String id = raw.post("/v3/videos/batches", "{\"videos\":[" + videos + "]}").data().get("batch_id").asText();
        JsonNode page1 = raw.get("/v3/videos/batches/" + id + "?limit=2").data();
        assertThat(page1.get("items")).hasSize(2);
        assertThat(page1.get("has_more").asBoolean()).isTrue();
        JsonNode page2 = raw.get("/v3/videos/batches/" + id + "?limit=2&token=" + page1.get("next_token").asText()).data();
        assertThat(page2.get("items")).extracting(i -> i.get("item_index").asInt()).containsExactly(2, 3);
        JsonNode page3 = raw.get("/v3/videos/batches/" + id + "?limit=2&token=" + page2.get("next_token").asText()).data();
        assertThat(page3.get("items")).extracting(i -> i.get("item_index").asInt()).containsExactly(4);
        assertThat(page3.get("has_more").asBoolean()).isFalse();
        assertThat(page3.get("next_token").isNull()).isTrue();
    }

    @Test
    void statuses_map_pending_to_queued_and_unknown_ids_to_not_found_and_expand_batches() {
        String a = createVideo(say("anna", wordsOf(5)));
        sb.advance(Duration.ofSeconds(6));
        String b = createVideo(say("anna", wordsOf(5)));
        String batch = raw.post("/v3/videos/batches", "{\"videos\":[" + say("anna", "Hi") + "]}").data().get("batch_id").asText();
        JsonNode list = raw.get("/v3/videos/statuses?video_ids=" + a + "," + b + ",missing123&batch_ids=" + batch + ",nobatch").json();
        JsonNode data = list.get("data");
        assertThat(data).hasSize(5);
        assertThat(data.get(0).get("status").asText()).isEqualTo("processing");
        assertThat(data.get(1).get("status").asText()).isEqualTo("queued");
        assertThat(data.get(2).get("status").asText()).isEqualTo("not_found");
        assertThat(data.get(3).get("batch_id").asText()).isEqualTo(batch);
        assertThat(data.get(3).get("item_index").asInt()).isZero();
        assertThat(data.get(3).get("video_id").isNull()).isTrue();
        assertThat(data.get(3).get("status").asText()).isEqualTo("queued");
        assertThat(data.get(4).get("status").asText()).isEqualTo("not_found");
        assertThat(list.get("has_more").asBoolean()).isFalse();
        sb.advance(Duration.ofHours(1));
        assertThat(raw.get("/v3/videos/statuses?video_ids=" + a).json().get("data").get(0).get("status").asText()).isEqualTo("completed");
    }

    @Test
    void statuses_and_batches_reject_bad_input() {
        assertThat(raw.get("/v3/videos/statuses").errorParam()).isEqualTo("video_ids");
        String ids = String.join(",", java.util.Collections.nCopies(101, "x").stream().map(x -> x + Math.random()).toList());
        assertThat(raw.get("/v3/videos/statuses?video_ids=" + ids).errorParam()).isEqualTo("video_ids");
        assertThat(raw.post("/v3/videos/batches", "{\"videos\":[]}").errorParam()).isEqualTo("videos");
        assertThat(raw.post("/v3/videos/batches", "{\"videos\":[{\"type\":\"avatar\"}]}").errorParam()).isEqualTo("videos[0].avatar_id");
        assertThat(raw.get("/v3/videos/batches/nope").status()).isEqualTo(404);
        String many = String.join(",", java.util.Collections.nCopies(101, say("anna", "Hi")));
        assertThat(raw.post("/v3/videos/batches", "{\"videos\":[" + many + "]}").errorMessage()).contains("1 to 100");
    }

    @Test
    void statuses_of_a_failed_video_carry_an_error_object() {
        String id = createVideo(say("anna", "word ".repeat(1001)));
        sb.advance(Duration.ofHours(1));
        JsonNode item = raw.get("/v3/videos/statuses?video_ids=" + id).json().get("data").get(0);
        assertThat(item.get("status").asText()).isEqualTo("failed");
        assertThat(item.get("error").get("code").asText()).isEqualTo("script_too_long");
    }
}
