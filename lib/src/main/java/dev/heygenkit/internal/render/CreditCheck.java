package dev.heygenkit.internal.render;

import dev.heygenkit.HeyGenException;
import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.api.UserInfo;
import dev.heygenkit.api.VideoRequest;
import dev.heygenkit.internal.http.Bytes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The credit check before spending: reads {@code GET /v3/users/me} (cached {@value #FRESH_SECONDS} s per client) and
 * reports when the remaining balance cannot cover the estimated cost. The estimate is HeyGen's indicative price for
 * direct avatar video, {@value #USD_PER_SECOND} USD per second (HEYGEN-V3.md §11), times the expected length from
 * {@link Estimates#videoLength}; videos whose length cannot be told (audio files, templates) count as free, so the
 * check only ever errs on the side of letting a render through. Balances in credits rather than USD (subscriptions,
 * credit wallets) have no published exchange rate, so only an empty balance is reported for them. Creating an avatar
 * or cloning a voice has no published price either: there the check reports an empty balance only.
 *
 * <pre>{@code List<Problem> p = CreditCheck.problems(ctx, List.of(request));}</pre>
 */
public final class CreditCheck {
    /** USD per second of rendered avatar video: HeyGen's indicative direct-video price. */
    public static final double USD_PER_SECOND = 0.0333;
    static final int FRESH_SECONDS = 30;

    private CreditCheck() {
    }

    /** What a client last learnt about its balance, and when. */
    static final class Cache {
        private volatile Instant at;
        private volatile Balance balance;
    }

    /**
     * A balance as the check reads it.
     *
     * @param usd     USD that may still be spent, or null when the account counts in credits
     * @param credits credits left, or null when the account counts in USD
     * @param source  where it came from, e.g. {@code wallet}, for messages
     */
    record Balance(Double usd, Double credits, String source) {
        static final Balance UNKNOWN = new Balance(null, null, "unknown");

        boolean empty() {
            return usd != null && usd <= 0 || usd == null && credits != null && credits <= 0;
        }
    }

    /**
     * An estimate of what requests cost.
     *
     * @param seconds video seconds of the requests whose length can be told
     * @param usd     their cost at {@link #USD_PER_SECOND}
     * @param videos  how many requests
     * @param unknown how many of them have a length that cannot be told
     */
    public record Estimate(double seconds, double usd, int videos, int unknown) {
        /** One line, e.g. {@code about 12 s of video, ≈ $0.40 at $0.0333/s (HeyGen's indicative price)}. */
        public String describe() {
            String known = String.format(Locale.ROOT, "about %s of video, ≈ $%.2f at $%s/s (HeyGen's indicative price)",
                    Bytes.clock(Duration.ofSeconds(Math.round(seconds))), usd, USD_PER_SECOND);
            if (unknown == 0) {
                return known;
            }
            String what = unknown + (unknown == 1 ? " video" : " videos") + " of unknown length (audio or template)";
            return unknown == videos ? what + ", so no estimate" : known + ", plus " + what;
        }
    }

    /** What the requests cost at the indicative price; no I/O. */
    public static Estimate estimate(List<? extends VideoRequest> requests) {
        double seconds = 0;
        int unknown = 0;
        for (VideoRequest r : requests) {
            Duration length = Estimates.videoLength(r);
            if (length == null) {
                unknown++;
            } else {
                seconds += length.toMillis() / 1000.0;
            }
        }
        return new Estimate(seconds, Math.round(seconds * USD_PER_SECOND * 100) / 100.0, requests.size(), unknown);
    }

    /**
     * The problems of spending on {@code requests} (one render, or every row of a batch): an error when the known
     * balance is below the estimate, none when the balance cannot be read.
     */
    public static List<Problem> problems(RenderContext ctx, List<? extends VideoRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Estimate e = estimate(requests);
        Balance b = balance(ctx);
        String what = requests.size() == 1 ? "this render needs" : "these " + requests.size() + " videos need";
        String ignore = "; top up, or .ignore(\"" + ProblemCodes.CREDIT_INSUFFICIENT + "\") if the estimate is off";
        if (b.usd() != null && e.usd() > b.usd() + 1e-9) {
            return List.of(Problem.error(ProblemCodes.CREDIT_INSUFFICIENT, null, String.format(Locale.ROOT,
                    "%s %s, but the %s has $%.2f left%s", what, e.describe(), b.source(), b.usd(), ignore)));
        }
        if (b.usd() == null && b.credits() != null && b.credits() <= 0) {
            return List.of(Problem.error(ProblemCodes.CREDIT_INSUFFICIENT, null, what + " credit, but the "
                    + b.source() + " has none left" + ignore));
        }
        return List.of();
    }

    /** The problems of creating an avatar or cloning a voice ({@code what}): an error when the balance is empty. */
    public static List<Problem> forCreation(RenderContext ctx, String what) {
        Balance b = balance(ctx);
        if (!b.empty()) {
            return List.of();
        }
        return List.of(Problem.error(ProblemCodes.CREDIT_INSUFFICIENT, null, "creating " + what + " needs credit, but the "
                + b.source() + " is empty; top up, or .ignore(\"" + ProblemCodes.CREDIT_INSUFFICIENT + "\") to try anyway"));
    }

    /**
     * How many seconds of avatar video an account's USD balance buys at {@link #USD_PER_SECOND}, or null when the
     * balance is in credits or unknown.
     */
    public static Double videoSecondsCovered(UserInfo me) {
        Balance b = of(me);
        return b.usd() == null ? null : Math.max(0, b.usd()) / USD_PER_SECOND;
    }

    /** The balance, read at most every {@value #FRESH_SECONDS} s per client; unknown when it cannot be read. */
    static Balance balance(RenderContext ctx) {
        Cache cache = ctx.credit();
        Instant now = ctx.clock().instant();
        Instant at = cache.at;
        if (at != null && cache.balance != null && Duration.between(at, now).getSeconds() < FRESH_SECONDS) {
            return cache.balance;
        }
        Balance b;
        try {
            b = of(ctx.users().me());
        } catch (HeyGenException e) {
            // A check that cannot read the balance says nothing: the create call still answers 402 when it must.
            return Balance.UNKNOWN;
        }
        cache.balance = b;
        cache.at = now;
        return b;
    }

    /** The spendable balance of an account, by its billing type. */
    static Balance of(UserInfo me) {
        if (me.wallet() != null && me.wallet().remainingBalance() != null) {
            boolean usd = !"credits".equalsIgnoreCase(me.wallet().currency());
            double left = me.wallet().remainingBalance();
            return usd ? new Balance(left, null, "wallet") : new Balance(null, left, "wallet");
        }
        if (me.usageBased() != null) {
            UserInfo.UsageBased u = me.usageBased();
            Double headroom = u.spendingCapUsd() != null && u.spendingCurrentUsd() != null
                    ? u.spendingCapUsd() - u.spendingCurrentUsd() : null;
            if (headroom != null || u.remainingCredits() != null) {
                return new Balance(headroom, u.remainingCredits(), headroom != null ? "spending cap" : "plan");
            }
        }
        if (me.subscription() != null && me.subscription().credits() != null) {
            UserInfo.Credits c = me.subscription().credits();
            if (c.premiumCredits() != null || c.addOnCredits() != null) {
                double left = remaining(c.premiumCredits()) + remaining(c.addOnCredits());
                return new Balance(null, left, "subscription");
            }
        }
        return Balance.UNKNOWN;
    }

    private static double remaining(UserInfo.CreditBalance b) {
        return b == null || b.remaining() == null ? 0 : b.remaining();
    }
}
