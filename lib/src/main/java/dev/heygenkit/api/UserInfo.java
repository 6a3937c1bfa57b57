package dev.heygenkit.api;

/**
 * The account behind the key, from {@code GET /v3/users/me}, with the billing block that applies:
 * {@code wallet} (API keys), {@code subscription} (OAuth apps) or {@code usageBased}.
 *
 * @param username     the username
 * @param email        e-mail address, or null
 * @param firstName    first name, or null
 * @param lastName     last name, or null
 * @param billingType  {@code wallet}, {@code subscription}, {@code usage_based} or null
 * @param wallet       API wallet balance, when billed by wallet
 * @param subscription plan and credits, when billed by subscription
 * @param usageBased   credits and spending, when billed by usage
 */
public record UserInfo(String username, String email, String firstName, String lastName, String billingType,
                       Wallet wallet, Subscription subscription, UsageBased usageBased) {

    /**
     * A prepaid API wallet.
     *
     * @param currency         {@code usd} or {@code credits}
     * @param remainingBalance what is left, or null
     * @param autoReload       automatic top-up settings, or null
     */
    public record Wallet(String currency, Double remainingBalance, AutoReload autoReload) {
    }

    /**
     * Automatic wallet top-up.
     *
     * @param enabled      whether it is on
     * @param amountUsd    top-up amount
     * @param thresholdUsd balance that triggers a top-up
     */
    public record AutoReload(Boolean enabled, Double amountUsd, Double thresholdUsd) {
    }

    /**
     * A subscription plan and its credits.
     *
     * @param plan    {@code free}, {@code starter}, {@code creator}, {@code pro}, {@code team}, {@code enterprise} or
     *                {@code business_plus}
     * @param credits credit balances
     */
    public record Subscription(String plan, Credits credits) {
    }

    /**
     * Subscription credit balances.
     *
     * @param premiumCredits plan credits, or null
     * @param addOnCredits   purchased extra credits, or null
     */
    public record Credits(CreditBalance premiumCredits, CreditBalance addOnCredits) {
    }

    /**
     * One credit balance.
     *
     * @param remaining credits left, or null
     * @param resetsAt  when it resets (ISO-8601), or null
     */
    public record CreditBalance(Long remaining, String resetsAt) {
    }

    /**
     * Usage-based billing.
     *
     * @param includedCredits     credits included in the period
     * @param remainingCredits    credits left
     * @param spendingCapUsd      spending limit
     * @param spendingCurrentUsd  spent so far
     */
    public record UsageBased(Double includedCredits, Double remainingCredits, Double spendingCapUsd,
                             Double spendingCurrentUsd) {
    }
}
