package dev.heygenkit.internal.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the render journal teaches about render times: each completed render's real time from creation to completion,
 * with its API, account, mode and length. An estimate uses the newest renders of the same mode on the same API and
 * account; with renders of several lengths it fits a line (Theil-Sen, so one odd render cannot drag it), otherwise it
 * scales the rule of thumb by how far off the rule was.
 */
public final class RenderHistory {
    /** Renders used at most: the newest, so a plan change or a busy week shows up soon. */
    static final int RECENT = 20;
    /** Renders of other modes needed before they stand in for a mode never rendered. */
    static final int OTHER_MODES_MIN = 3;
    /** Lengths must span this many seconds before a line is fitted rather than the rule of thumb scaled. */
    static final double SPREAD_SECONDS = 5;

    private RenderHistory() {
    }

    /**
     * One completed render.
     *
     * @param at      when its completion was journaled
     * @param base    the API base URL
     * @param account the account name ({@code ApiKey.account()}), or null for journals written before it was kept
     * @param mode    avatar, image, studio, cinematic or template; null when unknown
     * @param length  the video's length in seconds, or null
     * @param seconds real seconds from creation to completion
     */
    public record Sample(Instant at, String base, String account, String mode, Double length, double seconds) {
    }

    /** The samples in journal lines (oldest first): every completed render whose completion carries its time. */
    static List<Sample> samples(List<JsonNode> lines) {
        Map<String, JsonNode> submits = new HashMap<>();
        List<Sample> out = new ArrayList<>();
        for (JsonNode n : lines) {
            String key = n.path("key").asText();
            String event = n.path("event").asText("");
            if (event.equals("submit")) {
                submits.putIfAbsent(key, n);
            } else if (event.equals("status") && n.path("status").asText("").equals("completed")
                    && n.path("render_seconds").isNumber()) {
                JsonNode submit = submits.get(key);
                if (submit == null) {
                    continue;
                }
                Double length = n.path("duration").isNumber() ? Double.valueOf(n.path("duration").asDouble())
                        : submit.path("length").isNumber() ? Double.valueOf(submit.path("length").asDouble()) : null;
                out.add(new Sample(Journal.instant(n.path("time").asText(null)), Journal.text(submit, "base"),
                        Journal.text(submit, "account"), Journal.text(submit, "mode"), length, n.path("render_seconds").asDouble()));
            }
        }
        return out;
    }

    /**
     * The expected render time of a video of this mode and length on this API and account, learnt from the samples,
     * or null when they say nothing about it.
     */
    public static Estimate estimate(List<Sample> samples, String base, String account, String mode, Duration length) {
        List<Sample> mine = samples.stream()
                .filter(s -> Objects.equals(s.base(), base) && Objects.equals(s.account(), account)).toList();
        List<Sample> same = newest(mine.stream().filter(s -> Objects.equals(s.mode(), mode)).toList());
        List<Sample> used = !same.isEmpty() ? same : mine.size() >= OTHER_MODES_MIN ? newest(mine) : List.of();
        if (used.isEmpty()) {
            return null;
        }
        double seconds = fit(used, length == null ? Double.NaN : length.toMillis() / 1000.0);
        return new Estimate(Duration.ofMillis(Math.round(Math.max(1, seconds) * 1000)), Estimate.Basis.HISTORY,
                used.size());
    }

    /** Seconds expected for a video of {@code length} seconds (NaN when unknown). */
    static double fit(List<Sample> used, double length) {
        List<Sample> sized = used.stream().filter(s -> s.length() != null && s.length() > 0).toList();
        if (Double.isNaN(length) || sized.isEmpty()) {
            return median(used.stream().mapToDouble(Sample::seconds).toArray());
        }
        double min = sized.stream().mapToDouble(Sample::length).min().orElse(0);
        double max = sized.stream().mapToDouble(Sample::length).max().orElse(0);
        if (sized.size() >= 4 && max - min >= SPREAD_SECONDS) {
            // Theil-Sen: the median of pairwise slopes, then the median intercept.
            List<Double> slopes = new ArrayList<>();
            for (int i = 0; i < sized.size(); i++) {
                for (int j = i + 1; j < sized.size(); j++) {
                    double dl = sized.get(j).length() - sized.get(i).length();
                    if (Math.abs(dl) >= 1) {
                        slopes.add((sized.get(j).seconds() - sized.get(i).seconds()) / dl);
                    }
                }
            }
            double slope = Math.max(0, median(slopes.stream().mapToDouble(Double::doubleValue).toArray()));
            double intercept = median(sized.stream().mapToDouble(s -> s.seconds() - slope * s.length()).toArray());
            return Math.max(0, intercept) + slope * length;
        }
        // Too few lengths for a line: the rule of thumb's shape, scaled by how far off it was here.
        double ratio = median(sized.stream().mapToDouble(s -> s.seconds() / Estimates.guessSeconds(s.length())).toArray());
        return ratio * Estimates.guessSeconds(length);
    }

    private static List<Sample> newest(List<Sample> samples) {
        return samples.size() <= RECENT ? samples : samples.subList(samples.size() - RECENT, samples.size());
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }
}
