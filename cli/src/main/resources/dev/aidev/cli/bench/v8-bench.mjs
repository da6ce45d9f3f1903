// The physical reference for `aidev bench vm`: the same contract in node's V8, with NEAR's host
// functions stubbed (registers, input, value_return and storage in plain JS maps, no gas metering).
// Usage: node v8-bench.mjs <wasm> <method> <input-file|-> <seconds>
// Prints {"calls": n, "seconds": s, "first_ms": t} as JSON.
import { readFileSync } from 'node:fs';

const [wasmPath, method, inputPath, secondsArg] = process.argv.slice(2);
const bytes = readFileSync(wasmPath);
const input = inputPath === '-' ? new Uint8Array(0) : new Uint8Array(readFileSync(inputPath));
const seconds = Number(secondsArg);

function instantiate(module) {
  const registers = new Map();
  const storage = new Map();
  let memory;
  const mem = () => new Uint8Array(memory.buffer);
  const read = (ptr, len) => mem().slice(Number(ptr), Number(ptr) + Number(len));
  const env = {
    input: (reg) => { registers.set(reg, input); },
    register_len: (reg) => (registers.has(reg) ? BigInt(registers.get(reg).length) : 0xffffffffffffffffn),
    read_register: (reg, ptr) => { mem().set(registers.get(reg), Number(ptr)); },
    value_return: (len, ptr) => { read(ptr, len); },
    storage_write: (kl, kp, vl, vp, reg) => {
      const key = Buffer.from(read(kp, kl)).toString('base64');
      const had = storage.has(key);
      storage.set(key, read(vp, vl));
      return had ? 1n : 0n;
    },
  };
  const instance = new WebAssembly.Instance(module, { env });
  memory = instance.exports.memory || null;
  if (!memory) {
    // The contract's memory is not exported: find it through a defined-memory export fallback.
    throw new Error('the benchmark contract must export its memory');
  }
  return instance;
}

const t0 = process.hrtime.bigint();
const module = new WebAssembly.Module(bytes);
instantiate(module).exports[method]();
const firstMs = Number(process.hrtime.bigint() - t0) / 1e6;

let calls = 0;
const start = process.hrtime.bigint();
const limit = BigInt(Math.round(seconds * 1e9));
while (process.hrtime.bigint() - start < limit || calls < 5) {
  instantiate(module).exports[method]();
  calls++;
}
const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ calls, seconds: elapsed, first_ms: firstMs }));
