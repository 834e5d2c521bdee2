//! The C ABI of Bureau: `include/bureau.h` is generated from this crate by cbindgen.
//!
//! Conventions (written once, at the top of the header too):
//! - Every fallible function returns a [`BureauStatus`]; outputs go through out-params that
//!   are written only on success.
//! - Inputs are (pointer, length) pairs of UTF-8 bytes, not NUL-terminated strings.
//! - Everything returned is a [`BureauBuffer`], freed with `bureau_buffer_free` (never `free()`).
//! - On failure, `bureau_last_error` gives this thread's JSON error body
//!   `{ "errors": [ { "code", "path", "message" } ] }`.
//! - No panic crosses the boundary: one becomes `BUREAU_STATUS_INTERNAL`.
//! - A `BureauEngine` is immutable once made: any function may be called on one engine from
//!   several threads at once. A `BureauDirectory` may be queried from several threads at once;
//!   `bureau_directory_update` waits for the queries running on it. Calls on one `BureauDeal`
//!   from several threads take turns.

mod boundary;
mod buffer;
mod deal;
mod directory;
mod engine;

pub use boundary::BureauStatus;
// Every function of the ABI, also to Rust callers of these sources built as a library (the
// `c_abi` fuzz target and the test replaying its corpus, through fuzz/c_shim).
pub use buffer::*;
pub use deal::*;
pub use directory::*;
pub use engine::*;

/// A version component (`"12"` → 12), at compile time.
const fn parse_u32(s: &str) -> u32 {
    let mut rest = s.as_bytes();
    let mut n = 0u32;
    while let [digit, tail @ ..] = rest {
        n = n * 10 + (*digit - b'0') as u32;
        rest = tail;
    }
    n
}

/// The ABI version: `major × 1000 + minor` of the crate's version (while the major is 0, a minor
/// release may change the ABI). Bindings refuse a library whose ABI version differs from theirs.
pub const BUREAU_ABI_VERSION: u32 =
    parse_u32(env!("CARGO_PKG_VERSION_MAJOR")) * 1000 + parse_u32(env!("CARGO_PKG_VERSION_MINOR"));

/// The ABI version of the loaded library; compare it with `BUREAU_ABI_VERSION` from the header.
#[no_mangle]
pub extern "C" fn bureau_abi_version() -> u32 {
    BUREAU_ABI_VERSION
}

/// The library's version as a static NUL-terminated string (`"0.1.0"`); do not free it.
#[no_mangle]
pub extern "C" fn bureau_version() -> *const std::ffi::c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}
