;; Benchmark contract for `aidev bench vm` (built by scripts/build-contracts.sh).
;;   noop     does nothing: measures the fixed cost of a call
;;   compute  1,000,000 rounds of xorshift64* mixing; returns the 8-byte result
;;   storage  1,000 storage_write calls (8-byte keys, 32-byte values)
;;   json     reads a JSON array of integers from the input, returns {"count":N,"sum":S}
(module
  (import "env" "input" (func $input (param i64)))
  (import "env" "register_len" (func $register_len (param i64) (result i64)))
  (import "env" "read_register" (func $read_register (param i64 i64)))
  (import "env" "value_return" (func $value_return (param i64 i64)))
  (import "env" "storage_write" (func $storage_write (param i64 i64 i64 i64 i64) (result i64)))
  (memory (export "memory") 2)

  (func (export "noop"))

  (func (export "compute")
    (local $x i64) (local $i i32)
    (local.set $x (i64.const 0x9E3779B97F4A7C15))
    (local.set $i (i32.const 1000000))
    (loop $l
      (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 12))))
      (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 25))))
      (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 27))))
      (local.set $x (i64.mul (local.get $x) (i64.const 0x2545F4914F6CDD1D)))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br_if $l (local.get $i)))
    (i64.store (i32.const 0) (local.get $x))
    (call $value_return (i64.const 8) (i64.const 0)))

  (func (export "storage")
    (local $i i64)
    (loop $l
      (i64.store (i32.const 0) (local.get $i))
      (i64.store (i32.const 8) (i64.mul (local.get $i) (i64.const 7)))
      (drop (call $storage_write (i64.const 8) (i64.const 0) (i64.const 32) (i64.const 8) (i64.const 1)))
      (local.set $i (i64.add (local.get $i) (i64.const 1)))
      (br_if $l (i64.lt_u (local.get $i) (i64.const 1000)))))

  ;; Writes the decimal digits of $v ending before $end; returns the start address.
  (func $itoa (param $v i64) (param $end i32) (result i32)
    (local $p i32)
    (local.set $p (local.get $end))
    (loop $l
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i64.store8 (local.get $p) (i64.add (i64.const 48) (i64.rem_u (local.get $v) (i64.const 10))))
      (local.set $v (i64.div_u (local.get $v) (i64.const 10)))
      (br_if $l (i64.ne (local.get $v) (i64.const 0))))
    (local.get $p))

  ;; Appends bytes [src, src+len) at dst; returns dst+len.
  (func $append (param $dst i32) (param $src i32) (param $len i32) (result i32)
    (local $i i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (i32.store8 (i32.add (local.get $dst) (local.get $i))
                    (i32.load8_u (i32.add (local.get $src) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (i32.add (local.get $dst) (local.get $len)))

  (data (i32.const 64) "{\"count\":,\"sum\":}")

  (func (export "json")
    (local $len i32) (local $p i32) (local $c i32) (local $n i64) (local $in i32)
    (local $sum i64) (local $count i64) (local $out i32) (local $s i32)
    (call $input (i64.const 0))
    (local.set $len (i32.wrap_i64 (call $register_len (i64.const 0))))
    (call $read_register (i64.const 0) (i64.const 4096))
    (local.set $p (i32.const 4096))
    (block $done
      (loop $scan
        (br_if $done (i32.ge_u (local.get $p) (i32.add (i32.const 4096) (local.get $len))))
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.and (i32.ge_u (local.get $c) (i32.const 48)) (i32.le_u (local.get $c) (i32.const 57)))
          (then
            (local.set $n (i64.add (i64.mul (local.get $n) (i64.const 10))
                                   (i64.extend_i32_u (i32.sub (local.get $c) (i32.const 48)))))
            (local.set $in (i32.const 1)))
          (else
            (if (local.get $in)
              (then
                (local.set $sum (i64.add (local.get $sum) (local.get $n)))
                (local.set $count (i64.add (local.get $count) (i64.const 1)))
                (local.set $n (i64.const 0))
                (local.set $in (i32.const 0))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $scan)))
    ;; {"count":<count>,"sum":<sum>} built at 1024
    (local.set $out (call $append (i32.const 1024) (i32.const 64) (i32.const 9)))
    (local.set $s (call $itoa (local.get $count) (i32.const 2048)))
    (local.set $out (call $append (local.get $out) (local.get $s) (i32.sub (i32.const 2048) (local.get $s))))
    (local.set $out (call $append (local.get $out) (i32.const 73) (i32.const 7)))
    (local.set $s (call $itoa (local.get $sum) (i32.const 2048)))
    (local.set $out (call $append (local.get $out) (local.get $s) (i32.sub (i32.const 2048) (local.get $s))))
    (local.set $out (call $append (local.get $out) (i32.const 80) (i32.const 1)))
    (call $value_return (i64.extend_i32_u (i32.sub (local.get $out) (i32.const 1024))) (i64.const 1024))))
