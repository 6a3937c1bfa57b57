package dev.heygenkit.sandbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox account's state: one {@link Table} per kind of thing the API creates, the wallet and the sequence that
 * orders lists. The world is also the monitor for compound changes: code that reads and then writes (check credit,
 * then create a video) holds {@code synchronized (world)} around both. A new kind of state (user avatars, voices,
 * templates) is one more table here. Avatars and voices made through the API live in their own tables; deleting or
 * renaming a private fixture (which is shared and read-only) is remembered here as a hidden id or a new name.
 */
final class World {
    private final Table<VideoJob> videos = new Table<>(this, VideoJob::id);
    private final Table<Batch> batches = new Table<>(this, Batch::id);
    private final Table<Asset> assets = new Table<>(this, Asset::id);
    private final Table<Endpoint> endpoints = new Table<>(this, Endpoint::id);
    private final Table<Event> events = new Table<>(this, Event::id);
    private final Table<SpeechClip> speech = new Table<>(this, SpeechClip::id);
    private final Table<OwnGroup> ownGroups = new Table<>(this, OwnGroup::id);
    private final Table<OwnLook> ownLooks = new Table<>(this, OwnLook::id);
    private final Table<OwnVoice> ownVoices = new Table<>(this, OwnVoice::id);
    private final Set<String> hidden = new HashSet<>();
    private final Map<String, String> renamed = new HashMap<>();
    private final double startBalance;
    private long seq;
    private double balance;

    World(double startBalance) {
        this.startBalance = startBalance;
        this.balance = startBalance;
    }

    Table<VideoJob> videos() {
        return videos;
    }

    Table<Batch> batches() {
        return batches;
    }

    Table<Asset> assets() {
        return assets;
    }

    Table<Endpoint> endpoints() {
        return endpoints;
    }

    /** Webhook events, oldest first. */
    Table<Event> events() {
        return events;
    }

    Table<SpeechClip> speech() {
        return speech;
    }

    /** Avatar groups created through the API. */
    Table<OwnGroup> ownGroups() {
        return ownGroups;
    }

    /** Looks created through the API. */
    Table<OwnLook> ownLooks() {
        return ownLooks;
    }

    /** Voices designed or cloned through the API. */
    Table<OwnVoice> ownVoices() {
        return ownVoices;
    }

    /** Hides a fixture group, look or voice, as if deleted. */
    synchronized void hide(String fixtureId) {
        hidden.add(fixtureId);
    }

    /** Whether a fixture id was deleted. */
    synchronized boolean hidden(String fixtureId) {
        return hidden.contains(fixtureId);
    }

    /** Gives a fixture look a new name. */
    synchronized void rename(String fixtureId, String name) {
        renamed.put(fixtureId, name);
    }

    /** The new name of a fixture look, or null when it keeps its own. */
    synchronized String renamed(String fixtureId) {
        return renamed.get(fixtureId);
    }

    /** A video that exists and is not deleted, or null. */
    synchronized VideoJob liveVideo(String id) {
        VideoJob v = videos.get(id);
        return v == null || v.deleted() ? null : v;
    }

    /** An asset that exists and is not deleted, or null. */
    synchronized Asset liveAsset(String id) {
        Asset a = assets.get(id);
        return a == null || a.deleted() ? null : a;
    }

    /** The next number of the sequence that orders everything created. */
    synchronized long nextSeq() {
        return ++seq;
    }

    /** The wallet balance in USD. */
    synchronized double balance() {
        return balance;
    }

    /** Takes {@code usd} from the wallet (to the 1/100 cent, as the API reports it). */
    synchronized void charge(double usd) {
        balance = Math.round((balance - usd) * 10000) / 10000.0;
    }

    /** USD not held back for renders still running, so parallel creates cannot overdraw the wallet. */
    synchronized double free() {
        double reserved = 0;
        for (VideoJob v : videos.all()) {
            if (!v.settled() && !v.deleted()) {
                reserved += v.plan().cost();
            }
        }
        return balance - reserved;
    }

    /** Forgets everything and refills the wallet. */
    synchronized void clear() {
        videos.clear();
        batches.clear();
        assets.clear();
        endpoints.clear();
        events.clear();
        speech.clear();
        ownGroups.clear();
        ownLooks.clear();
        ownVoices.clear();
        hidden.clear();
        renamed.clear();
        seq = 0;
        balance = startBalance;
    }
}
