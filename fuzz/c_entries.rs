//! The `c_abi` fuzz target, shared with the stable test that replays its corpus
//! (`bindings/c/tests/fuzz_corpus.rs`): the fuzzer's bytes choose functions, which buffers
//! (NULL, or a slice of the input with its exact length) and which handles they get. Every call
//! must return a status; every buffer and handle is freed.

#![allow(dead_code, clippy::indexing_slicing)]

use bureau_c::*;
use std::ptr;

/// Reads and frees a buffer the engine handed out (NULL: nothing).
fn free(out: &mut *mut BureauBuffer) {
    if !out.is_null() {
        // SAFETY: a non-NULL `out` is a live buffer the engine made, freed once and forgotten.
        unsafe {
            let _ = bureau_buffer_data(*out);
            let _ = bureau_buffer_len(*out);
            bureau_buffer_free(*out);
        }
        *out = ptr::null_mut();
    }
}

/// Calls the C functions as the bytes say: up to eight operation bytes, then up to three
/// inputs cut at NUL bytes.
pub fn c_abi(data: &[u8]) {
    let (ops, rest) = data.split_at(data.len().min(8));
    let inputs: Vec<&[u8]> = rest.splitn(3, |b| *b == 0).collect();
    let input = |i: usize| inputs.get(i).copied();
    let as_ptr = |b: Option<&[u8]>| b.map_or((ptr::null(), 0), |b| (b.as_ptr(), b.len()));
    // SAFETY: every pointer is NULL or a slice of `data` with its exact length, every handle
    // comes from the engine and is freed once, and every output slot is a live local.
    unsafe {
        let mut engine = ptr::null_mut();
        let (o, ol) = if ops.first().is_some_and(|b| b & 1 == 1) { as_ptr(input(2)) } else { (ptr::null(), 0) };
        if bureau_engine_new(o, ol, &mut engine) != BureauStatus::Ok
            && bureau_engine_new(ptr::null(), 0, &mut engine) != BureauStatus::Ok
        {
            return;
        }
        let mut out = ptr::null_mut();
        for &op in ops {
            let (a, al) = as_ptr(input(0));
            let (b, bl) = as_ptr(input(1));
            match op % 12 {
                0 => drop(bureau_validate(engine, a, al, &mut out)),
                1 => drop(bureau_segment(engine, a, al, b, bl, &mut out)),
                2 => drop(bureau_words(engine, a, al, &mut out)),
                3 => drop(bureau_document(engine, a, al, b, bl, &mut out)),
                4 => drop(bureau_reconcile(engine, a, al, b, bl, ptr::null(), 0, &mut out)),
                5 => drop(bureau_invoice(engine, a, al, b, bl, &mut out)),
                6 => {
                    let mut dir = ptr::null_mut();
                    if bureau_directory_load(engine, a, al, &mut dir, &mut out) == BureauStatus::Ok {
                        free(&mut out);
                        let _ = bureau_directory_update(dir, b, bl, &mut out);
                        free(&mut out);
                        let _ = bureau_recommend(engine, dir, b, bl, ptr::null(), 0, &mut out);
                        bureau_directory_free(dir);
                    }
                }
                7 => {
                    let mut deal = ptr::null_mut();
                    if bureau_deal_new(engine, a, al, ptr::null(), &mut deal, &mut out) == BureauStatus::Ok {
                        free(&mut out);
                        let _ = bureau_deal_apply(deal, b, bl, ptr::null(), &mut out);
                        free(&mut out);
                        let _ = bureau_deal_view(deal, b, bl, &mut out);
                        free(&mut out);
                        let _ = bureau_deal_json(deal, &mut out);
                        bureau_deal_free(deal);
                    }
                }
                8 => {
                    let mut deal = ptr::null_mut();
                    if bureau_deal_load(engine, a, al, &mut deal) == BureauStatus::Ok {
                        bureau_deal_free(deal);
                    }
                }
                9 => drop(bureau_validate(ptr::null(), a, al, &mut out)),
                10 => drop(bureau_segment(engine, ptr::null(), 0, b, bl, &mut out)),
                _ => drop(bureau_codes(&mut out)),
            }
            free(&mut out);
            if bureau_last_error(&mut out) == BureauStatus::Ok {
                free(&mut out);
            }
        }
        bureau_engine_free(engine);
    }
}
