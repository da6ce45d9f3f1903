package dev.aidev.sdk.standards.nonfungibletoken;

import dev.aidev.sdk.AccountId;

/**
 * A NEP-199 royalty: {@code accountId} is paid {@code percent} percent of every sale's balance
 * (near-contract-standards' contract-wide {@code Royalties}).
 */
public record Royalty(AccountId accountId, int percent) {}
