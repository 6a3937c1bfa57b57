package dev.heygenkit.cli;

import dev.heygenkit.api.UserInfo;
import picocli.CommandLine.Command;

import java.util.Locale;

/** {@code heygen quota}: who the key belongs to and how much credit is left ({@code GET /v3/users/me}). */
@Command(name = "quota", description = "Show the account behind the key and its remaining credit.")
final class QuotaCommand extends Base {
    @Override
    public Integer call() {
        UserInfo me = client().users().me();
        if (json()) {
            printJson(me);
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
        t.print(io().out());
        return Main.OK;
    }
}
