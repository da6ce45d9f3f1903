;; A NEAR contract that keeps one JSON status message.
;;   set_status(<json>)  stores the call's input under the key "status" and logs it
;;   get_status()        returns the stored message, or panics with "no status set"
;; Built with scripts/build-contracts.sh (wat2wasm from WABT).
(module
  (import "env" "input" (func $input (param i64)))
  (import "env" "register_len" (func $register_len (param i64) (result i64)))
  (import "env" "read_register" (func $read_register (param i64 i64)))
  (import "env" "storage_write" (func $storage_write (param i64 i64 i64 i64 i64) (result i64)))
  (import "env" "storage_read" (func $storage_read (param i64 i64 i64) (result i64)))
  (import "env" "value_return" (func $value_return (param i64 i64)))
  (import "env" "log_utf8" (func $log_utf8 (param i64 i64)))
  (import "env" "panic_utf8" (func $panic_utf8 (param i64 i64)))
  (memory 1)
  (data (i32.const 0) "status")
  (data (i32.const 16) "no status set")

  (func (export "set_status")
    (call $input (i64.const 0))
    ;; value from register 0 (length u64::MAX selects the register)
    (drop (call $storage_write (i64.const 6) (i64.const 0) (i64.const -1) (i64.const 0) (i64.const 1)))
    (call $read_register (i64.const 0) (i64.const 1024))
    (call $log_utf8 (call $register_len (i64.const 0)) (i64.const 1024)))

  (func (export "get_status")
    (if (i64.eqz (call $storage_read (i64.const 6) (i64.const 0) (i64.const 0)))
      (then (call $panic_utf8 (i64.const 13) (i64.const 16))))
    (call $value_return (i64.const -1) (i64.const 0))))
