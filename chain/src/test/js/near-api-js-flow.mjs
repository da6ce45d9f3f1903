// Drives the aidev local chain through near-api-js only, as a dApp would.
// Usage: node near-api-js-flow.mjs <rpc url> <key file of the root account> <contract.wasm>
// The key file is in ~/.near-credentials format: {"account_id", "public_key", "private_key"}.
// Prints one JSON summary line on stdout; NearApiJsTest asserts on it.
import { readFileSync } from "node:fs";
import { Account, JsonRpcProvider, KeyPair, KeyPairSigner, nearToYocto } from "near-api-js";

const [url, keyFile, wasmFile] = process.argv.slice(2);
const creds = JSON.parse(readFileSync(keyFile, "utf8"));
const provider = new JsonRpcProvider({ url });
const root = new Account(creds.account_id, provider, KeyPairSigner.fromSecretKey(creds.private_key));
const summary = {};

// 1. A sub-account with its own full-access key and 20 NEAR.
const contractId = `status.${creds.account_id}`;
const contractKey = KeyPair.fromRandom("ed25519");
const created = await root.createSubAccount({
  accountOrPrefix: contractId,
  publicKey: contractKey.getPublicKey(),
  nearToTransfer: nearToYocto(20),
});
summary.createStatus = created.status;
summary.finalExecutionStatus = created.final_execution_status;
const contract = new Account(contractId, provider, new KeyPairSigner(contractKey));

// 2. Deploy the contract to it.
const deployed = await contract.deployContract(new Uint8Array(readFileSync(wasmFile)));
summary.deployStatus = deployed.status;
summary.codeHash = (await contract.getState()).codeHash;

// 3. A change call with a deposit; the contract logs its input.
const setOutcome = await root.callFunctionRaw({
  contractId,
  methodName: "set_status",
  args: { text: "hello from near-api-js" },
  deposit: nearToYocto("0.1"),
});
summary.setLogs = setOutcome.receipts_outcome.flatMap((r) => r.outcome.logs);
summary.setGasBurnt = setOutcome.transaction_outcome.outcome.gas_burnt;

// 4. A view call.
summary.viewStatus = await provider.callFunction({ contractId, method: "get_status", args: {} });

// 5. A transfer.
const friendId = `friend.${creds.account_id}`;
await root.createSubAccount({ accountOrPrefix: friendId, publicKey: KeyPair.fromRandom("ed25519").getPublicKey(), nearToTransfer: nearToYocto(1) });
await root.transfer({ receiverId: friendId, amount: nearToYocto(2) });
summary.friendBalance = (await provider.viewAccount({ accountId: friendId })).amount.toString();

// 6. A function-call key on the root account, limited to set_status on the contract, then used.
const fcKey = KeyPair.fromRandom("ed25519");
await root.addFunctionCallAccessKey({
  publicKey: fcKey.getPublicKey(),
  contractId,
  methodNames: ["set_status"],
  allowance: nearToYocto("0.5"),
});
const viaKey = new Account(creds.account_id, provider, new KeyPairSigner(fcKey));
const keyCall = await viaKey.callFunctionRaw({ contractId, methodName: "set_status", args: { text: "via function-call key" } });
summary.keyCallSigner = keyCall.transaction.public_key;
summary.fcKeyPublic = fcKey.getPublicKey().toString();
const fcView = await provider.viewAccessKey({ accountId: creds.account_id, publicKey: fcKey.getPublicKey() });
summary.fcKeyPermission = fcView.permission;
summary.statusAfterKeyCall = await provider.callFunction({ contractId, method: "get_status", args: {} });

// 7. A function-call key may not call other methods: near-api-js reports the error.
try {
  await viaKey.callFunctionRaw({ contractId, methodName: "get_status", args: {} });
  summary.wrongMethodError = null;
} catch (e) {
  summary.wrongMethodError = e.constructor.name;
}

// 8. Reading results back.
summary.contractBalance = (await contract.getBalance()).toString();
summary.contractState = (await contract.getContractState()).values.length;
summary.rootKeys = (await root.getAccessKeyList()).keys.length;
try {
  await provider.viewAccount({ accountId: "nobody.test.near" });
  summary.unknownAccountError = null;
} catch (e) {
  summary.unknownAccountError = e.constructor.name;
}
summary.chainId = (await provider.viewNodeStatus()).chain_id;
const tx = await provider.viewTransactionStatus({ txHash: setOutcome.transaction.hash, accountId: creds.account_id });
summary.txStatusHash = tx.transaction.hash;
summary.setTxHash = setOutcome.transaction.hash;

console.log(JSON.stringify(summary));
