;; A contract for the chain's runtime tests: storage, failures, cross-contract calls (then, and,
;; promise_return), gas weights, yield/resume and storage staking. Account ids come in as the raw
;; input bytes; results are logged so tests can follow the receipts.
;; Built with: wat2wasm runtime_probe.wat -o runtime_probe.wasm (WABT).
(module
  (import "env" "input" (func $input (param i64)))
  (import "env" "register_len" (func $register_len (param i64) (result i64)))
  (import "env" "read_register" (func $read_register (param i64 i64)))
  (import "env" "storage_write" (func $storage_write (param i64 i64 i64 i64 i64) (result i64)))
  (import "env" "storage_read" (func $storage_read (param i64 i64 i64) (result i64)))
  (import "env" "value_return" (func $value_return (param i64 i64)))
  (import "env" "log_utf8" (func $log_utf8 (param i64 i64)))
  (import "env" "panic_utf8" (func $panic_utf8 (param i64 i64)))
  (import "env" "current_account_id" (func $current_account_id (param i64)))
  (import "env" "attached_deposit" (func $attached_deposit (param i64)))
  (import "env" "promise_create" (func $promise_create (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (import "env" "promise_then" (func $promise_then (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (import "env" "promise_and" (func $promise_and (param i64 i64) (result i64)))
  (import "env" "promise_return" (func $promise_return (param i64)))
  (import "env" "promise_results_count" (func $promise_results_count (result i64)))
  (import "env" "promise_result" (func $promise_result (param i64 i64) (result i64)))
  (import "env" "promise_batch_create" (func $promise_batch_create (param i64 i64) (result i64)))
  (import "env" "promise_batch_action_function_call_weight"
    (func $fc_weight (param i64 i64 i64 i64 i64 i64 i64 i64)))
  (import "env" "promise_yield_create" (func $yield_create (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (import "env" "promise_yield_resume" (func $yield_resume (param i64 i64 i64 i64) (result i32)))
  (memory 2)
  (data (i32.const 0) "store")
  (data (i32.const 8) "fail")
  (data (i32.const 16) "callback")
  (data (i32.const 32) "hello")
  (data (i32.const 40) "echo")
  (data (i32.const 48) "42")
  (data (i32.const 56) "boom")
  (data (i32.const 72) "failed")
  (data (i32.const 80) "done")
  (data (i32.const 88) "k")
  (data (i32.const 96) "f")
  (data (i32.const 104) "cb")
  (data (i32.const 112) "before")
  (data (i32.const 120) "on_resume")
  (data (i32.const 136) "yid")
  (data (i32.const 160) "yield timeout")
  (data (i32.const 176) "resumed")
  (data (i32.const 192) "x")
  (data (i32.const 200) "not resumed")
  ;; 256: u128 zero; 272: attached deposit; 512: promise indices for promise_and
  (data (i32.const 1024) "ok:")
  (data (i32.const 2048) "payload:")

  ;; 20 Tgas for each promise
  (global $gas i64 (i64.const 20000000000000))

  ;; echo(): returns its input
  (func (export "echo")
    (call $input (i64.const 0))
    (call $value_return (i64.const -1) (i64.const 0)))

  ;; store(): writes the input under "k" and returns it
  (func (export "store")
    (call $input (i64.const 0))
    (drop (call $storage_write (i64.const 1) (i64.const 88) (i64.const -1) (i64.const 0) (i64.const 1)))
    (call $value_return (i64.const -1) (i64.const 0)))

  ;; fail(): writes "f" then panics with "boom" (the write must be rolled back)
  (func (export "fail")
    (drop (call $storage_write (i64.const 1) (i64.const 96) (i64.const 1) (i64.const 192) (i64.const 1)))
    (call $panic_utf8 (i64.const 4) (i64.const 56)))

  ;; then(p) -> callback on this account
  (func $then_callback (param $p i64) (result i64)
    (call $current_account_id (i64.const 3))
    (call $promise_then (local.get $p) (i64.const -1) (i64.const 3) (i64.const 8) (i64.const 16)
      (i64.const 0) (i64.const 0) (i64.const 256) (global.get $gas)))

  ;; call_store(<account>): <account>.store("hello") then callback; returns the callback's result
  (func (export "call_store")
    (call $input (i64.const 2))
    (call $promise_return (call $then_callback
      (call $promise_create (i64.const -1) (i64.const 2) (i64.const 5) (i64.const 0) (i64.const 5) (i64.const 32)
        (i64.const 256) (global.get $gas)))))

  ;; call_fail(<account>): writes "before", then <account>.fail() with the attached deposit, then callback
  (func (export "call_fail")
    (call $input (i64.const 2))
    (call $attached_deposit (i64.const 272))
    (drop (call $storage_write (i64.const 6) (i64.const 112) (i64.const 1) (i64.const 192) (i64.const 1)))
    (call $promise_return (call $then_callback
      (call $promise_create (i64.const -1) (i64.const 2) (i64.const 4) (i64.const 8) (i64.const 0) (i64.const 0)
        (i64.const 272) (global.get $gas)))))

  ;; call_and(<account>): (<account>.store("hello") & <account>.fail()) then callback
  (func (export "call_and")
    (call $input (i64.const 2))
    (i64.store (i32.const 512)
      (call $promise_create (i64.const -1) (i64.const 2) (i64.const 5) (i64.const 0) (i64.const 5) (i64.const 32)
        (i64.const 256) (global.get $gas)))
    (i64.store (i32.const 520)
      (call $promise_create (i64.const -1) (i64.const 2) (i64.const 4) (i64.const 8) (i64.const 0) (i64.const 0)
        (i64.const 256) (global.get $gas)))
    (call $promise_return (call $then_callback (call $promise_and (i64.const 512) (i64.const 2)))))

  ;; call_return(<account>): returns the promise <account>.echo("42")
  (func (export "call_return")
    (call $input (i64.const 2))
    (call $promise_return
      (call $promise_create (i64.const -1) (i64.const 2) (i64.const 4) (i64.const 40) (i64.const 2) (i64.const 48)
        (i64.const 256) (global.get $gas))))

  ;; call_weights(<account>): two calls of <account>.echo("x") with no static gas and weights 1 and 3
  (func (export "call_weights")
    (call $input (i64.const 2))
    (call $fc_weight (call $promise_batch_create (i64.const -1) (i64.const 2))
      (i64.const 4) (i64.const 40) (i64.const 1) (i64.const 192) (i64.const 256) (i64.const 0) (i64.const 1))
    (call $fc_weight (call $promise_batch_create (i64.const -1) (i64.const 2))
      (i64.const 4) (i64.const 40) (i64.const 1) (i64.const 192) (i64.const 256) (i64.const 0) (i64.const 3)))

  ;; callback(): logs "ok:<value>" or "failed" for each promise result, stores "cb", returns "done"
  (func (export "callback") (local $n i64) (local $i i64)
    (local.set $n (call $promise_results_count))
    (block $end
      (loop $next
        (br_if $end (i64.ge_u (local.get $i) (local.get $n)))
        (if (i64.eq (call $promise_result (local.get $i) (i64.const 1)) (i64.const 1))
          (then
            (call $read_register (i64.const 1) (i64.const 1027))
            (call $log_utf8 (i64.add (i64.const 3) (call $register_len (i64.const 1))) (i64.const 1024)))
          (else (call $log_utf8 (i64.const 6) (i64.const 72))))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $next)))
    (drop (call $storage_write (i64.const 2) (i64.const 104) (i64.const 1) (i64.const 192) (i64.const 1)))
    (call $value_return (i64.const 4) (i64.const 80)))

  ;; write_lots(): writes 20 values of 5000 bytes under the one-byte keys 0..19
  (func (export "write_lots") (local $i i32)
    (block $end
      (loop $next
        (br_if $end (i32.ge_u (local.get $i) (i32.const 20)))
        (i32.store8 (i32.const 600) (local.get $i))
        (drop (call $storage_write (i64.const 1) (i64.const 600) (i64.const 5000) (i64.const 8192) (i64.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  ;; yield(): promise_yield_create(on_resume), stores the data id under "yid" and returns it
  (func (export "yield")
    (drop (call $yield_create (i64.const 9) (i64.const 120) (i64.const 0) (i64.const 0)
      (global.get $gas) (i64.const 0) (i64.const 0)))
    (drop (call $storage_write (i64.const 3) (i64.const 136) (i64.const -1) (i64.const 0) (i64.const 1)))
    (call $value_return (i64.const -1) (i64.const 0)))

  ;; resume(<payload>): resumes the stored yield with the input; logs "resumed" or "not resumed".
  ;; The payload is passed from memory: nearcore charges yield_resume_byte * payload_len before
  ;; reading, so a register (len u64::MAX) would be IntegerOverflow.
  (func (export "resume")
    (call $input (i64.const 0))
    (call $read_register (i64.const 0) (i64.const 4096))
    (drop (call $storage_read (i64.const 3) (i64.const 136) (i64.const 1)))
    (if (i32.eq (call $yield_resume (i64.const -1) (i64.const 1)
                  (call $register_len (i64.const 0)) (i64.const 4096)) (i32.const 1))
      (then (call $log_utf8 (i64.const 7) (i64.const 176)))
      (else (call $log_utf8 (i64.const 11) (i64.const 200)))))

  ;; on_resume(): logs "payload:<data>" or "yield timeout"
  (func (export "on_resume")
    (if (i64.eq (call $promise_result (i64.const 0) (i64.const 1)) (i64.const 1))
      (then
        (call $read_register (i64.const 1) (i64.const 2056))
        (call $log_utf8 (i64.add (i64.const 8) (call $register_len (i64.const 1))) (i64.const 2048)))
      (else (call $log_utf8 (i64.const 13) (i64.const 160))))))
