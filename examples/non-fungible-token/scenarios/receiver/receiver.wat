;; A NEP-171/NEP-178 receiver for testing nft_transfer_call and nft_approve with msg. Stateless;
;; any token may call it.
;;   nft_on_transfer({"sender_id", "previous_owner_id", "token_id", "msg"})
;;       logs "nft_on_transfer msg=<msg>", then by msg:
;;       "return-it"   returns true: the token must be given back
;;       "panic"       panics: the token must be given back
;;       anything else returns false: the receiver keeps the token
;;   nft_on_approve({"token_id", "owner_id", "approval_id", "msg"})
;;       logs "nft_on_approve msg=<msg>" and returns nothing; "panic" panics.
;; msg is taken from the first "msg":" in the input up to the next quote (the token writes the
;; arguments itself, with msg last; a msg with JSON escapes is not supported).
;; Built with scripts/build-contracts.sh (wat2wasm from WABT) into receiver.wasm beside this file.
(module
  (import "env" "input" (func $input (param i64)))
  (import "env" "register_len" (func $register_len (param i64) (result i64)))
  (import "env" "read_register" (func $read_register (param i64 i64)))
  (import "env" "value_return" (func $value_return (param i64 i64)))
  (import "env" "log_utf8" (func $log_utf8 (param i64 i64)))
  (import "env" "panic_utf8" (func $panic_utf8 (param i64 i64)))
  (memory (export "memory") 1)

  (data (i32.const 0) "\"msg\":\"")                             ;; 7
  (data (i32.const 16) "panic")                                 ;; 5
  (data (i32.const 24) "return-it")                             ;; 9
  (data (i32.const 40) "true")                                  ;; 4
  (data (i32.const 48) "false")                                 ;; 5
  (data (i32.const 64) "the input has no \"msg\"")              ;; 22
  (data (i32.const 96) "nft_on_transfer panics as msg asked")   ;; 35
  (data (i32.const 136) "nft_on_approve panics as msg asked")   ;; 34
  (data (i32.const 176) "nft_on_transfer msg=")                 ;; 20
  (data (i32.const 200) "nft_on_approve msg=")                  ;; 19
  ;; 1024: the input; 8192: output text.

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

  ;; Reads the input, logs the prefix at $prefix ($prefix_len bytes) followed by msg, and returns
  ;; msg's address; its length is left at address 1020.
  (func $msg (param $prefix i32) (param $prefix_len i32) (result i32)
    (local $len i32) (local $i i32) (local $msg i32) (local $end i32) (local $msg_len i32)
    (call $input (i64.const 0))
    (call $read_register (i64.const 0) (i64.const 1024))
    (local.set $len (i32.wrap_i64 (call $register_len (i64.const 0))))
    (block $found
      (loop $search
        (if (i32.gt_u (i32.add (local.get $i) (i32.const 7)) (local.get $len))
          (then (call $panic_utf8 (i64.const 22) (i64.const 64)) (unreachable)))
        (br_if $found (call $same (i32.add (i32.const 1024) (local.get $i)) (i32.const 0) (i32.const 7)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $search)))
    (local.set $msg (i32.add (i32.const 1031) (local.get $i)))
    (local.set $end (local.get $msg))
    (block $closed
      (loop $scan
        (if (i32.ge_u (local.get $end) (i32.add (i32.const 1024) (local.get $len)))
          (then (call $panic_utf8 (i64.const 22) (i64.const 64)) (unreachable)))
        (br_if $closed (i32.eq (i32.load8_u (local.get $end)) (i32.const 34)))
        (local.set $end (i32.add (local.get $end) (i32.const 1)))
        (br $scan)))
    (local.set $msg_len (i32.sub (local.get $end) (local.get $msg)))
    (call $copy (i32.const 8192) (local.get $prefix) (local.get $prefix_len))
    (call $copy (i32.add (i32.const 8192) (local.get $prefix_len)) (local.get $msg) (local.get $msg_len))
    (call $log_utf8 (i64.extend_i32_u (i32.add (local.get $msg_len) (local.get $prefix_len))) (i64.const 8192))
    (i32.store (i32.const 1020) (local.get $msg_len))
    (local.get $msg))

  (func (export "nft_on_transfer")
    (local $msg i32) (local $msg_len i32)
    (local.set $msg (call $msg (i32.const 176) (i32.const 20)))
    (local.set $msg_len (i32.load (i32.const 1020)))
    (if (call $is (local.get $msg) (local.get $msg_len) (i32.const 16) (i32.const 5))
      (then (call $panic_utf8 (i64.const 35) (i64.const 96)) (unreachable)))
    (if (call $is (local.get $msg) (local.get $msg_len) (i32.const 24) (i32.const 9))
      (then (call $value_return (i64.const 4) (i64.const 40)) (return)))
    (call $value_return (i64.const 5) (i64.const 48)))

  (func (export "nft_on_approve")
    (local $msg i32) (local $msg_len i32)
    (local.set $msg (call $msg (i32.const 200) (i32.const 19)))
    (local.set $msg_len (i32.load (i32.const 1020)))
    (if (call $is (local.get $msg) (local.get $msg_len) (i32.const 16) (i32.const 5))
      (then (call $panic_utf8 (i64.const 34) (i64.const 136)) (unreachable)))))
