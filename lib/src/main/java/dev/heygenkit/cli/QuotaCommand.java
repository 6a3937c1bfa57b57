package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.api.UserInfo;
import dev.heygenkit.internal.http.Bytes;
import dev.heygenkit.internal.http.Json;
import dev.heygenkit.internal.render.CreditCheck;
import picocli.CommandLine.Command;

import java.time.Duration;
import java.util.Locale;

/**
 * {@code heygen quota}: who the key belongs to, how much credit is left ({@code GET /v3/users/me}) and roughly how
 * much avatar video that buys at HeyGen's indicative price.
 */
@Command(name = "quota", footer = {"", "Examples:", "  heygen quota", "  heygen --json quota"}, description = "Show the account behind the key, its remaining credit and what it covers.")
final class QuotaCommand extends Base {
    @Override
    public Integer call() {
        UserInfo me = client().users().me();
        Double seconds = CreditCheck.videoSecondsCovered(me);
        if (json()) {
            ObjectNode o = (ObjectNode) Json.tree(me);
            ObjectNode estimate = o.putObject("estimate");
            estimate.put("usd_per_second", CreditCheck.USD_PER_SECOND);
            estimate.put("video_seconds", seconds == null ? null : (double) Math.round(seconds));
            printJson(o);
            return Main.OK;
        }
        Table t = new Table("FIELD", "VALUE");
        t.row("user", me.username()).row("email", me.email()).row("billing", me.billingType());
        if (me.wallet() != null) {
            t.row("balance", me.wallet().remainingBalance() == null ? null
                    : String.format(Locale.ROOT, "%.2f %s", me.wallet().remainingBalance(), me.wallet().currency()));
        }
        if (me.subscription() != null) {
            t.row("plan", me.subscription().plan());
            var c = me.subscription().credits();
            if (c != null && c.premiumCredits() != null) {
                t.row("premium credits", c.premiumCredits().remaining());
            }
            if (c != null && c.addOnCredits() != null) {
                t.row("add-on credits", c.addOnCredits().remaining());
            }
        }
        if (me.usageBased() != null) {
            t.row("remaining credits", me.usageBased().remainingCredits()).row("spent (USD)", me.usageBased().spendingCurrentUsd())
                    .row("spending cap (USD)", me.usageBased().spendingCapUsd());
        }
        if (seconds != null) {
            t.row("covers", "about " + Bytes.clock(Duration.ofSeconds(Math.round(seconds))) + " of avatar video");
            t.row("at", "$" + CreditCheck.USD_PER_SECOND + "/s (HeyGen's indicative price)");
        }
        t.print(io().out());
        return Main.OK;
    }
}
