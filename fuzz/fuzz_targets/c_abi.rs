#![no_main]
//! Fuzz target `c_abi`: see `fuzz/c_entries.rs`.

#[path = "../c_entries.rs"]
mod c_entries;

libfuzzer_sys::fuzz_target!(|data: &[u8]| c_entries::c_abi(data));
