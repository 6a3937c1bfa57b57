package dev.heygenkit.internal.render;

import dev.heygenkit.NotFoundException;
import dev.heygenkit.api.AvatarGroup;
import dev.heygenkit.api.Avatars;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.Looks;
import dev.heygenkit.api.TemplateInfo;
import dev.heygenkit.api.TemplateSummary;
import dev.heygenkit.api.Templates;
import dev.heygenkit.api.Page;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.api.Voices;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What preflight has learnt about looks and voices, cached per client (its {@link RenderContext} holds the cache) so
 * repeated renders in a notebook ask the API once. Ids that were not found are remembered for 30 s only: they may be
 * created in the meantime.
 */
final class Catalog {
    private static final int LOOK_PAGES = 4;
    private static final int VOICE_PAGES = 3;
    private static final long MISS_TTL_NANOS = 30_000_000_000L;

    /** The answers cached for one client. */
    static final class Cache {
        final Map<String, Look> lookById = new ConcurrentHashMap<>();
        final Map<String, VoiceInfo> voiceById = new ConcurrentHashMap<>();
        final Map<String, List<VoiceInfo>> fitting = new ConcurrentHashMap<>();
        volatile List<String> knownLooks;
        volatile List<String> knownVoices;
        final Map<String, TemplateInfo> templateById = new ConcurrentHashMap<>();
        final Map<String, Long> misses = new ConcurrentHashMap<>();
        final Map<String, AvatarGroup> groupById = new ConcurrentHashMap<>();
        volatile List<String> knownTemplates;
    }

    private final Cache cache;
    private final Looks looks;
    private final Voices voices;
    private final Avatars avatars;
    private final Map<String, Look> lookById;
    private final Map<String, VoiceInfo> voiceById;
    private final Map<String, List<VoiceInfo>> fitting;

    private final Templates templates;

    private Catalog(Cache cache, Looks looks, Voices voices, Avatars avatars, Templates templates) {
        this.cache = cache;
        this.templates = templates;
        this.looks = looks;
        this.voices = voices;
        this.avatars = avatars;
        this.lookById = cache.lookById;
        this.voiceById = cache.voiceById;
        this.fitting = cache.fitting;
    }

    /** The catalog of one client, for one preflight run. */
    static Catalog of(RenderContext ctx) {
        return new Catalog(ctx.catalog(), ctx.looks(), ctx.voices(), ctx.avatars(), ctx.templates());
    }

    Optional<Look> look(String id) {
        return cached(lookById, "look:" + id, () -> looks.get(id));
    }

    Optional<TemplateInfo> template(String id) {
        return cached(cache.templateById, "template:" + id, () -> templates.get(id));
    }

    /** Ids of a first page of the account's templates, for suggestions. */
    List<String> knownTemplateIds() {
        List<String> k = cache.knownTemplates;
        if (k == null) {
            k = templates.list(Templates.TemplateQuery.of().limit(100)).items().stream().map(TemplateSummary::id).toList();
            cache.knownTemplates = k;
        }
        return k;
    }

    Optional<VoiceInfo> voice(String id) {
        return cached(voiceById, "voice:" + id, () -> voices.get(id));
    }

    /**
     * A cached answer, else the API's. A miss is remembered for {@link #MISS_TTL_NANOS}: long enough that checking a
     * batch of thousands of rows with one wrong id asks once, short enough that an id created meanwhile is found.
     */
    private <T> Optional<T> cached(Map<String, T> found, String key, java.util.function.Supplier<T> fetch) {
        String id = key.substring(key.indexOf(':') + 1);
        T hit = found.get(id);
        if (hit != null) {
            return Optional.of(hit);
        }
        Long missUntil = cache.misses.get(key);
        if (missUntil != null && System.nanoTime() - missUntil < 0) {
            return Optional.empty();
        }
        try {
            T value = fetch.get();
            found.put(id, value);
            cache.misses.remove(key);
            return Optional.of(value);
        } catch (NotFoundException e) {
            cache.misses.put(key, System.nanoTime() + MISS_TTL_NANOS);
            return Optional.empty();
        }
    }

    Optional<AvatarGroup> group(String id) {
        return cached(cache.groupById, "group:" + id, () -> avatars.get(id));
    }

    List<Look> looksOfGroup(String groupId) {
        return looks.list(Looks.LookQuery.of().groupId(groupId).limit(10)).items();
    }

    List<String> knownLookIds() {
        List<String> k = cache.knownLooks;
        if (k == null) {
            List<String> ids = new ArrayList<>();
            Page<Look> page = looks.list(Looks.LookQuery.of().limit(50));
            for (int i = 0; ; i++) {
                page.items().forEach(l -> ids.add(l.id()));
                if (i + 1 >= LOOK_PAGES || !page.hasMore()) {
                    break;
                }
                page = page.nextPage().orElseThrow();
            }
            k = List.copyOf(ids);
            cache.knownLooks = k;
        }
        return k;
    }

    List<String> knownVoiceIds() {
        List<String> k = cache.knownVoices;
        if (k == null) {
            Set<String> ids = new LinkedHashSet<>();
            for (String type : List.of("public", "private")) {
                Page<VoiceInfo> page = voices.list(Voices.VoiceQuery.of().type(type).limit(100));
                for (int i = 0; ; i++) {
                    page.items().forEach(v -> ids.add(v.id()));
                    if (i + 1 >= VOICE_PAGES || !page.hasMore()) {
                        break;
                    }
                    page = page.nextPage().orElseThrow();
                }
            }
            k = List.copyOf(ids);
            cache.knownVoices = k;
        }
        return k;
    }

    /** A few voices of a gender (null for any) and language, for suggestions. */
    List<VoiceInfo> voicesFitting(String gender, String language) {
        String key = gender + "|" + language;
        List<VoiceInfo> cached = fitting.get(key);
        if (cached == null) {
            cached = voices.list(Voices.VoiceQuery.of().gender(gender).language(language).limit(5)).items();
            fitting.put(key, cached);
        }
        return cached;
    }
}
