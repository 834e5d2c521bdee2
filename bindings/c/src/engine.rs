//! The engine handle and the operations on it.

use crate::boundary::{self, null_argument, BureauStatus};
use crate::buffer::BureauBuffer;

/// An engine: made once, used for many calls, from any number of threads.
pub struct BureauEngine {
    /// The limits every call on this engine (and on its deals and directories) runs under.
    pub(crate) limits: engine::limits::Limits,
}

/// The limits of a live engine.
///
/// # Safety
/// `engine` is NULL or a live engine.
pub(crate) unsafe fn limits_of(engine: *const BureauEngine) -> Option<engine::limits::Limits> {
    // SAFETY: the caller passes NULL or a live engine.
    unsafe { engine.as_ref() }.map(|e| e.limits)
}

/// # Safety
/// `ptr` is NULL or points to `len` readable bytes.
pub(crate) unsafe fn bytes<'a>(ptr: *const u8, len: usize) -> Option<&'a [u8]> {
    if ptr.is_null() {
        None
    } else {
        // SAFETY: the caller guarantees `len` readable bytes at `ptr`.
        Some(unsafe { std::slice::from_raw_parts(ptr, len) })
    }
}

/// Makes an engine. `options` (JSON, may be NULL with length 0): `{}`, or
/// `{"limits": {"lines": 500, …}}` to lower the engine's limits (see the README's table) for
/// every call on it and on the deals and directories made with it.
///
/// # Safety
/// `options` is NULL or points to `options_len` bytes; `out` points to a writable pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_engine_new(
    options: *const u8,
    options_len: usize,
    out: *mut *mut BureauEngine,
) -> BureauStatus {
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return null_argument("out") };
    // SAFETY: as documented above.
    let options = unsafe { bytes(options, options_len) }.unwrap_or(b"{}");
    match boundary::guard(|| {
        let limits = engine::api::engine_options(options)?;
        // Fonts and typst's library, loaded once for every engine of the process.
        engine::api::renderer();
        Ok(limits)
    }) {
        Ok(limits) => {
            *out = Box::into_raw(Box::new(BureauEngine { limits }));
            BureauStatus::Ok
        }
        Err(status) => status,
    }
}

/// Frees an engine. Freeing NULL does nothing.
///
/// # Safety
/// `engine` is NULL or an engine from `bureau_engine_new`, not freed yet, and no call on it
/// is running.
#[no_mangle]
pub unsafe extern "C" fn bureau_engine_free(engine: *mut BureauEngine) {
    if !engine.is_null() {
        // SAFETY: it came from `Box::into_raw` in `bureau_engine_new` and is freed once.
        drop(unsafe { Box::from_raw(engine) });
    }
}

/// Checks a project, partner directory or proforma (chosen by its `format`).
/// On success `*out` holds `{ "ok": true, "format", "warnings": [...] }`.
///
/// # Safety
/// `engine` is a live engine; `input` points to `input_len` bytes; `out` to a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_validate(
    engine: *const BureauEngine,
    input: *const u8,
    input_len: usize,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: as documented above.
    unsafe { operation(engine, (input, input_len, "input"), out, engine::api::validate) }
}

/// The checks every operation on an engine makes, then the operation behind the panic guard:
/// a NULL engine, output slot or input is `BUREAU_STATUS_NULL_ARGUMENT` naming the argument.
///
/// # Safety
/// `engine` is NULL or a live engine; `input.0` is NULL or points to `input.1` bytes; `out` is
/// NULL or a writable pointer slot.
unsafe fn operation(
    engine: *const BureauEngine,
    input: (*const u8, usize, &str),
    out: *mut *mut BureauBuffer,
    op: impl FnOnce(&[u8]) -> Result<Vec<u8>, engine::Error>,
) -> BureauStatus {
    // SAFETY: the caller passes NULL or a live engine.
    let Some(limits) = (unsafe { limits_of(engine) }) else { return null_argument("engine") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return null_argument("out") };
    // SAFETY: the caller passes NULL or `input.1` readable bytes.
    let Some(bytes) = (unsafe { bytes(input.0, input.1) }) else { return null_argument(input.2) };
    boundary::call_under(limits, out, || op(bytes))
}

/// Splits a project into segments; with `previous` (NULL for none) adds the diff against it.
/// On success `*out` holds `{ "project", "segments", "unsourced", "diff"? }`.
///
/// # Safety
/// `engine` is a live engine; `project` points to `project_len` bytes; `previous` is NULL or
/// points to `previous_len` bytes; `out` points to a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_segment(
    engine: *const BureauEngine,
    project: *const u8,
    project_len: usize,
    previous: *const u8,
    previous_len: usize,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: as documented above.
    let previous = unsafe { bytes(previous, previous_len) };
    // SAFETY: as documented above.
    unsafe { operation(engine, (project, project_len, "project"), out, |p| engine::api::segment(p, previous)) }
}

/// An amount in words: `request` is `{ "amount": "1234.56", "currency": "RUB", "language": "ru" }`;
/// on success `*out` holds `{ "text": "Одна тысяча двести тридцать четыре рубля 56 копеек" }`.
///
/// # Safety
/// `engine` is a live engine; `request` points to `request_len` bytes; `out` to a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_words(
    engine: *const BureauEngine,
    request: *const u8,
    request_len: usize,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: as documented above.
    unsafe { operation(engine, (request, request_len, "request"), out, engine::api::words) }
}

/// The catalogue of error and warning codes, as JSON.
///
/// # Safety
/// `out` points to a writable pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_codes(out: *mut *mut BureauBuffer) -> BureauStatus {
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return null_argument("out") };
    boundary::call(out, engine::api::codes)
}

/// Builds one document. `request` is `{ "kind", "segment"?, "format"?, …settings }`: `kind` one
/// of `specification`, `proforma_request`, `proforma`, `packing_list`; `format` `pdf`
/// (default), `png` (one page, `page`, at `preview_dpi`), `xlsx` or `csv` (the specification
/// and the packing list) or `json`. On success `*out` holds the file's bytes, or for `json`
/// `{ "document": <model>, "warnings": [...] }`.
/// Same project and request, same bytes. Safe to call from several threads on one engine.
///
/// # Safety
/// `engine` is a live engine; `project` points to `project_len` bytes; `request` points to
/// `request_len` bytes; `out` points to a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_document(
    engine: *const BureauEngine,
    project: *const u8,
    project_len: usize,
    request: *const u8,
    request_len: usize,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: as documented above.
    let Some(request) = (unsafe { bytes(request, request_len) }) else { return null_argument("request") };
    // SAFETY: as documented above.
    unsafe { operation(engine, (project, project_len, "project"), out, |p| engine::api::document(p, request)) }
}

/// The Back Office's reconciliation of a source's `proforma/1` against its segment, with
/// `settings` (NULL for none): `{ "tolerances"?, "fx"?, "rounding"? }`. On success `*out` holds
/// the report: `lines` (each `accepted`, `changed`, `missing` or `added`, with `changes` and its
/// money `effect`), `arithmetic`, `effect`, `lead_time_weeks`, `warnings`.
///
/// # Safety
/// `engine` is a live engine; `project` points to `project_len` bytes; `proforma` points to
/// `proforma_len` bytes; `settings` is NULL or points to `settings_len` bytes; `out` points to a
/// pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_reconcile(
    engine: *const BureauEngine,
    project: *const u8,
    project_len: usize,
    proforma: *const u8,
    proforma_len: usize,
    settings: *const u8,
    settings_len: usize,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: as documented above.
    let Some(proforma) = (unsafe { bytes(proforma, proforma_len) }) else { return null_argument("proforma") };
    // SAFETY: as documented above.
    let settings = unsafe { bytes(settings, settings_len) };
    // SAFETY: as documented above.
    unsafe {
        operation(engine, (project, project_len, "project"), out, |p| engine::api::reconcile(p, proforma, settings))
    }
}

/// The Front Office's client invoice. `request` is `{ "segments", "seller", "costs"?,
/// "proformas"?, "format"?, …settings }`; on success `*out` holds `{ "invoice", "warnings" }`
/// (`format` `json`, the default), or the PDF, a PNG preview, `xlsx`, `csv`, or EN 16931 data:
/// `ubl` (UBL 2.1, Peppol BIS 3), `cii` (Factur-X EN 16931 CII) or `facturx` (the PDF/A-3 with
/// the CII attached). Same input, same bytes.
///
/// # Safety
/// `engine` is a live engine; `project` points to `project_len` bytes; `request` points to
/// `request_len` bytes; `out` points to a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_invoice(
    engine: *const BureauEngine,
    project: *const u8,
    project_len: usize,
    request: *const u8,
    request_len: usize,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: as documented above.
    let Some(request) = (unsafe { bytes(request, request_len) }) else { return null_argument("request") };
    // SAFETY: as documented above.
    unsafe { operation(engine, (project, project_len, "project"), out, |p| engine::api::invoice(p, request)) }
}
