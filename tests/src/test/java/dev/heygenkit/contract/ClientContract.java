package dev.heygenkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.AuthenticationException;
import dev.heygenkit.NotFoundException;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.Looks;
import dev.heygenkit.api.VideoCreated;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.VideoStatusItem;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.api.Voices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Behaviour of the typed client that must hold against any backend. A backend is one small subclass providing
 * {@link #startBackend()}; WireMock is {@link WireMockClientContractTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ClientContract {
    /** The backend under test; started once per class. */
    protected Backend backend;

    /** Starts the backend this subclass tests against. */
    protected abstract Backend startBackend();

    @BeforeAll
    void startBackendOnce() {
        backend = startBackend();
    }

    @AfterAll
    void stopBackend() {
        backend.close();
    }

    @BeforeEach
    void resetBackend() {
        backend.reset();
    }

    @Test
    void listing_looks_walks_every_page_in_order() {
        List<String> expected = backend.looks(5);
        backend.reset();
        List<String> ids = new ArrayList<>();
        for (Look look : backend.client().looks().list(Looks.LookQuery.of().limit(2))) {
            ids.add(look.id());
        }
        assertThat(ids).isEqualTo(expected);
        int pages = (expected.size() + 1) / 2;
        assertThat(backend.requestCount("GET", "/v3/avatars/looks")).isBetween(pages, pages + 1);
    }

    @Test
    void taking_the_first_looks_fetches_only_the_first_page() {
        List<String> expected = backend.looks(5);
        backend.reset();
        List<String> firstTwo = backend.client().looks().list(Looks.LookQuery.of().limit(2)).stream().limit(2)
                .map(Look::id).toList();
        assertThat(firstTwo).isEqualTo(expected.subList(0, 2));
        assertThat(backend.requestCount("GET", "/v3/avatars/looks")).isEqualTo(1);
    }

    @Test
    void a_listed_look_can_be_read_by_id() {
        String id = backend.looks(1).get(0);
        Look look = backend.client().looks().get(id);
        assertThat(look.id()).isEqualTo(id);
        assertThat(look.name()).isNotBlank();
        assertThat(look.avatarType()).isNotNull();
    }

    @Test
    void voice_filters_return_only_matching_voices() {
        List<String> filter = backend.voiceFilter();
        List<VoiceInfo> voices = backend.client().voices().list(Voices.VoiceQuery.of().language(filter.get(0)).gender(filter.get(1))).all();
        assertThat(voices).isNotEmpty().allSatisfy(v -> {
            assertThat(v.language()).isEqualToIgnoringCase(filter.get(0));
            assertThat(v.gender()).isEqualToIgnoringCase(filter.get(1));
        });
    }

    @Test
    void a_created_video_can_be_read_back_and_completes_as_time_passes() {
        VideoCreated created = backend.client().videos().create(backend.validCreate());
        assertThat(created.videoId()).isNotBlank();
        assertThat(created.status().isTerminal()).isFalse();
        VideoInfo first = backend.client().videos().get(created.videoId());
        assertThat(first.id()).isEqualTo(created.videoId());
        backend.advance(Duration.ofHours(1));
        VideoInfo done = backend.client().videos().get(created.videoId());
        assertThat(done.status().isCompleted()).isTrue();
        assertThat(done.videoUrl()).isNotBlank();
    }

    @Test
    void creating_twice_with_one_idempotency_key_replays_the_first_video() {
        String key = "contract-" + UUID.randomUUID();
        var client = backend.client();
        VideoCreated first = client.videos().create(backend.validCreate(), key);
        VideoCreated replay = client.videos().create(backend.validCreate(), key);
        VideoCreated other = client.videos().create(backend.validCreate(), key + "-other");
        assertThat(replay.videoId()).isEqualTo(first.videoId());
        assertThat(other.videoId()).isNotEqualTo(first.videoId());
        assertThat(backend.requestCount("POST", "/v3/videos")).isEqualTo(3);
    }

    @Test
    void an_unknown_video_is_a_not_found_error() {
        String id = backend.unknownVideoId();
        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> backend.client().videos().get(id));
        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.code()).endsWith("not_found");
        assertThat(e.getMessage()).contains("/v3/videos/" + id);
        assertThat(backend.requestCount("GET", "/v3/videos/" + id)).isEqualTo(1);
    }

    @Test
    void bulk_statuses_report_unknown_ids_as_not_found_instead_of_failing() {
        String id = backend.unknownVideoId();
        List<VideoStatusItem> items = backend.client().videos().statuses(List.of(id));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.videoId()).isEqualTo(id);
            assertThat(i.status().value()).isEqualTo("not_found");
        });
    }

    @Test
    void a_rejected_key_is_an_authentication_error_without_retries() {
        assertThatThrownBy(() -> backend.clientWithWrongKey().users().me()).isInstanceOfSatisfying(AuthenticationException.class,
                e -> assertThat(e.status()).isEqualTo(401));
        assertThat(backend.requestCount("GET", "/v3/users/me")).isEqualTo(1);
    }

    @Test
    void raw_returns_the_whole_envelope() {
        JsonNode me = backend.client().raw().get("/v3/users/me");
        assertThat(me.path("data").path("username").asText()).isNotBlank();
    }
}
