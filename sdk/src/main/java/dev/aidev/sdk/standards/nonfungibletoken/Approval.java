package dev.aidev.sdk.standards.nonfungibletoken;

import dev.aidev.sdk.AccountId;

/**
 * One NEP-178 approval of a token: {@code accountId} may transfer it until the owner revokes the
 * approval or the token changes hands. In the token's JSON the approvals are an object
 * {@code {"<account_id>": <approval_id>, ...}}.
 */
public record Approval(AccountId accountId, long approvalId) {}
