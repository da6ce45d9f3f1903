// Builds and signs NEAR transactions with near-api-js and prints them as JSON test vectors.
//
// How to regenerate near-api-js-vectors.json (outside the repo, the npm registry must be reachable):
//   mkdir -p /tmp/najs && cd /tmp/najs && npm init -y && \
//     npm install @near-js/transactions@2.5.1 @near-js/crypto@2.5.1
//   cp <repo>/chain/src/test/resources/primitives/make-vectors.mjs /tmp/najs/ && \
//     node /tmp/najs/make-vectors.mjs > <repo>/chain/src/test/resources/primitives/near-api-js-vectors.json
//
// Keys come from fixed seeds, so the output is deterministic (ed25519 and RFC 6979 ECDSA).
// The JSON describes each transaction in our own neutral shape ("expect") next to the bytes
// near-api-js produced ("signedTransactionBase64"), so the Java tests can check every field.
import { createHash } from "node:crypto";
import {
  actionCreators, createTransaction, encodeTransaction, encodeDelegateAction, buildDelegateAction,
  SignedTransaction, Signature, GlobalContractDeployMode, GlobalContractIdentifier,
} from "@near-js/transactions";
import { KeyPair, KeyType } from "@near-js/crypto";
import { baseEncode } from "@near-js/utils";
import { ed25519 } from "@noble/curves/ed25519";
import secp256k1 from "secp256k1";

const sha256 = (bytes) => new Uint8Array(createHash("sha256").update(bytes).digest());
const seed = (label) => sha256(new TextEncoder().encode(label));

function ed25519Key(label) {
  const s = seed(label);
  const extended = new Uint8Array([...s, ...ed25519.getPublicKey(s)]);
  return KeyPair.fromString("ed25519:" + baseEncode(extended));
}

function secp256k1Key(label) {
  const s = seed(label);
  const pub = secp256k1.publicKeyCreate(s, false).slice(1);
  return KeyPair.fromString("secp256k1:" + baseEncode(new Uint8Array([...s, ...pub])));
}

const alice = ed25519Key("aidev alice");
const bob = ed25519Key("aidev bob");
const relayer = ed25519Key("aidev relayer");
const carol = secp256k1Key("aidev carol");
const blockHash = seed("aidev block");
const NEAR = 10n ** 24n;
const U128_MAX = (1n << 128n) - 1n;
const wasm = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

const {
  createAccount, deployContract, functionCall, transfer, stake, addKey, deleteKey, deleteAccount,
  fullAccessKey, functionCallAccessKey, signedDelegate, deployGlobalContract, useGlobalContract,
} = actionCreators;

const b64 = (bytes) => Buffer.from(bytes).toString("base64");
const pk = (keyPair) => keyPair.getPublicKey().toString();
const sigText = (type, data) => (type === KeyType.ED25519 ? "ed25519:" : "secp256k1:") + baseEncode(data);

function sign(keyPair, message) {
  const { signature } = keyPair.sign(message);
  return new Signature({ keyType: keyPair.getPublicKey().keyType, data: signature });
}

const vectors = [];

function add(name, signer, signerId, receiverId, nonce, actions, expectActions) {
  const tx = createTransaction(signerId, signer.getPublicKey(), receiverId, nonce, actions, blockHash);
  const hash = sha256(encodeTransaction(tx));
  const signature = sign(signer, hash);
  const signed = new SignedTransaction({ transaction: tx, signature });
  vectors.push({
    name,
    signedTransactionBase64: b64(signed.encode()),
    transactionBase64: b64(encodeTransaction(tx)),
    hash: baseEncode(hash),
    expect: {
      signerId, publicKey: pk(signer), nonce: nonce.toString(), receiverId,
      blockHash: baseEncode(blockHash), actions: expectActions,
      signature: sigText(signature.signatureType, signature.data),
    },
  });
}

add("create_account", alice, "alice.test.near", "sub.alice.test.near", 1n,
  [createAccount(), transfer(5n * NEAR), addKey(bob.getPublicKey(), fullAccessKey())],
  [{ type: "CreateAccount" }, { type: "Transfer", deposit: (5n * NEAR).toString() },
   { type: "AddKey", publicKey: pk(bob), accessKey: { nonce: "0", permission: "FullAccess" } }]);

add("deploy_contract", alice, "alice.test.near", "alice.test.near", 2n,
  [deployContract(wasm)],
  [{ type: "DeployContract", codeBase64: b64(wasm) }]);

add("function_call", alice, "alice.test.near", "book.test.near", 3n,
  [functionCall("add_message", { text: "hi" }, 30_000_000_000_000n, NEAR / 10n)],
  [{ type: "FunctionCall", methodName: "add_message", argsBase64: b64(Buffer.from('{"text":"hi"}')),
     gas: "30000000000000", deposit: (NEAR / 10n).toString() }]);

add("transfer_u128_max_and_u64_max_nonce", alice, "alice.test.near", "bob.test.near", (1n << 64n) - 1n,
  [transfer(1n), transfer(U128_MAX), transfer(0n)],
  [{ type: "Transfer", deposit: "1" }, { type: "Transfer", deposit: U128_MAX.toString() },
   { type: "Transfer", deposit: "0" }]);

add("stake", alice, "alice.test.near", "alice.test.near", 5n,
  [stake(100_000n * NEAR, bob.getPublicKey())],
  [{ type: "Stake", stake: (100_000n * NEAR).toString(), publicKey: pk(bob) }]);

add("add_function_call_keys", alice, "alice.test.near", "alice.test.near", 6n,
  [addKey(bob.getPublicKey(), functionCallAccessKey("book.test.near", ["add_message", "get_messages"], NEAR / 4n)),
   addKey(carol.getPublicKey(), functionCallAccessKey("book.test.near", [], null))],
  [{ type: "AddKey", publicKey: pk(bob), accessKey: { nonce: "0", permission: "FunctionCall",
       allowance: (NEAR / 4n).toString(), receiverId: "book.test.near", methodNames: ["add_message", "get_messages"] } },
   { type: "AddKey", publicKey: pk(carol), accessKey: { nonce: "0", permission: "FunctionCall",
       allowance: null, receiverId: "book.test.near", methodNames: [] } }]);

add("delete_key", alice, "alice.test.near", "alice.test.near", 7n,
  [deleteKey(bob.getPublicKey())],
  [{ type: "DeleteKey", publicKey: pk(bob) }]);

add("delete_account", alice, "sub.alice.test.near", "sub.alice.test.near", 8n,
  [deleteAccount("alice.test.near")],
  [{ type: "DeleteAccount", beneficiaryId: "alice.test.near" }]);

add("global_contracts", alice, "alice.test.near", "alice.test.near", 9n,
  [deployGlobalContract(wasm, new GlobalContractDeployMode({ CodeHash: {} })),
   deployGlobalContract(wasm, new GlobalContractDeployMode({ AccountId: {} })),
   useGlobalContract(new GlobalContractIdentifier({ CodeHash: sha256(wasm) })),
   useGlobalContract(new GlobalContractIdentifier({ AccountId: "alice.test.near" }))],
  [{ type: "DeployGlobalContract", codeBase64: b64(wasm), deployMode: "CodeHash" },
   { type: "DeployGlobalContract", codeBase64: b64(wasm), deployMode: "AccountId" },
   { type: "UseGlobalContract", codeHash: baseEncode(sha256(wasm)) },
   { type: "UseGlobalContract", accountId: "alice.test.near" }]);

add("secp256k1_signer", carol, "carol.test.near", "bob.test.near", 10n,
  [transfer(NEAR)],
  [{ type: "Transfer", deposit: NEAR.toString() }]);

// NEP-366 meta transaction: alice signs a delegate action, the relayer wraps it in its own transaction.
const delegateAction = buildDelegateAction({
  senderId: "alice.test.near", receiverId: "book.test.near",
  actions: [functionCall("add_message", { text: "gasless" }, 10_000_000_000_000n, 0n), transfer(1n)],
  nonce: 11n, maxBlockHeight: 1000n, publicKey: alice.getPublicKey(),
});
const delegateHash = sha256(encodeDelegateAction(delegateAction));
const delegateSignature = sign(alice, delegateHash);
add("delegate", relayer, "relayer.test.near", "alice.test.near", 12n,
  [signedDelegate({ delegateAction, signature: delegateSignature })],
  [{ type: "Delegate", senderId: "alice.test.near", receiverId: "book.test.near", nonce: "11",
     maxBlockHeight: "1000", publicKey: pk(alice), signature: sigText(KeyType.ED25519, delegateSignature.data),
     nep461Hash: baseEncode(delegateHash),
     actions: [
       { type: "FunctionCall", methodName: "add_message", argsBase64: b64(Buffer.from('{"text":"gasless"}')),
         gas: "10000000000000", deposit: "0" },
       { type: "Transfer", deposit: "1" }] }]);

const keys = Object.fromEntries([["alice", alice], ["bob", bob], ["relayer", relayer], ["carol", carol]]
  .map(([n, k]) => [n, { publicKey: pk(k), secretKey: k.toString() }]));
console.log(JSON.stringify({
  generator: "chain/src/test/resources/primitives/make-vectors.mjs with @near-js/transactions@2.5.1 and @near-js/crypto@2.5.1",
  keys, vectors,
}, null, 2));
