;; A minimal NEP-141 fungible token written by hand in WebAssembly text, independent of our
;; compiler: it shows that contracts built by our compiler (examples/token-receiver) work with any
;; NEP-141 token, not only with our own Java one. Cli's Nep141WatTokenTest runs it on the local chain.
;;
;; Methods (JSON arguments, as NEP-141 / NEP-145 name them):
;;   new {owner_id, total_supply}          init: owner_id holds the whole supply
;;   storage_deposit {account_id?}         registers account_id (default: the caller); free here,
;;                                         any attached deposit is kept; returns {"total","available"}
;;   ft_total_supply {}                    "<n>"
;;   ft_balance_of {account_id}            "<n>" ("0" when not registered)
;;   ft_transfer {receiver_id, amount, memo?}            exactly 1 yoctoNEAR
;;   ft_transfer_call {receiver_id, amount, memo?, msg}  exactly 1 yoctoNEAR; moves the tokens, then
;;       calls receiver_id.ft_on_transfer {sender_id, amount, msg} with the prepaid gas less 30 Tgas,
;;       then this contract's ft_resolve_transfer {sender_id, receiver_id, amount} with 10 Tgas, and
;;       returns the latter's result
;;   ft_resolve_transfer (private)         reads ft_on_transfer's result, the unused amount as a JSON
;;       string ("<n>"); when the call failed or returned anything else, all of amount is unused.
;;       Refunds min(unused, amount, receiver's balance) to the sender (burns it when the sender has
;;       unregistered meanwhile, which cannot happen here) and returns the used amount "<n>".
;;
;; Simplifications: amounts are u64 (at most 19 decimal digits, so below 2^64) instead of u128; the
;; JSON reader looks for "<field>": "<string>" anywhere in the input and takes the string's raw
;; (still escaped) text; no NEP-297 events, no storage_withdraw/unregister, no metadata.
;;
;; Storage: "t" -> total supply (u64 LE); "a" + account id -> balance (u64 LE), present when the
;; account is registered.
;;
;; Built with: wat2wasm nep141-token.wat -o nep141-token.wasm (WABT; scripts/build-contracts.sh).
(module
  (import "env" "input" (func $input (param i64)))
  (import "env" "register_len" (func $register_len (param i64) (result i64)))
  (import "env" "read_register" (func $read_register (param i64 i64)))
  (import "env" "storage_write" (func $storage_write (param i64 i64 i64 i64 i64) (result i64)))
  (import "env" "storage_read" (func $storage_read (param i64 i64 i64) (result i64)))
  (import "env" "storage_has_key" (func $storage_has_key (param i64 i64) (result i64)))
  (import "env" "value_return" (func $value_return (param i64 i64)))
  (import "env" "panic_utf8" (func $panic_utf8 (param i64 i64)))
  (import "env" "predecessor_account_id" (func $predecessor_account_id (param i64)))
  (import "env" "current_account_id" (func $current_account_id (param i64)))
  (import "env" "attached_deposit" (func $attached_deposit (param i64)))
  (import "env" "prepaid_gas" (func $prepaid_gas (result i64)))
  (import "env" "promise_create" (func $promise_create (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (import "env" "promise_then" (func $promise_then (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (import "env" "promise_return" (func $promise_return (param i64)))
  (import "env" "promise_results_count" (func $promise_results_count (result i64)))
  (import "env" "promise_result" (func $promise_result (param i64 i64) (result i64)))
  (memory 1)

  ;; 0..511: JSON field names (with their quotes), storage key, method names, JSON pieces.
  (data (i32.const 0) "\"owner_id\"")               ;; 10
  (data (i32.const 16) "\"total_supply\"")          ;; 14
  (data (i32.const 32) "\"account_id\"")            ;; 12
  (data (i32.const 48) "\"receiver_id\"")           ;; 13
  (data (i32.const 64) "\"amount\"")                ;; 8
  (data (i32.const 80) "\"msg\"")                   ;; 5
  (data (i32.const 88) "\"sender_id\"")             ;; 11
  (data (i32.const 104) "t")                        ;; 1
  (data (i32.const 112) "ft_on_transfer")           ;; 14
  (data (i32.const 128) "ft_resolve_transfer")      ;; 19
  (data (i32.const 152) "{\"sender_id\":\"")        ;; 14
  (data (i32.const 168) "\",\"amount\":\"")         ;; 12
  (data (i32.const 184) "\",\"msg\":\"")            ;; 9
  (data (i32.const 196) "\"}")                      ;; 2
  (data (i32.const 200) "\",\"receiver_id\":\"")    ;; 17
  (data (i32.const 224) "{\"total\":\"0\",\"available\":\"0\"}") ;; 29
  ;; 256..271: u128 zero (the deposit of both promises)
  ;; 512..1023: panic messages (near-sdk's wording where it has one)
  (data (i32.const 512) "Failed to deserialize input from JSON.")            ;; 38
  (data (i32.const 560) "Requires attached deposit of exactly 1 yoctoNEAR")  ;; 48
  (data (i32.const 624) "The contract is already initialized")               ;; 35
  (data (i32.const 704) "The sender is not registered")                      ;; 28
  (data (i32.const 736) "The receiver is not registered")                    ;; 30
  (data (i32.const 768) "The account does not have enough balance")          ;; 40
  (data (i32.const 816) "Sender and receiver should be different")           ;; 39
  (data (i32.const 864) "The amount should be a positive number")            ;; 38
  (data (i32.const 912) "More gas is required")                              ;; 20
  (data (i32.const 936) "Method ft_resolve_transfer is private")             ;; 37
  (data (i32.const 976) "Expected exactly one promise result")               ;; 35

  ;; Buffers: 1024 attached deposit (16), 1040 storage value (8), 1056 storage key ("a" + id),
  ;; 1152 predecessor, 1216 current account, 1280 digits scratch, 1312 value to return,
  ;; 1400 promise result, 2048 input (at most 16 KiB), 20480 and 40960 promise arguments.
  (global $INPUT i32 (i32.const 2048))
  (global $MAX_INPUT i64 (i64.const 16384))
  (global $ARGS i32 (i32.const 20480))
  (global $ARGS2 i32 (i32.const 40960))
  (global $TGAS i64 (i64.const 1000000000000))
  ;; The input's length; the last JSON string found (its raw text).
  (global $in_len (mut i32) (i32.const 0))
  (global $vp (mut i32) (i32.const 0))
  (global $vl (mut i32) (i32.const 0))
  ;; The predecessor's and the current account's ids (at 1152 and 1216).
  (global $pred_len (mut i32) (i32.const 0))
  (global $cur_len (mut i32) (i32.const 0))

  ;; ---- helpers ----

  (func $fail (param $ptr i32) (param $len i32)
    (call $panic_utf8 (i64.extend_i32_u (local.get $len)) (i64.extend_i32_u (local.get $ptr)))
    unreachable)

  (func $bad_json
    (call $fail (i32.const 512) (i32.const 38)))

  ;; Copies len bytes from src to dst; returns dst + len.
  (func $copy (param $dst i32) (param $src i32) (param $len i32) (result i32)
    (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (i32.store8 (i32.add (local.get $dst) (local.get $i))
          (i32.load8_u (i32.add (local.get $src) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.add (local.get $dst) (local.get $len)))

  ;; Whether the len bytes at a and at b are equal.
  (func $eq (param $a i32) (param $b i32) (param $len i32) (result i32)
    (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (if (i32.ne (i32.load8_u (i32.add (local.get $a) (local.get $i)))
                    (i32.load8_u (i32.add (local.get $b) (local.get $i))))
          (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 1))

  (func $is_space (param $c i32) (result i32)
    (i32.or (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 9)))
            (i32.or (i32.eq (local.get $c) (i32.const 10)) (i32.eq (local.get $c) (i32.const 13)))))

  ;; Reads the input (at most 16 KiB) to $INPUT.
  (func $read_input
    (local $len i64)
    (call $input (i64.const 0))
    (local.set $len (call $register_len (i64.const 0)))
    (if (i64.gt_u (local.get $len) (global.get $MAX_INPUT)) (then (call $bad_json)))
    (call $read_register (i64.const 0) (i64.extend_i32_u (global.get $INPUT)))
    (global.set $in_len (i32.wrap_i64 (local.get $len))))

  ;; Finds `<name>: "<value>"` in the input, name given with its quotes. Returns 1 and sets $vp/$vl
  ;; to the value's raw text, or returns 0.
  (func $find (param $name i32) (param $name_len i32) (result i32)
    (local $i i32) (local $end i32) (local $j i32) (local $c i32)
    (local.set $i (global.get $INPUT))
    (local.set $end (i32.add (global.get $INPUT) (global.get $in_len)))
    (block $not_found
      (loop $scan
        (br_if $not_found (i32.gt_u (i32.add (local.get $i) (local.get $name_len)) (local.get $end)))
        (block $next
          (br_if $next (i32.eqz (call $eq (local.get $i) (local.get $name) (local.get $name_len))))
          (local.set $j (i32.add (local.get $i) (local.get $name_len)))
          ;; spaces, ':', spaces, '"'
          (loop $ws1
            (if (i32.and (i32.lt_u (local.get $j) (local.get $end))
                         (call $is_space (i32.load8_u (local.get $j))))
              (then (local.set $j (i32.add (local.get $j) (i32.const 1))) (br $ws1))))
          (br_if $next (i32.ge_u (local.get $j) (local.get $end)))
          (br_if $next (i32.ne (i32.load8_u (local.get $j)) (i32.const 58)))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (loop $ws2
            (if (i32.and (i32.lt_u (local.get $j) (local.get $end))
                         (call $is_space (i32.load8_u (local.get $j))))
              (then (local.set $j (i32.add (local.get $j) (i32.const 1))) (br $ws2))))
          (br_if $next (i32.ge_u (local.get $j) (local.get $end)))
          (br_if $next (i32.ne (i32.load8_u (local.get $j)) (i32.const 34)))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (global.set $vp (local.get $j))
          ;; to the closing quote, skipping escaped characters
          (block $closed
            (loop $str
              (if (i32.ge_u (local.get $j) (local.get $end)) (then (call $bad_json)))
              (local.set $c (i32.load8_u (local.get $j)))
              (br_if $closed (i32.eq (local.get $c) (i32.const 34)))
              (if (i32.eq (local.get $c) (i32.const 92))
                (then (local.set $j (i32.add (local.get $j) (i32.const 1)))))
              (local.set $j (i32.add (local.get $j) (i32.const 1)))
              (br $str)))
          (global.set $vl (i32.sub (local.get $j) (global.get $vp)))
          (return (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $scan)))
    (i32.const 0))

  ;; Like $find, but a missing field fails the call.
  (func $require (param $name i32) (param $name_len i32)
    (if (i32.eqz (call $find (local.get $name) (local.get $name_len))) (then (call $bad_json))))

  ;; 1 to 19 decimal digits as a u64, or -1 (2^64 - 1 has 20 digits, so it is never a result).
  (func $parse_u64 (param $ptr i32) (param $len i32) (result i64)
    (local $i i32) (local $c i32) (local $v i64)
    (if (i32.or (i32.eqz (local.get $len)) (i32.gt_u (local.get $len) (i32.const 19)))
      (then (return (i64.const -1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $c (i32.sub (i32.load8_u (i32.add (local.get $ptr) (local.get $i))) (i32.const 48)))
        (if (i32.gt_u (local.get $c) (i32.const 9)) (then (return (i64.const -1))))
        (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10)) (i64.extend_i32_u (local.get $c))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $v))

  ;; The amount field of the input, which must be a decimal string.
  (func $amount_arg (result i64)
    (local $v i64)
    (call $require (i32.const 64) (i32.const 8))
    (local.set $v (call $parse_u64 (global.get $vp) (global.get $vl)))
    (if (i64.eq (local.get $v) (i64.const -1)) (then (call $bad_json)))
    (local.get $v))

  ;; Writes v in decimal at dst; returns the end.
  (func $print_u64 (param $v i64) (param $dst i32) (result i32)
    (local $p i32)
    (local.set $p (i32.const 1300))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p)
        (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $v) (i64.const 10)))))
      (local.set $v (i64.div_u (local.get $v) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $v) (i64.const 0))))
    (call $copy (local.get $dst) (local.get $p) (i32.sub (i32.const 1300) (local.get $p))))

  ;; Returns v as a JSON string, as near-sdk's U128 serializes.
  (func $return_u64_string (param $v i64)
    (local $end i32)
    (i32.store8 (i32.const 1312) (i32.const 34))
    (local.set $end (call $print_u64 (local.get $v) (i32.const 1313)))
    (i32.store8 (local.get $end) (i32.const 34))
    (call $value_return (i64.extend_i32_u (i32.sub (i32.add (local.get $end) (i32.const 1)) (i32.const 1312)))
                        (i64.const 1312)))

  (func $load_predecessor
    (call $predecessor_account_id (i64.const 3))
    (global.set $pred_len (i32.wrap_i64 (call $register_len (i64.const 3))))
    (call $read_register (i64.const 3) (i64.const 1152)))

  (func $load_current
    (call $current_account_id (i64.const 4))
    (global.set $cur_len (i32.wrap_i64 (call $register_len (i64.const 4))))
    (call $read_register (i64.const 4) (i64.const 1216)))

  ;; The storage key of an account's balance, at 1056; returns its length.
  (func $balance_key (param $id i32) (param $len i32) (result i32)
    (if (i32.or (i32.eqz (local.get $len)) (i32.gt_u (local.get $len) (i32.const 64))) (then (call $bad_json)))
    (i32.store8 (i32.const 1056) (i32.const 97))
    (drop (call $copy (i32.const 1057) (local.get $id) (local.get $len)))
    (i32.add (local.get $len) (i32.const 1)))

  ;; The account's balance, or -1 when it is not registered.
  (func $balance (param $id i32) (param $len i32) (result i64)
    (local $key_len i32)
    (local.set $key_len (call $balance_key (local.get $id) (local.get $len)))
    (if (i64.eqz (call $storage_read (i64.extend_i32_u (local.get $key_len)) (i64.const 1056) (i64.const 1)))
      (then (return (i64.const -1))))
    (call $read_register (i64.const 1) (i64.const 1040))
    (i64.load (i32.const 1040)))

  (func $set_balance (param $id i32) (param $len i32) (param $v i64)
    (local $key_len i32)
    (local.set $key_len (call $balance_key (local.get $id) (local.get $len)))
    (i64.store (i32.const 1040) (local.get $v))
    (drop (call $storage_write (i64.extend_i32_u (local.get $key_len)) (i64.const 1056)
                               (i64.const 8) (i64.const 1040) (i64.const 2))))

  (func $total_supply (result i64)
    (drop (call $storage_read (i64.const 1) (i64.const 104) (i64.const 1)))
    (call $read_register (i64.const 1) (i64.const 1040))
    (i64.load (i32.const 1040)))

  (func $assert_one_yocto
    (call $attached_deposit (i64.const 1024))
    (if (i32.or (i64.ne (i64.load (i32.const 1024)) (i64.const 1))
                (i64.ne (i64.load (i32.const 1032)) (i64.const 0)))
      (then (call $fail (i32.const 560) (i32.const 48)))))

  ;; Moves amount from sender to receiver, both registered.
  (func $internal_transfer (param $s i32) (param $s_len i32) (param $r i32) (param $r_len i32) (param $amount i64)
    (local $sb i64) (local $rb i64)
    (if (i32.and (i32.eq (local.get $s_len) (local.get $r_len))
                 (call $eq (local.get $s) (local.get $r) (local.get $s_len)))
      (then (call $fail (i32.const 816) (i32.const 39))))
    (if (i64.eqz (local.get $amount)) (then (call $fail (i32.const 864) (i32.const 38))))
    (local.set $sb (call $balance (local.get $s) (local.get $s_len)))
    (if (i64.eq (local.get $sb) (i64.const -1)) (then (call $fail (i32.const 704) (i32.const 28))))
    (local.set $rb (call $balance (local.get $r) (local.get $r_len)))
    (if (i64.eq (local.get $rb) (i64.const -1)) (then (call $fail (i32.const 736) (i32.const 30))))
    (if (i64.lt_u (local.get $sb) (local.get $amount)) (then (call $fail (i32.const 768) (i32.const 40))))
    (call $set_balance (local.get $s) (local.get $s_len) (i64.sub (local.get $sb) (local.get $amount)))
    ;; cannot overflow: all balances add up to the total supply, a u64
    (call $set_balance (local.get $r) (local.get $r_len) (i64.add (local.get $rb) (local.get $amount))))

  ;; ---- methods ----

  (func (export "new")
    (local $owner i32) (local $owner_len i32) (local $supply i64)
    (call $read_input)
    (if (i64.ne (call $storage_has_key (i64.const 1) (i64.const 104)) (i64.const 0))
      (then (call $fail (i32.const 624) (i32.const 35))))
    (call $require (i32.const 0) (i32.const 10))
    (local.set $owner (global.get $vp))
    (local.set $owner_len (global.get $vl))
    (call $require (i32.const 16) (i32.const 14))
    (local.set $supply (call $parse_u64 (global.get $vp) (global.get $vl)))
    (if (i64.eq (local.get $supply) (i64.const -1)) (then (call $bad_json)))
    (i64.store (i32.const 1040) (local.get $supply))
    (drop (call $storage_write (i64.const 1) (i64.const 104) (i64.const 8) (i64.const 1040) (i64.const 2)))
    (call $set_balance (local.get $owner) (local.get $owner_len) (local.get $supply)))

  (func (export "storage_deposit")
    (local $id i32) (local $len i32)
    (call $read_input)
    (if (call $find (i32.const 32) (i32.const 12))
      (then (local.set $id (global.get $vp)) (local.set $len (global.get $vl)))
      (else (call $load_predecessor) (local.set $id (i32.const 1152)) (local.set $len (global.get $pred_len))))
    (if (i64.eq (call $balance (local.get $id) (local.get $len)) (i64.const -1))
      (then (call $set_balance (local.get $id) (local.get $len) (i64.const 0))))
    (call $value_return (i64.const 29) (i64.const 224)))

  (func (export "ft_total_supply")
    (call $return_u64_string (call $total_supply)))

  (func (export "ft_balance_of")
    (local $b i64)
    (call $read_input)
    (call $require (i32.const 32) (i32.const 12))
    (local.set $b (call $balance (global.get $vp) (global.get $vl)))
    (if (i64.eq (local.get $b) (i64.const -1)) (then (local.set $b (i64.const 0))))
    (call $return_u64_string (local.get $b)))

  (func (export "ft_transfer")
    (local $r i32) (local $r_len i32)
    (call $assert_one_yocto)
    (call $read_input)
    (call $load_predecessor)
    (call $require (i32.const 48) (i32.const 13))
    (local.set $r (global.get $vp))
    (local.set $r_len (global.get $vl))
    (call $internal_transfer (i32.const 1152) (global.get $pred_len) (local.get $r) (local.get $r_len)
      (call $amount_arg)))

  (func (export "ft_transfer_call")
    (local $r i32) (local $r_len i32) (local $msg i32) (local $msg_len i32) (local $amount i64)
    (local $end i32) (local $end2 i32) (local $prepaid i64) (local $p i64)
    (call $assert_one_yocto)
    (call $read_input)
    (call $load_predecessor)
    (call $load_current)
    (call $require (i32.const 48) (i32.const 13))
    (local.set $r (global.get $vp))
    (local.set $r_len (global.get $vl))
    (call $require (i32.const 80) (i32.const 5))
    (local.set $msg (global.get $vp))
    (local.set $msg_len (global.get $vl))
    (local.set $amount (call $amount_arg))
    ;; 30 Tgas stay here: this call and the 10 Tgas of ft_resolve_transfer
    (local.set $prepaid (call $prepaid_gas))
    (if (i64.le_u (local.get $prepaid) (i64.mul (i64.const 30) (global.get $TGAS)))
      (then (call $fail (i32.const 912) (i32.const 20))))
    (call $internal_transfer (i32.const 1152) (global.get $pred_len) (local.get $r) (local.get $r_len) (local.get $amount))
    ;; {"sender_id":"<predecessor>","amount":"<amount>","msg":"<msg>"}
    (local.set $end (call $copy (global.get $ARGS) (i32.const 152) (i32.const 14)))
    (local.set $end (call $copy (local.get $end) (i32.const 1152) (global.get $pred_len)))
    (local.set $end (call $copy (local.get $end) (i32.const 168) (i32.const 12)))
    (local.set $end (call $print_u64 (local.get $amount) (local.get $end)))
    (local.set $end (call $copy (local.get $end) (i32.const 184) (i32.const 9)))
    (local.set $end (call $copy (local.get $end) (local.get $msg) (local.get $msg_len)))
    (local.set $end (call $copy (local.get $end) (i32.const 196) (i32.const 2)))
    ;; {"sender_id":"<predecessor>","receiver_id":"<receiver>","amount":"<amount>"}
    (local.set $end2 (call $copy (global.get $ARGS2) (i32.const 152) (i32.const 14)))
    (local.set $end2 (call $copy (local.get $end2) (i32.const 1152) (global.get $pred_len)))
    (local.set $end2 (call $copy (local.get $end2) (i32.const 200) (i32.const 17)))
    (local.set $end2 (call $copy (local.get $end2) (local.get $r) (local.get $r_len)))
    (local.set $end2 (call $copy (local.get $end2) (i32.const 168) (i32.const 12)))
    (local.set $end2 (call $print_u64 (local.get $amount) (local.get $end2)))
    (local.set $end2 (call $copy (local.get $end2) (i32.const 196) (i32.const 2)))
    (local.set $p (call $promise_create
      (i64.extend_i32_u (local.get $r_len)) (i64.extend_i32_u (local.get $r))
      (i64.const 14) (i64.const 112)
      (i64.extend_i32_u (i32.sub (local.get $end) (global.get $ARGS))) (i64.extend_i32_u (global.get $ARGS))
      (i64.const 256)
      (i64.sub (local.get $prepaid) (i64.mul (i64.const 30) (global.get $TGAS)))))
    (call $promise_return (call $promise_then (local.get $p)
      (i64.extend_i32_u (global.get $cur_len)) (i64.const 1216)
      (i64.const 19) (i64.const 128)
      (i64.extend_i32_u (i32.sub (local.get $end2) (global.get $ARGS2))) (i64.extend_i32_u (global.get $ARGS2))
      (i64.const 256)
      (i64.mul (i64.const 10) (global.get $TGAS)))))

  (func (export "ft_resolve_transfer")
    (local $s i32) (local $s_len i32) (local $r i32) (local $r_len i32) (local $amount i64)
    (local $unused i64) (local $len i64) (local $v i64) (local $rb i64) (local $sb i64)
    (call $load_predecessor)
    (call $load_current)
    (if (i32.eqz (i32.and (i32.eq (global.get $pred_len) (global.get $cur_len))
                          (call $eq (i32.const 1152) (i32.const 1216) (global.get $cur_len))))
      (then (call $fail (i32.const 936) (i32.const 37))))
    (call $read_input)
    (call $require (i32.const 88) (i32.const 11))
    (local.set $s (global.get $vp))
    (local.set $s_len (global.get $vl))
    (call $require (i32.const 48) (i32.const 13))
    (local.set $r (global.get $vp))
    (local.set $r_len (global.get $vl))
    (local.set $amount (call $amount_arg))
    (if (i64.ne (call $promise_results_count) (i64.const 1))
      (then (call $fail (i32.const 976) (i32.const 35))))
    ;; ft_on_transfer's result: a JSON string "<n>" is the unused amount; a failure, or anything
    ;; else, leaves all of amount unused
    (local.set $unused (local.get $amount))
    (if (i64.eq (call $promise_result (i64.const 0) (i64.const 5)) (i64.const 1))
      (then
        (local.set $len (call $register_len (i64.const 5)))
        (if (i32.and (i64.ge_u (local.get $len) (i64.const 3)) (i64.le_u (local.get $len) (i64.const 21)))
          (then
            (call $read_register (i64.const 5) (i64.const 1400))
            (if (i32.and (i32.eq (i32.load8_u (i32.const 1400)) (i32.const 34))
                         (i32.eq (i32.load8_u (i32.add (i32.const 1399) (i32.wrap_i64 (local.get $len)))) (i32.const 34)))
              (then
                (local.set $v (call $parse_u64 (i32.const 1401) (i32.sub (i32.wrap_i64 (local.get $len)) (i32.const 2))))
                (if (i64.lt_u (local.get $v) (local.get $amount))
                  (then (local.set $unused (local.get $v))))))))))
    ;; refund what the receiver still has of the unused amount
    (if (i64.gt_u (local.get $unused) (i64.const 0))
      (then
        (local.set $rb (call $balance (local.get $r) (local.get $r_len)))
        (if (i64.eq (local.get $rb) (i64.const -1)) (then (local.set $rb (i64.const 0))))
        (if (i64.lt_u (local.get $rb) (local.get $unused)) (then (local.set $unused (local.get $rb))))
        (if (i64.gt_u (local.get $unused) (i64.const 0))
          (then
            (call $set_balance (local.get $r) (local.get $r_len) (i64.sub (local.get $rb) (local.get $unused)))
            (local.set $sb (call $balance (local.get $s) (local.get $s_len)))
            (if (i64.eq (local.get $sb) (i64.const -1))
              (then
                ;; the sender is gone: the refund is burnt
                (i64.store (i32.const 1040) (i64.sub (call $total_supply) (local.get $unused)))
                (drop (call $storage_write (i64.const 1) (i64.const 104) (i64.const 8) (i64.const 1040) (i64.const 2))))
              (else
                (call $set_balance (local.get $s) (local.get $s_len) (i64.add (local.get $sb) (local.get $unused)))))))))
    (call $return_u64_string (i64.sub (local.get $amount) (local.get $unused))))
)
