package dev.heygenkit.dsl;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PreflightException;
import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.Scenes;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.internal.render.Api;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.internal.render.VirtualTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.heygenkit.internal.render.Api.data;
import static dev.heygenkit.internal.render.Api.error;
import static dev.heygenkit.internal.render.Api.look;
import static dev.heygenkit.internal.render.Api.voice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Preflight checks that need the API: looks, voices, engines, default voices; answers are cached per client. */
class RemoteChecksTest {
    @RegisterExtension
    static WireMockExtension wm = Api.server();

    @TempDir
    Path home;
    HeyGen client;
    List<ProgressEvent> events;

    @BeforeEach
    void setUp() {
        wm.resetAll();
        events = Api.events();
        client = Api.client(wm, new VirtualTime(), home.resolve("renders.jsonl"), events);
    }

    private void notFound(String path) {
        wm.stubFor(get(path).willReturn(error(404, "not_found", "not found")));
    }

    private void looksList(String... looks) {
        wm.stubFor(get(urlPathEqualTo("/v3/avatars/looks"))
                .willReturn(okJson("{\"data\":[" + String.join(",", looks) + "],\"has_more\":false,\"next_token\":null}")));
    }

    private void voicesList(String... voices) {
        wm.stubFor(get(urlPathEqualTo("/v3/voices"))
                .willReturn(okJson("{\"data\":[" + String.join(",", voices) + "],\"has_more\":false,\"next_token\":null}")));
    }

    private PreflightException refused(VideoSpec spec) {
        PreflightException e = org.junit.jupiter.api.Assertions.assertThrows(PreflightException.class, () -> spec.submit(client));
        wm.verify(0, Api.createRequests());
        return e;
    }

    private static Problem only(PreflightException e, String code) {
        return e.problems().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + e.problems()));
    }

    @Test
    void typo_in_look_id_suggests_the_nearest_known_look() {
        notFound("/v3/avatars/looks/look_anan");
        notFound("/v3/avatars/look_anan");
        looksList(look("look_anna", "studio_avatar", "female", null, "", null),
                look("look_bob", "studio_avatar", "male", null, "", null));
        PreflightException e = refused(Avatar.look("look_anan").say("Hi").voice("v1"));
        assertThat(only(e, "look_not_found").message()).contains("look \"look_anan\" does not exist; did you mean \"look_anna\"?");
    }

    @Test
    void group_id_passed_as_look_id_lists_the_groups_looks() {
        notFound("/v3/avatars/looks/grp_anna");
        wm.stubFor(get("/v3/avatars/grp_anna").willReturn(data("{\"id\":\"grp_anna\",\"name\":\"Anna\",\"created_at\":1,\"looks_count\":2}")));
        wm.stubFor(get(urlPathEqualTo("/v3/avatars/looks")).withQueryParam("group_id", equalTo("grp_anna"))
                .willReturn(okJson("{\"data\":[" + look("anna_office", "studio_avatar", "female", null, "", null) + ","
                        + look("anna_casual", "studio_avatar", "female", null, "", null) + "],\"has_more\":false}")));
        PreflightException e = refused(Avatar.look("grp_anna").say("Hi"));
        assertThat(only(e, "look_is_group").message()).contains("\"grp_anna\" is an avatar group (Anna), not a look;"
                + " use one of its looks: anna_office (Anna_office), anna_casual (Anna_casual)");
    }

    @Test
    void omitted_voice_uses_the_looks_default_voice() {
        Api.stockLook(wm, "look_anna");
        Api.creates(wm, "vid_1");
        Api.status(wm, "vid_1", "completed", "https://cdn/x.mp4");
        Avatar.look("look_anna").say("Hi").submit(client);
        assertThat(Api.creates(wm)).singleElement().satisfies(e -> assertThat(e.getRequest().getBodyAsString())
                .doesNotContain("voice_id"));
        assertThat(events).anyMatch(ev -> ev instanceof ProgressEvent.Note n
                && n.message().contains("speaks with its default voice voice_default"));
    }

    @Test
    void omitted_voice_without_a_default_lists_voices_of_the_same_gender_and_language() {
        wm.stubFor(get("/v3/avatars/looks/look_mute").willReturn(data(look("look_mute", "photo_avatar", "male", null,
                "\"avatar_iv\"", null))));
        voicesList(voice("voice_tom", "male", "German", true), voice("voice_max", "male", "German", true));
        PreflightException e = refused(Avatar.look("look_mute").say("Hallo")
                .voice(dev.heygenkit.Voice.lookDefault().locale("de-DE")));
        assertThat(only(e, "voice_default_missing").message()).contains("has no default voice, so add .voice(")
                .contains("voices that fit: voice_tom (Voice_tom, male, German), voice_max");
        wm.verify(getRequestedFor(urlPathEqualTo("/v3/voices")).withQueryParam("gender", equalTo("male"))
                .withQueryParam("language", equalTo("German")));
    }

    @Test
    void voice_of_the_other_gender_is_refused_unless_ignored() {
        Api.stockLook(wm, "look_anna");
        wm.stubFor(get("/v3/voices/voice_tom").willReturn(data(voice("voice_tom", "male", "English", true))));
        voicesList(voice("voice_eve", "female", "English", true));
        PreflightException e = refused(Avatar.look("look_anna").say("Hi").voice("voice_tom"));
        assertThat(only(e, "voice_gender_mismatch").message()).contains("voice voice_tom (Voice_tom) is male but look "
                + "look_anna (Look_anna) is female; pick a female voice such as voice_eve");

        Api.creates(wm, "vid_2");
        Avatar.look("look_anna").say("Hi").voice("voice_tom").ignore("voice_gender_mismatch").submit(client);
        wm.verify(1, Api.createRequests());
        assertThat(events).anyMatch(ev -> ev instanceof ProgressEvent.Warning w && w.problem().code().equals("voice_gender_mismatch"));
    }

    @Test
    void engine_outside_the_looks_supported_engines_is_refused() {
        wm.stubFor(get("/v3/avatars/looks/look_iv").willReturn(data(look("look_iv", "studio_avatar", "female", "vd",
                "\"avatar_iv\",\"avatar_iii\"", null))));
        PreflightException e = refused(Avatar.look("look_iv").say("Hi").engine("avatar_v"));
        assertThat(only(e, "engine_unsupported").message()).contains("does not render with avatar_v; it supports "
                + "avatar_iv, avatar_iii, e.g. .engine(\"avatar_iv\")");
    }

    @Test
    void default_engine_is_checked_too() {
        wm.stubFor(get("/v3/avatars/looks/look_v").willReturn(data(look("look_v", "digital_twin", "female", "vd",
                "\"avatar_v\"", null))));
        PreflightException e = refused(Avatar.look("look_v").say("Hi"));
        assertThat(only(e, "engine_unsupported").message()).contains("avatar_iv (the default)").contains(".engine(\"avatar_v\")");
    }

    @Test
    void look_that_is_still_training_is_not_ready() {
        wm.stubFor(get("/v3/avatars/looks/look_new").willReturn(data(look("look_new", "photo_avatar", "female", "vd",
                "\"avatar_iv\"", "processing"))));
        PreflightException e = refused(Avatar.look("look_new").say("Hi"));
        assertThat(only(e, "look_not_ready").message()).contains("look look_new (Look_new) is processing; wait until it is completed");
    }

    @Test
    void typo_in_voice_id_suggests_the_nearest_known_voice() {
        Api.stockLook(wm, "look_anna");
        notFound("/v3/voices/voice_ana");
        voicesList(voice("voice_anna", "female", "English", true), voice("voice_zed", "male", "English", true));
        PreflightException e = refused(Avatar.look("look_anna").say("Hi").voice("voice_ana"));
        assertThat(only(e, "voice_not_found").message()).contains("voice \"voice_ana\" does not exist; did you mean \"voice_anna\"?");
    }

    @Test
    void motion_prompt_and_expressiveness_follow_the_looks_type() {
        Api.stockLook(wm, "look_anna");
        Api.stockVoice(wm, "v1");
        PreflightException e = refused(Avatar.look("look_anna").say("Hi").voice("v1").motion("waves").expressiveness("high"));
        assertThat(only(e, "motion_prompt_video_avatar").message()).contains("add .engine(\"avatar_v\") or drop .motion(...)");
        assertThat(only(e, "expressiveness_video_avatar").message()).contains("for photo avatars only");
    }

    @Test
    void pauses_with_a_voice_that_ignores_them_warn_but_render() {
        Api.stockLook(wm, "look_anna");
        wm.stubFor(get("/v3/voices/v_flat").willReturn(data(voice("v_flat", "female", "English", false))));
        Api.creates(wm, "vid_3");
        Avatar.look("look_anna").say("One").pause(java.time.Duration.ofSeconds(1)).say("two").voice("v_flat").submit(client);
        wm.verify(1, Api.createRequests());
        assertThat(events).anyMatch(ev -> ev instanceof ProgressEvent.Warning w
                && w.problem().code().equals("voice_pauses_unsupported"));
    }

    @Test
    void remote_answers_are_cached_per_client() {
        Api.stockLook(wm, "look_anna");
        Api.stockVoice(wm, "v1");
        VideoSpec spec = Scenes.of(Avatar.look("look_anna").say("One").voice("v1"), Avatar.look("look_anna").say("Two").voice("v1"));
        assertThat(spec.check(client)).isEmpty();
        assertThat(spec.check(client)).isEmpty();
        wm.verify(1, getRequestedFor(urlEqualTo("/v3/avatars/looks/look_anna")));
        wm.verify(1, getRequestedFor(urlEqualTo("/v3/voices/v1")));

        HeyGen other = Api.client(wm, new VirtualTime(), home.resolve("other.jsonl"), Api.events());
        spec.check(other);
        wm.verify(2, getRequestedFor(urlEqualTo("/v3/avatars/looks/look_anna")));
    }

    @Test
    void remote_checks_are_skipped_when_local_ones_already_fail() {
        assertThat(Avatar.look("look_anna").say("Hi").aspect("2:1").check(client))
                .extracting(Problem::code).containsExactly("aspect_ratio_invalid");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void cinematic_looks_must_exist() {
        Api.stockLook(wm, "look_anna");
        notFound("/v3/avatars/looks/look_gone");
        notFound("/v3/avatars/look_gone");
        looksList();
        PreflightException e = refused(Avatar.cinematic("dance", "look_anna", "look_gone"));
        assertThat(only(e, "look_not_found").param()).isEqualTo("avatar_id[1]");
    }

    @Test
    void listing_failures_only_drop_the_suggestion() {
        notFound("/v3/avatars/looks/look_x");
        notFound("/v3/avatars/look_x");
        wm.stubFor(get(urlPathEqualTo("/v3/avatars/looks")).willReturn(error(500, "internal_error", "boom")));
        assertThatThrownBy(() -> Avatar.look("look_x").say("Hi").submit(client))
                .isInstanceOfSatisfying(PreflightException.class, e -> assertThat(only(e, "look_not_found").message())
                        .endsWith("list looks with client.looks().list()"));
    }
}
