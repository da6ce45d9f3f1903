;; A NEP-141 receiver for testing ft_transfer_call (in the spirit of near-sdk-rs's defi test
;; contract). Stateless; any token may call it.
;;   ft_on_transfer({"sender_id", "amount", "msg"})  logs "ft_on_transfer msg=<msg>", then by msg:
;;       decimal digits  returns them as the unused amount, a JSON U128 string ("30" -> "\"30\""):
;;                       the token refunds that much and the receiver keeps the rest
;;       "panic"         panics: the token refunds everything
;;       "call-panic"    returns a promise of its own always_panics: the promise fails, so the
;;                       token refunds everything
;;       "unregister"    returns a promise of the token's storage_unregister({"force":true}) with
;;                       1 yoctoNEAR: the receiver's tokens are burned before the token resolves,
;;                       so nothing can be refunded
;;       anything else   returns "0": keeps everything (near-sdk-rs's defi does so for "take-my-money")
;;   always_panics()   panics with "always_panics panics".
;; msg is taken from the first "msg":" in the input up to the next quote (the token writes the
;; arguments itself, with msg last; a msg with JSON escapes is not supported).
;; Built with scripts/build-contracts.sh (wat2wasm from WABT) into receiver.wasm beside this file.
(module
  (import "env" "input" (func $input (param i64)))
  (import "env" "register_len" (func $register_len (param i64) (result i64)))
  (import "env" "read_register" (func $read_register (param i64 i64)))
  (import "env" "current_account_id" (func $current_account_id (param i64)))
  (import "env" "predecessor_account_id" (func $predecessor_account_id (param i64)))
  (import "env" "value_return" (func $value_return (param i64 i64)))
  (import "env" "log_utf8" (func $log_utf8 (param i64 i64)))
  (import "env" "panic_utf8" (func $panic_utf8 (param i64 i64)))
  (import "env" "promise_create"
    (func $promise_create (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (import "env" "promise_return" (func $promise_return (param i64)))
  (memory (export "memory") 1)

  ;; Constants; lengths are repeated where they are used.
  (data (i32.const 0) "\"msg\":\"")                             ;; 7
  (data (i32.const 16) "panic")                                 ;; 5
  (data (i32.const 24) "call-panic")                            ;; 10
  (data (i32.const 40) "unregister")                            ;; 10
  (data (i32.const 64) "\"0\"")                                 ;; 3
  (data (i32.const 72) "always_panics")                         ;; 13
  (data (i32.const 96) "{}")                                    ;; 2
  (data (i32.const 104) "ft_on_transfer panics as msg asked")   ;; 34
  (data (i32.const 144) "always_panics panics")                 ;; 20
  (data (i32.const 176) "ft_on_transfer msg=")                  ;; 19
  (data (i32.const 208) "the input has no \"msg\"")             ;; 22
  (data (i32.const 272) "storage_unregister")                   ;; 18
  (data (i32.const 296) "{\"force\":true}")                     ;; 14
  ;; 240..256: u128 0 (no deposit); 320..336: u128 1 (one yoctoNEAR), little-endian.
  (data (i32.const 320) "\01")
  ;; 1024: the input; 4096: an account ID; 8192: output text.

  ;; Reads register 0 to $at and returns its length.
  (func $read0 (param $at i32) (result i32)
    (call $read_register (i64.const 0) (i64.extend_i32_u (local.get $at)))
    (i32.wrap_i64 (call $register_len (i64.const 0))))

  ;; Whether the $len bytes at $a equal the $len bytes at $b.
  (func $same (param $a i32) (param $b i32) (param $len i32) (result i32)
    (local $i i32)
    (block $differ
      (loop $next
        (if (i32.eq (local.get $i) (local.get $len)) (then (return (i32.const 1))))
        (br_if $differ (i32.ne (i32.load8_u (i32.add (local.get $a) (local.get $i)))
                               (i32.load8_u (i32.add (local.get $b) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 0))

  ;; Whether the text at $a ($alen bytes) is the constant at $c ($clen bytes).
  (func $is (param $a i32) (param $alen i32) (param $c i32) (param $clen i32) (result i32)
    (if (result i32) (i32.eq (local.get $alen) (local.get $clen))
      (then (call $same (local.get $a) (local.get $c) (local.get $clen)))
      (else (i32.const 0))))

  (func $copy (param $to i32) (param $from i32) (param $len i32)
    (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.eq (local.get $i) (local.get $len)))
        (i32.store8 (i32.add (local.get $to) (local.get $i))
                    (i32.load8_u (i32.add (local.get $from) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  ;; Whether the $len bytes at $a are one or more decimal digits.
  (func $digits (param $a i32) (param $len i32) (result i32)
    (local $i i32) (local $c i32)
    (if (i32.eqz (local.get $len)) (then (return (i32.const 0))))
    (block $done
      (loop $next
        (br_if $done (i32.eq (local.get $i) (local.get $len)))
        (local.set $c (i32.load8_u (i32.add (local.get $a) (local.get $i))))
        (if (i32.or (i32.lt_u (local.get $c) (i32.const 48)) (i32.gt_u (local.get $c) (i32.const 57)))
          (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 1))

  ;; Calls $method_ptr/$method_len with $args on the account in register 0, attaching the u128 at
  ;; $deposit and 10 Tgas, and makes that call's result this call's result.
  (func $forward (param $method i32) (param $method_len i32) (param $args i32) (param $args_len i32)
                 (param $deposit i32)
    (local $len i32)
    (local.set $len (call $read0 (i32.const 4096)))
    (call $promise_return
      (call $promise_create
        (i64.extend_i32_u (local.get $len)) (i64.const 4096)
        (i64.extend_i32_u (local.get $method_len)) (i64.extend_i32_u (local.get $method))
        (i64.extend_i32_u (local.get $args_len)) (i64.extend_i32_u (local.get $args))
        (i64.extend_i32_u (local.get $deposit)) (i64.const 10000000000000))))

  (func (export "ft_on_transfer")
    (local $len i32) (local $i i32) (local $msg i32) (local $end i32) (local $msg_len i32)
    (call $input (i64.const 0))
    (local.set $len (call $read0 (i32.const 1024)))
    ;; Find "msg":" ...
    (block $found
      (loop $search
        (if (i32.gt_u (i32.add (local.get $i) (i32.const 7)) (local.get $len))
          (then (call $panic_utf8 (i64.const 22) (i64.const 208)) (unreachable)))
        (br_if $found (call $same (i32.add (i32.const 1024) (local.get $i)) (i32.const 0) (i32.const 7)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $search)))
    ;; ... and the closing quote.
    (local.set $msg (i32.add (i32.const 1031) (local.get $i)))
    (local.set $end (local.get $msg))
    (block $closed
      (loop $scan
        (if (i32.ge_u (local.get $end) (i32.add (i32.const 1024) (local.get $len)))
          (then (call $panic_utf8 (i64.const 22) (i64.const 208)) (unreachable)))
        (br_if $closed (i32.eq (i32.load8_u (local.get $end)) (i32.const 34)))
        (local.set $end (i32.add (local.get $end) (i32.const 1)))
        (br $scan)))
    (local.set $msg_len (i32.sub (local.get $end) (local.get $msg)))

    (call $copy (i32.const 8192) (i32.const 176) (i32.const 19))
    (call $copy (i32.const 8211) (local.get $msg) (local.get $msg_len))
    (call $log_utf8 (i64.extend_i32_u (i32.add (local.get $msg_len) (i32.const 19))) (i64.const 8192))

    (if (call $is (local.get $msg) (local.get $msg_len) (i32.const 16) (i32.const 5))
      (then (call $panic_utf8 (i64.const 34) (i64.const 104)) (unreachable)))
    (if (call $is (local.get $msg) (local.get $msg_len) (i32.const 24) (i32.const 10))
      (then
        (call $current_account_id (i64.const 0))
        (call $forward (i32.const 72) (i32.const 13) (i32.const 96) (i32.const 2) (i32.const 240))
        (return)))
    (if (call $is (local.get $msg) (local.get $msg_len) (i32.const 40) (i32.const 10))
      (then
        (call $predecessor_account_id (i64.const 0))
        (call $forward (i32.const 272) (i32.const 18) (i32.const 296) (i32.const 14) (i32.const 320))
        (return)))
    (if (call $digits (local.get $msg) (local.get $msg_len))
      (then
        (i32.store8 (i32.const 8192) (i32.const 34))
        (call $copy (i32.const 8193) (local.get $msg) (local.get $msg_len))
        (i32.store8 (i32.add (i32.const 8193) (local.get $msg_len)) (i32.const 34))
        (call $value_return (i64.extend_i32_u (i32.add (local.get $msg_len) (i32.const 2))) (i64.const 8192))
        (return)))
    (call $value_return (i64.const 3) (i64.const 64)))

  (func (export "always_panics")
    (call $panic_utf8 (i64.const 20) (i64.const 144))))
