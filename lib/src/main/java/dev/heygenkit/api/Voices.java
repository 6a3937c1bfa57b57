package dev.heygenkit.api;

import dev.heygenkit.DownloadException;
import dev.heygenkit.Overwrite;
import dev.heygenkit.ProgressListener;
import dev.heygenkit.internal.http.ApiRequest;
import dev.heygenkit.internal.http.FileDownload;
import dev.heygenkit.internal.http.SafeNames;
import dev.heygenkit.internal.http.HttpTransport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code /v3/voices} group: list and read voices, speak text with one ({@code speech}) and save the audio, design
 * voices from a description, clone one from a recording, delete your own. To clone and wait in one call, use the DSL's
 * {@code CustomVoice}.
 *
 * <pre>{@code client.voices().list(VoiceQuery.of().language("English").gender("female"))}</pre>
 */
public final class Voices {
    private static final List<String> AUDIO = List.of("mp3", "wav", "ogg", "m4a", "aac", "flac");
    private final HttpTransport transport;
    /** The client's progress listener, or null for the process-wide default. */
    private final ProgressListener progress;

    Voices(HttpTransport transport, ProgressListener progress) {
        this.transport = transport;
        this.progress = progress;
    }

    /** Public voices, paging lazily. */
    public Page<VoiceInfo> list() {
        return list(VoiceQuery.of());
    }

    /** Voices matching the query, paging lazily. */
    public Page<VoiceInfo> list(VoiceQuery query) {
        ApiRequest r = ApiRequest.get("/v3/voices")
                .query("type", query.type())
                .query("engine", query.engine())
                .query("language", query.language())
                .query("gender", query.gender())
                .query("limit", Resources.limit(query.limit(), 100))
                .query("token", query.token());
        return Resources.page(transport, r, VoiceInfo.class);
    }

    /** One voice. */
    public VoiceInfo get(String voiceId) {
        return Resources.data(transport, ApiRequest.get("/v3/voices/" + Resources.id(voiceId, "voice id")), VoiceInfo.class);
    }

    /** Voices matching a description (up to three), usable in videos at once; no credit is spent. */
    public DesignedVoices design(VoiceDesignRequest request) {
        Objects.requireNonNull(request, "request").validate();
        return Resources.data(transport, ApiRequest.post("/v3/voices", request), DesignedVoices.class);
    }

    /** Voices matching a description; see {@link #design(VoiceDesignRequest)}. */
    public DesignedVoices design(String prompt) {
        return design(VoiceDesignRequest.of(prompt));
    }

    /**
     * Starts cloning a voice from a recording and returns its id at once; the voice is usable when
     * {@code get(id).status()} is {@code complete}.
     */
    public VoiceCloneCreated clone(VoiceCloneRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.voiceName() == null || request.voiceName().isBlank()) {
            throw new IllegalArgumentException("a cloned voice needs a name; pass one, e.g. \"Brand\"");
        }
        Resources.notLocal(request.audio(), "voice sample", "CustomVoice.clone(path), which uploads it for you");
        return Resources.data(transport, ApiRequest.post("/v3/voices/clone", request), VoiceCloneCreated.class);
    }

    /** Deletes one of your voices for good (public voices cannot be deleted). */
    public VoiceDeleted delete(String voiceId) {
        return Resources.data(transport, ApiRequest.delete("/v3/voices/" + Resources.id(voiceId, "voice id")), VoiceDeleted.class);
    }

    /**
     * Speaks text with a Starfish-capable voice, e.g. to preview it; the limits are checked before sending.
     *
     * <pre>{@code String url = client.voices().speech(SpeechRequest.of(voiceId, "Hello")).audioUrl();}</pre>
     */
    public SpeechAudio speech(SpeechRequest request) {
        java.util.Objects.requireNonNull(request, "request").validate();
        return Resources.data(transport, ApiRequest.post("/v3/voices/speech", request), SpeechAudio.class);
    }

    /** Speaks plain text with a voice; see {@link #speech(SpeechRequest)}. */
    public SpeechAudio speech(String voiceId, String text) {
        return speech(SpeechRequest.of(voiceId, text));
    }

    /**
     * Saves spoken audio to a file, or into an existing directory under the name in its URL, and returns the file.
     * The presigned URL is fetched without the API key; an existing file is kept (see the {@link Overwrite} variant).
     *
     * <pre>{@code Path wav = client.voices().download(client.voices().speech(voiceId, "Hi"), Path.of("hi.wav"));}</pre>
     */
    public Path download(SpeechAudio audio, Path target) {
        return download(audio, target, Overwrite.NO);
    }

    /** Saves spoken audio like {@link #download(SpeechAudio, Path)}, replacing an existing file when told to. */
    public Path download(SpeechAudio audio, Path target, Overwrite overwrite) {
        Objects.requireNonNull(audio, "audio");
        String url = audio.audioUrl();
        if (url == null) {
            throw new DownloadException("asset_not_available", "This speech has no audio_url, so there is nothing to save.",
                    "Speak the text again with client.voices().speech(...).", target, null);
        }
        return save(url, "audio sample", target, null, overwrite);
    }

    /**
     * Saves a voice's sample ({@code preview_audio_url}) to a file, or as {@code <voice_id>.<ext>} into an existing
     * directory, and returns the file. A listing without the sample URL is completed with {@code get(id)}.
     *
     * <pre>{@code client.voices().downloadPreview(voice, Path.of("samples"))}</pre>
     */
    public Path downloadPreview(VoiceInfo voice, Path target) {
        return downloadPreview(voice, target, Overwrite.NO);
    }

    /** Saves a voice's sample like {@link #downloadPreview(VoiceInfo, Path)}, replacing an existing file when told to. */
    public Path downloadPreview(VoiceInfo voice, Path target, Overwrite overwrite) {
        Objects.requireNonNull(voice, "voice");
        VoiceInfo v = downloadable(voice.previewAudioUrl()) ? voice : get(voice.id());
        if (!downloadable(v.previewAudioUrl())) {
            throw new DownloadException("asset_not_available", "Voice " + v.id() + " has no downloadable sample (preview_audio_url "
                    + v.previewAudioUrl() + ").", "Speak a line with client.voices().speech(\"" + v.id()
                    + "\", text) and download that instead.", target, null);
        }
        return save(v.previewAudioUrl(), "sample of voice " + v.id(), target, v.id(), overwrite);
    }

    /** Saves to {@code target}, or into it as {@code <stem>.<ext>} when it is a directory (stem null: the URL's name). */
    private Path save(String url, String label, Path target, String stem, Overwrite overwrite) {
        Objects.requireNonNull(target, "target");
        Path file = Files.isDirectory(target) ? SafeNames.inside(target, fileName(url, stem)) : target;
        ProgressListener listener = progress != null ? progress : ProgressListener.processDefault();
        return new FileDownload(transport, listener).save(url, label, file, overwrite == Overwrite.YES);
    }

    // Storage URLs only: a bare s3:// path (which the API sometimes returns) cannot be fetched.
    private static boolean downloadable(String url) {
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }

    /**
     * The stem (else the URL's file name without extension) made safe, plus an audio extension: the URL's when it is
     * one (mp3, wav, ogg, m4a, aac, flac), else mp3. Server data never chooses another type or leaves the folder.
     */
    static String fileName(String url, String stem) {
        String path = url.replaceAll("[?#].*", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        String base = stem != null ? stem : dot > 0 ? last.substring(0, dot) : last;
        return SafeNames.component(base.replaceAll("[^A-Za-z0-9._-]", "_"), "speech") + "." + SafeNames.extension(url, AUDIO);
    }

    /**
     * Filters for {@link #list(VoiceQuery)}; each method returns a new query.
     *
     * @param type     {@code public} (the server default) or {@code private} (your clones)
     * @param engine   only voices usable with this engine, e.g. {@code starfish}
     * @param language full language name, e.g. {@code English}
     * @param gender   {@code male} or {@code female}
     * @param limit    page size, 1 to 100
     * @param token    cursor to start at
     */
    public record VoiceQuery(String type, String engine, String language, String gender, Integer limit, String token) {
        /** No filters. */
        public static VoiceQuery of() {
            return new VoiceQuery(null, null, null, null, null, null);
        }

        /** {@code public} or {@code private}. */
        public VoiceQuery type(String value) {
            return new VoiceQuery(value, engine, language, gender, limit, token);
        }

        /** Only voices usable with this engine. */
        public VoiceQuery engine(String value) {
            return new VoiceQuery(type, value, language, gender, limit, token);
        }

        /** Only this language. */
        public VoiceQuery language(String value) {
            return new VoiceQuery(type, engine, value, gender, limit, token);
        }

        /** Only this gender. */
        public VoiceQuery gender(String value) {
            return new VoiceQuery(type, engine, language, value, limit, token);
        }

        /** Page size. */
        public VoiceQuery limit(int value) {
            return new VoiceQuery(type, engine, language, gender, value, token);
        }

        /** Start at this cursor. */
        public VoiceQuery token(String value) {
            return new VoiceQuery(type, engine, language, gender, limit, value);
        }
    }
}
