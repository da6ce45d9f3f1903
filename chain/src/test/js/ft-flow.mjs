// Drives the Java fungible token (examples/fungible-token, compiled by aidev) through near-api-js
// only, as a dApp would: accounts, deploy, init, NEP-148/145/141 views and calls, events, errors.
// Usage: node ft-flow.mjs <rpc url> <key file of the root account> <fungible-token.wasm> <its .abi.json>
// Prints one JSON summary line on stdout; cli's FungibleTokenNearApiJsTest asserts on it.
import { readFileSync } from "node:fs";
import { Account, Contract, JsonRpcProvider, KeyPair, KeyPairSigner, nearToYocto } from "near-api-js";

const [url, keyFile, wasmFile, abiFile] = process.argv.slice(2);
const creds = JSON.parse(readFileSync(keyFile, "utf8"));
const provider = new JsonRpcProvider({ url });
const root = new Account(creds.account_id, provider, KeyPairSigner.fromSecretKey(creds.private_key));
const summary = {};

// 1. The token, alice and bob: sub-accounts of the root, each with its own full-access key.
async function subAccount(prefix, near) {
  const accountId = `${prefix}.${creds.account_id}`;
  const key = KeyPair.fromRandom("ed25519");
  await root.createSubAccount({ accountOrPrefix: accountId, publicKey: key.getPublicKey(), nearToTransfer: nearToYocto(near) });
  return new Account(accountId, provider, new KeyPairSigner(key));
}
const token = await subAccount("token", 10);
const alice = await subAccount("alice", 5);
const bob = await subAccount("bob", 5);
summary.tokenId = token.accountId;
summary.aliceId = alice.accountId;
summary.bobId = bob.accountId;

// 2. Deploy the compiled token, then initialize it as near-sdk-rs's FT example is initialized.
const deployed = await token.deployContract(new Uint8Array(readFileSync(wasmFile)));
summary.deployStatus = deployed.status;
// The ABI aidev wrote beside the wasm: near-api-js validates every call's arguments against it.
const abi = JSON.parse(readFileSync(abiFile, "utf8"));
const ft = new Contract({ contractId: token.accountId, provider, abi });
const TOTAL_SUPPLY = "1000000000000000000000000000"; // 1,000 tokens of 24 decimals
summary.initResult = await ft.call.new_default_meta({
  account: token,
  args: { owner_id: alice.accountId, total_supply: TOTAL_SUPPLY },
}) ?? null;

// 3. NEP-148 and NEP-141 views.
summary.metadata = await ft.view.ft_metadata();
summary.totalSupply = await ft.view.ft_total_supply();
summary.aliceInitial = await ft.view.ft_balance_of({ args: { account_id: alice.accountId } });
summary.bobInitial = await ft.view.ft_balance_of({ args: { account_id: bob.accountId } });

// 4. NEP-145: bob registers, paying the minimum storage_balance_bounds asks for.
summary.storageBounds = await ft.view.storage_balance_bounds();
summary.bobStorageBefore = await ft.view.storage_balance_of({ args: { account_id: bob.accountId } }) ?? null;
summary.bobDeposit = await ft.call.storage_deposit({
  account: bob,
  args: { account_id: bob.accountId },
  deposit: BigInt(summary.storageBounds.min),
});
summary.bobStorageAfter = await ft.view.storage_balance_of({ args: { account_id: bob.accountId } });

// 5. ft_transfer with exactly 1 yoctoNEAR; the NEP-141 event is in the transaction's logs.
const AMOUNT = "250000000000000000000000000"; // 250 tokens
const transfer = await alice.callFunctionRaw({
  contractId: token.accountId,
  methodName: "ft_transfer",
  args: { receiver_id: bob.accountId, amount: AMOUNT, memo: "near-api-js" },
  deposit: 1n,
});
summary.transferStatus = transfer.status;
summary.transferLogs = transfer.receipts_outcome.flatMap((r) => r.outcome.logs);
const event = summary.transferLogs.find((l) => l.startsWith("EVENT_JSON:"));
summary.transferEvent = event ? JSON.parse(event.slice("EVENT_JSON:".length)) : null;

// 6. ft_transfer without the deposit fails with near-sdk-rs's assert_one_yocto message.
try {
  await ft.call.ft_transfer({ account: bob, args: { receiver_id: alice.accountId, amount: "1" } });
  summary.noDepositError = null;
} catch (e) {
  summary.noDepositErrorType = e.constructor.name;
  summary.noDepositError = e.message;
}

// 7. Balances afterwards: the failed transfer moved nothing.
summary.aliceFinal = await ft.view.ft_balance_of({ args: { account_id: alice.accountId } });
summary.bobFinal = await ft.view.ft_balance_of({ args: { account_id: bob.accountId } });
summary.totalSupplyFinal = await ft.view.ft_total_supply();

console.log(JSON.stringify(summary));
