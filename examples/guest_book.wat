;; A NEAR guest book: anyone can sign it with a message; a message sent with at least 1 NEAR
;; attached is "premium".
;;   new()                       init: stores an empty list; panics if already initialized
;;   add_message({"text": ...})  appends {"sender": <predecessor>, "text": ..., "premium": <deposit >= 1 NEAR>},
;;                               logs the text, then a NEP-297 event:
;;                               EVENT_JSON:{"standard":"guest_book","version":"1.0.0","event":"add_message",
;;                                           "data":[<the message>]}
;;   get_messages()              (view) returns the list as a JSON array
;;
;; The state is the JSON array text itself, under the key "m": add_message rewrites "...]" as
;; "...,{...}]", so get_messages returns the stored bytes unchanged. To keep that text valid JSON
;; without an escaper, a text containing '"' or '\' (any JSON escape) is rejected with a panic.
;; The input is not fully parsed: the value of the first "text" key (at any depth) is used.
;; Built with scripts/build-contracts.sh (wat2wasm from WABT); examples/scenarios/guest_book.json
;; exercises it.
(module
  (import "env" "input" (func $input (param i64)))
  (import "env" "register_len" (func $register_len (param i64) (result i64)))
  (import "env" "read_register" (func $read_register (param i64 i64)))
  (import "env" "storage_write" (func $storage_write (param i64 i64 i64 i64 i64) (result i64)))
  (import "env" "storage_read" (func $storage_read (param i64 i64 i64) (result i64)))
  (import "env" "storage_has_key" (func $storage_has_key (param i64 i64) (result i64)))
  (import "env" "predecessor_account_id" (func $predecessor_account_id (param i64)))
  (import "env" "attached_deposit" (func $attached_deposit (param i64)))
  (import "env" "value_return" (func $value_return (param i64 i64)))
  (import "env" "log_utf8" (func $log_utf8 (param i64 i64)))
  (import "env" "panic_utf8" (func $panic_utf8 (param i64 i64)))
  (memory 1)

  ;; Constants. Lengths are repeated where they are used.
  (data (i32.const 0) "m")                                        ;; state key, 1 byte
  (data (i32.const 16) "[]")                                      ;; 2
  (data (i32.const 32) "the guest book is not initialized")       ;; 33
  (data (i32.const 80) "the guest book is already initialized")   ;; 37
  (data (i32.const 128) "the input has no \"text\" field")        ;; 29
  (data (i32.const 160) "\"text\" must be a string")              ;; 23
  (data (i32.const 192) "\"text\" must not contain '\"' or '\\'") ;; 34
  (data (i32.const 240) "out of memory")                          ;; 13
  (data (i32.const 512) "{\"sender\":\"")                         ;; 11
  (data (i32.const 528) "\",\"text\":\"")                         ;; 10
  (data (i32.const 544) "\",\"premium\":")                        ;; 12
  (data (i32.const 560) "true}]")                                 ;; 6
  (data (i32.const 568) "false}]")                                ;; 7
  (data (i32.const 580) "\"text\"")                               ;; 6
  (data (i32.const 600) "EVENT_JSON:{\"standard\":\"guest_book\",\"version\":\"1.0.0\",\"event\":\"add_message\",\"data\":[") ;; 84
  (data (i32.const 700) "]}")                                     ;; 2
  ;; 256..272: the attached deposit (u128, little-endian); dynamic data starts at 1024.

  (global $text_len (mut i32) (i32.const 0))

  (func $fail (param $ptr i32) (param $len i32)
    (call $panic_utf8 (i64.extend_i32_u (local.get $len)) (i64.extend_i32_u (local.get $ptr))))

  ;; Copies len bytes from src to dst (NEAR's Wasm has no bulk-memory instructions).
  (func $copy (param $dst i32) (param $src i32) (param $len i32) (result i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $len)))
        (i32.store8 (local.get $dst) (i32.load8_u (local.get $src)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 1)))
        (local.set $src (i32.add (local.get $src) (i32.const 1)))
        (local.set $len (i32.sub (local.get $len) (i32.const 1)))
        (br $next)))
    (local.get $dst))

  ;; Whether the n bytes at a equal the n bytes at b.
  (func $equal (param $a i32) (param $b i32) (param $n i32) (result i32)
    (block $differ
      (loop $next
        (if (i32.eqz (local.get $n)) (then (return (i32.const 1))))
        (br_if $differ (i32.ne (i32.load8_u (local.get $a)) (i32.load8_u (local.get $b))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (i32.const 0))

  ;; The index of the first byte at or after i that is not JSON whitespace (or end).
  (func $skip_ws (param $i i32) (param $end i32) (result i32)
    (local $c i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $i)))
        (br_if $done (i32.eqz (i32.or (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 9)))
                                      (i32.or (i32.eq (local.get $c) (i32.const 10)) (i32.eq (local.get $c) (i32.const 13))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $i))

  ;; Finds the string value of the "text" key in the JSON at [in, end): returns where its
  ;; characters start and sets $text_len. Panics if there is none or it holds an escape.
  (func $find_text (param $in i32) (param $end i32) (result i32)
    (local $i i32) (local $j i32) (local $start i32) (local $c i32)
    (local.set $i (local.get $in))
    (loop $search
      (if (i32.gt_u (i32.add (local.get $i) (i32.const 6)) (local.get $end))
        (then (call $fail (i32.const 128) (i32.const 29)) (unreachable)))
      (if (call $equal (local.get $i) (i32.const 580) (i32.const 6))
        (then
          (local.set $j (call $skip_ws (i32.add (local.get $i) (i32.const 6)) (local.get $end)))
          (if (i32.and (i32.lt_u (local.get $j) (local.get $end))
                       (i32.eq (i32.load8_u (local.get $j)) (i32.const 58))) ;; ':'
            (then
              (local.set $j (call $skip_ws (i32.add (local.get $j) (i32.const 1)) (local.get $end)))
              (if (i32.or (i32.ge_u (local.get $j) (local.get $end))
                          (i32.ne (i32.load8_u (local.get $j)) (i32.const 34))) ;; '"'
                (then (call $fail (i32.const 160) (i32.const 23)) (unreachable)))
              (local.set $start (i32.add (local.get $j) (i32.const 1)))
              (local.set $j (local.get $start))
              (loop $chars
                (if (i32.ge_u (local.get $j) (local.get $end))
                  (then (call $fail (i32.const 160) (i32.const 23)) (unreachable)))
                (local.set $c (i32.load8_u (local.get $j)))
                (if (i32.eq (local.get $c) (i32.const 92)) ;; '\'
                  (then (call $fail (i32.const 192) (i32.const 34)) (unreachable)))
                (if (i32.eq (local.get $c) (i32.const 34))
                  (then
                    (global.set $text_len (i32.sub (local.get $j) (local.get $start)))
                    (return (local.get $start))))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $chars))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $search))
    (unreachable))

  (func (export "new")
    (if (i64.eq (call $storage_has_key (i64.const 1) (i64.const 0)) (i64.const 1))
      (then (call $fail (i32.const 80) (i32.const 37)) (unreachable)))
    (drop (call $storage_write (i64.const 1) (i64.const 0) (i64.const 2) (i64.const 16) (i64.const 0))))

  (func (export "add_message")
    (local $inlen i32) (local $p i32) (local $plen i32) (local $s i32) (local $slen i32)
    (local $out i32) (local $o i32) (local $t i32) (local $tlen i32) (local $need i32) (local $m i32) (local $e i32)
    (local $lo i64) (local $hi i64) (local $premium i32)
    (call $input (i64.const 0))
    (local.set $inlen (i32.wrap_i64 (call $register_len (i64.const 0))))
    (if (i64.eqz (call $storage_read (i64.const 1) (i64.const 0) (i64.const 1)))
      (then (call $fail (i32.const 32) (i32.const 33)) (unreachable)))
    (local.set $slen (i32.wrap_i64 (call $register_len (i64.const 1))))
    (call $predecessor_account_id (i64.const 2))
    (local.set $plen (i32.wrap_i64 (call $register_len (i64.const 2))))

    ;; Layout from 1024: input, predecessor, state, the new state (at most all of those plus 64),
    ;; then the event (at most 128 plus the predecessor and the input).
    (local.set $p (i32.add (i32.const 1024) (local.get $inlen)))
    (local.set $s (i32.add (local.get $p) (local.get $plen)))
    (local.set $out (i32.add (local.get $s) (local.get $slen)))
    (local.set $need (i32.add (i32.add (local.get $out) (i32.const 256))
                              (i32.add (local.get $slen) (i32.shl (i32.add (local.get $plen) (local.get $inlen)) (i32.const 1)))))
    (local.set $need (i32.shr_u (i32.add (local.get $need) (i32.const 65535)) (i32.const 16)))
    (if (i32.gt_u (local.get $need) (memory.size))
      (then
        (if (i32.eq (memory.grow (i32.sub (local.get $need) (memory.size))) (i32.const -1))
          (then (call $fail (i32.const 240) (i32.const 13)) (unreachable)))))
    (call $read_register (i64.const 0) (i64.const 1024))
    (call $read_register (i64.const 2) (i64.extend_i32_u (local.get $p)))
    (call $read_register (i64.const 1) (i64.extend_i32_u (local.get $s)))

    (local.set $t (call $find_text (i32.const 1024) (local.get $p)))
    (local.set $tlen (global.get $text_len))

    ;; premium when the deposit is at least 1 NEAR = 10^24 yocto = 54210 * 2^64 + 0x1bcecceda1000000
    (call $attached_deposit (i64.const 256))
    (local.set $lo (i64.load (i32.const 256)))
    (local.set $hi (i64.load (i32.const 264)))
    (local.set $premium
      (i32.or (i64.gt_u (local.get $hi) (i64.const 54210))
              (i32.and (i64.eq (local.get $hi) (i64.const 54210))
                       (i64.ge_u (local.get $lo) (i64.const 0x1bcecceda1000000)))))

    ;; old state without its closing ']', a ',' unless it was "[]", then the new message and ']'
    (local.set $o (call $copy (local.get $out) (local.get $s) (i32.sub (local.get $slen) (i32.const 1))))
    (if (i32.gt_u (local.get $slen) (i32.const 2))
      (then
        (i32.store8 (local.get $o) (i32.const 44)) ;; ','
        (local.set $o (i32.add (local.get $o) (i32.const 1)))))
    (local.set $m (local.get $o)) ;; the new message starts here
    (local.set $o (call $copy (local.get $o) (i32.const 512) (i32.const 11)))
    (local.set $o (call $copy (local.get $o) (local.get $p) (local.get $plen)))
    (local.set $o (call $copy (local.get $o) (i32.const 528) (i32.const 10)))
    (local.set $o (call $copy (local.get $o) (local.get $t) (local.get $tlen)))
    (local.set $o (call $copy (local.get $o) (i32.const 544) (i32.const 12)))
    (if (local.get $premium)
      (then (local.set $o (call $copy (local.get $o) (i32.const 560) (i32.const 6))))
      (else (local.set $o (call $copy (local.get $o) (i32.const 568) (i32.const 7)))))

    (drop (call $storage_write (i64.const 1) (i64.const 0)
                               (i64.extend_i32_u (i32.sub (local.get $o) (local.get $out)))
                               (i64.extend_i32_u (local.get $out)) (i64.const 3)))
    (call $log_utf8 (i64.extend_i32_u (local.get $tlen)) (i64.extend_i32_u (local.get $t)))

    ;; the event: prefix, the message (without the array's ']'), "]}"
    (local.set $e (call $copy (local.get $o) (i32.const 600) (i32.const 84)))
    (local.set $e (call $copy (local.get $e) (local.get $m) (i32.sub (i32.sub (local.get $o) (i32.const 1)) (local.get $m))))
    (local.set $e (call $copy (local.get $e) (i32.const 700) (i32.const 2)))
    (call $log_utf8 (i64.extend_i32_u (i32.sub (local.get $e) (local.get $o))) (i64.extend_i32_u (local.get $o))))

  (func (export "get_messages")
    (if (i64.eqz (call $storage_read (i64.const 1) (i64.const 0) (i64.const 0)))
      (then (call $fail (i32.const 32) (i32.const 33)) (unreachable)))
    (call $value_return (i64.const -1) (i64.const 0))))
