package dev.heygenkit.sandbox;

import dev.heygenkit.internal.media.Media;
import dev.heygenkit.internal.media.Shot;
import dev.heygenkit.internal.media.Storyboard;
import dev.heygenkit.sandbox.Catalog.Look;
import dev.heygenkit.sandbox.Catalog.Voice;
import dev.heygenkit.sandbox.Plan.ShotPlan;
import dev.heygenkit.sandbox.Plan.Visual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Generated media, made on first request and cached (at most {@value #MAX_ENTRIES} files and {@value #MAX_BYTES}
 * bytes, oldest evicted first).
 * Concurrent first requests for the same file wait for one generation instead of each drawing it.
 */
final class MediaStore {
    static final int MAX_ENTRIES = 128;
    static final long MAX_BYTES = 96L * 1024 * 1024;

    private final Catalog catalog;
    private final World world;
    private final Map<String, CompletableFuture<byte[]>> cache = new ConcurrentHashMap<>();
    private final Deque<String> order = new ArrayDeque<>();
    private final Map<String, Integer> sizes = new java.util.HashMap<>();
    private long bytes;

    MediaStore(Catalog catalog, World world) {
        this.catalog = catalog;
        this.world = world;
    }

    byte[] get(String key, Supplier<byte[]> make) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> existing = cache.putIfAbsent(key, mine);
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            byte[] bytes = make.get();
            mine.complete(bytes);
            synchronized (order) {
                order.addLast(key);
                sizes.put(key, bytes.length);
                this.bytes += bytes.length;
                while (order.size() > 1 && (order.size() > MAX_ENTRIES || this.bytes > MAX_BYTES)) {
                    String old = order.pollFirst();
                    cache.remove(old);
                    Integer size = sizes.remove(old);
                    this.bytes -= size == null ? 0 : size;
                }
            }
            return bytes;
        } catch (RuntimeException e) {
            cache.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    void forget(String videoId) {
        synchronized (order) {
            for (java.util.Iterator<String> it = order.iterator(); it.hasNext(); ) {
                String k = it.next();
                if (k.startsWith("video:" + videoId + ":")) {
                    it.remove();
                    cache.remove(k);
                    Integer size = sizes.remove(k);
                    bytes -= size == null ? 0 : size;
                }
            }
        }
    }

    void clear() {
        synchronized (order) {
            cache.clear();
            order.clear();
            sizes.clear();
            bytes = 0;
        }
    }

    /** Preview picture size of a look: its native shape, longest side 384 px (enough for grids and storyboards). */
    static int[] previewSize(Look l) {
        if (l.width() == null || l.height() == null) {
            return new int[] {288, 384};
        }
        double scale = 384.0 / Math.max(l.width(), l.height());
        return new int[] {even(l.width() * scale), even(l.height() * scale)};
    }

    private static int even(double v) {
        int i = (int) Math.round(v);
        return Math.max(2, i - (i % 2));
    }

    /** A look's preview: a created photo avatar shows its photo, every other look a portrait drawn with its name. */
    byte[] lookPreview(Look l) {
        int[] size = previewSize(l);
        OwnLook own = world.ownLooks().get(l.id());
        byte[] photo = own == null ? null : own.photo();
        return get("look:" + l.id() + ":" + l.name(), () -> {
            byte[] fromPhoto = photo == null ? null : Media.photoPng(photo, size[0], size[1]);
            return fromPhoto != null ? fromPhoto : Media.portraitPng(l.id(), l.name(), l.gender(), l.avatarType(), size[0], size[1]);
        });
    }

    static final String SAMPLE = "Hi, I am %s. <break time=\"0.3s\"/> This is my sandbox voice.";

    byte[] voicePreview(Voice v) {
        return get("voice:" + v.id(), () -> {
            Speech.Spoken s = Speech.speak(String.format(SAMPLE, v.name()), 1.0, true, 0);
            return Media.speechWav(v.id(), v.gender(), s.end(), s.words());
        });
    }

    byte[] speech(SpeechClip clip) {
        return get("speech:" + clip.id(), () -> Media.speechWav(clip.voiceId(), clip.gender(), clip.duration(), clip.words()));
    }

    /** One file of a completed video: video.mp4, captioned.mp4, thumbnail.jpg, preview.gif or subtitles.srt. */
    byte[] videoFile(VideoJob v, String file) {
        // the storyboard always shows captions, so the captioned variant is the same file: encode it once
        String key = file.equals("captioned.mp4") ? "video.mp4" : file;
        return get("video:" + v.id() + ":" + key, () -> switch (file) {
            case "video.mp4", "captioned.mp4" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    Media.storyboardMp4(storyboard(v), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                yield out.toByteArray();
            }
            case "thumbnail.jpg" -> Media.thumbnailJpeg(storyboard(v));
            case "preview.gif" -> Media.previewGif(storyboard(v));
            case "subtitles.srt" -> Media.srt(storyboard(v).cues()).getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(file);
        });
    }

    /**
     * The storyboard of a render. Captions are always drawn: the storyboard exists to check what is said when,
     * so the plain video and the captioned variant show the same frames.
     */
    Storyboard storyboard(VideoJob v) {
        Plan plan = v.plan();
        List<Shot> shots = new ArrayList<>();
        for (ShotPlan s : plan.shots()) {
            shots.add(new Shot(s.start(), s.end(), s.kind(), s.label(), picture(s.portrait(), true), picture(s.backdrop(), false),
                    s.backgroundHex(), s.cues()));
        }
        return new Storyboard(plan.width(), plan.height(), shots, true, plan.title());
    }

    private byte[] picture(Visual v, boolean portrait) {
        if (v == null) {
            return null;
        }
        if (v.lookId() != null) {
            Look l = catalog.look(v.lookId());
            return l == null ? null : lookPreview(l);
        }
        if (v.bytes() != null) {
            return v.bytes();
        }
        if (v.assetId() != null) {
            synchronized (world) {
                Asset a = world.assets().get(v.assetId());
                if (a != null && a.bytes() != null && ("image/png".equals(a.mime()) || "image/jpeg".equals(a.mime()))) {
                    return a.bytes();
                }
            }
            return portrait ? generated(v.assetId()) : null;
        }
        // a picture behind a URL cannot be fetched offline: stand in a generated face, or leave the backdrop plain
        return portrait ? generated(v.seed()) : null;
    }

    private byte[] generated(String seed) {
        return get("generated:" + seed, () -> Media.portraitPng(seed, "Photo", null, "photo_avatar", 288, 384));
    }
}
