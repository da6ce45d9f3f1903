package dev.aidev.sdk.testing;

import java.util.List;

/**
 * A promise the contract created during a call, as {@link MockBlockchain} recorded it.
 * {@code receiverId} is null for a joint promise ({@code promise_and}), whose {@code after} lists
 * the joined promises; otherwise {@code after} holds the promise it runs after, if any.
 * Actions are written canonically: {@code CreateAccount}, {@code DeployContract(<code length>)},
 * {@code FunctionCall(<method>, <args>, <deposit>, <gas>)},
 * {@code FunctionCallWeight(<method>, <args>, <deposit>, <gas>, <weight>)},
 * {@code Transfer(<amount>)}, {@code Stake(<amount>, <key>)}, {@code AddKey(<key>, <nonce>)},
 * {@code AddKey(<key>, <nonce>, <allowance or null>, <receiver>, <methods>)},
 * {@code DeleteKey(<key>)}, {@code DeleteAccount(<beneficiary>)}.
 */
public record PromiseRecord(long index, String receiverId, List<Long> after, List<String> actions) {
    public PromiseRecord {
        after = List.copyOf(after);
        actions = List.copyOf(actions);
    }
}
