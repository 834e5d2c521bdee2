//! The deal handle: one project in Office, changed by `bureau_deal_apply`, saved with
//! `bureau_deal_json` and loaded back with `bureau_deal_load`.

use std::sync::Mutex;

use engine::deal::Deal;

use crate::boundary::{self, null_argument, BureauStatus};
use crate::buffer::BureauBuffer;
use crate::directory::BureauDirectory;
use crate::engine::{bytes, limits_of, BureauEngine};

/// A deal. Calls on one deal from several threads take turns.
pub struct BureauDeal {
    deal: Mutex<Deal>,
    /// The limits of the engine it was made with.
    limits: engine::limits::Limits,
}

impl BureauDeal {
    fn lock(&self) -> std::sync::MutexGuard<'_, Deal> {
        // An action changes the deal only as its last step, after every check: a panic caught
        // at the boundary leaves the deal as it was, so a poisoned lock still guards a valid one.
        self.deal.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Writes a new handle to `out_deal` and returns OK, or the failure's status.
fn hand_out(
    out_deal: &mut *mut BureauDeal,
    made: Result<Deal, BureauStatus>,
    limits: engine::limits::Limits,
) -> BureauStatus {
    match made {
        Ok(deal) => {
            *out_deal = Box::into_raw(Box::new(BureauDeal { deal: Mutex::new(deal), limits }));
            BureauStatus::Ok
        }
        Err(status) => status,
    }
}

/// Opens a deal on a project. `directory` (NULL for none) adds the recommended suppliers to
/// the segments that need one. On success `*out_deal` holds the handle (free it with
/// `bureau_deal_free`) and `*out` the deal as `deal/1` JSON.
///
/// # Safety
/// `engine` is a live engine; `project` points to `project_len` bytes; `directory` is NULL or
/// a live directory; `out_deal` and `out` point to writable pointer slots.
#[no_mangle]
pub unsafe extern "C" fn bureau_deal_new(
    engine: *const BureauEngine,
    project: *const u8,
    project_len: usize,
    directory: *const BureauDirectory,
    out_deal: *mut *mut BureauDeal,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: the caller passes NULL or a live engine.
    let Some(limits) = (unsafe { limits_of(engine) }) else { return null_argument("engine") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out_deal) = (unsafe { out_deal.as_mut() }) else { return null_argument("out_deal") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return null_argument("out") };
    // SAFETY: the caller passes NULL or `project_len` readable bytes.
    let Some(project) = (unsafe { bytes(project, project_len) }) else { return null_argument("project") };
    // SAFETY: the caller passes NULL or a live directory.
    let directory = unsafe { directory.as_ref() };
    let made = boundary::guard_under(limits, || {
        let index = directory.map(BureauDirectory::read);
        engine::api::deal_new(project, index.as_deref())
    });
    let made = made.map(|(deal, json)| {
        *out = BureauBuffer::into_raw(json);
        deal
    });
    hand_out(out_deal, made, limits)
}

/// Loads a saved `deal/1` by replaying its event log: a cut, edited or newer file is refused
/// (`json.syntax`, `deal.tampered`, `deal.format_newer`). On success `*out_deal` holds the handle.
///
/// # Safety
/// `engine` is a live engine; `deal` points to `deal_len` bytes; `out_deal` to a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_deal_load(
    engine: *const BureauEngine,
    deal: *const u8,
    deal_len: usize,
    out_deal: *mut *mut BureauDeal,
) -> BureauStatus {
    // SAFETY: the caller passes NULL or a live engine.
    let Some(limits) = (unsafe { limits_of(engine) }) else { return null_argument("engine") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out_deal) = (unsafe { out_deal.as_mut() }) else { return null_argument("out_deal") };
    // SAFETY: the caller passes NULL or `deal_len` readable bytes.
    let Some(input) = (unsafe { bytes(deal, deal_len) }) else { return null_argument("deal") };
    let loaded = boundary::guard_under(limits, || engine::api::deal_load(input));
    hand_out(out_deal, loaded, limits)
}

/// Applies an action (`{ "actor", "at", "action", … }`) for its actor. `directory` (NULL for
/// none) lets refusals carry recommended suppliers and invitations find companies. On success
/// `*out` holds `{ "version", "repeated", "events", "warnings" }`; a refusal leaves the deal
/// unchanged and `bureau_last_error` holds it.
///
/// # Safety
/// `deal` is a live deal; `action` points to `action_len` bytes; `directory` is NULL or a live
/// directory; `out` points to a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_deal_apply(
    deal: *const BureauDeal,
    action: *const u8,
    action_len: usize,
    directory: *const BureauDirectory,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: the caller passes NULL or a live deal.
    let Some(deal) = (unsafe { deal.as_ref() }) else { return null_argument("deal") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return null_argument("out") };
    // SAFETY: the caller passes NULL or `action_len` readable bytes.
    let Some(input) = (unsafe { bytes(action, action_len) }) else { return null_argument("action") };
    // SAFETY: the caller passes NULL or a live directory.
    let directory = unsafe { directory.as_ref() };
    boundary::call_under(deal.limits, out, || {
        let index = directory.map(BureauDirectory::read);
        engine::api::deal_apply(&mut deal.lock(), input, index.as_deref())
    })
}

/// The deal as `deal/1` JSON, for the host to save.
///
/// # Safety
/// `deal` is a live deal; `out` points to a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_deal_json(deal: *const BureauDeal, out: *mut *mut BureauBuffer) -> BureauStatus {
    // SAFETY: the caller passes NULL or a live deal.
    let Some(deal) = (unsafe { deal.as_ref() }) else { return null_argument("deal") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return null_argument("out") };
    boundary::call_under(deal.limits, out, || deal.lock().to_json())
}

/// What one party may see of the deal: `audience` is a company id of the deal or `client`.
///
/// # Safety
/// `deal` is a live deal; `audience` points to `audience_len` bytes of UTF-8; `out` points to
/// a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_deal_view(
    deal: *const BureauDeal,
    audience: *const u8,
    audience_len: usize,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: the caller passes NULL or a live deal.
    let Some(deal) = (unsafe { deal.as_ref() }) else { return null_argument("deal") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return null_argument("out") };
    // SAFETY: the caller passes NULL or `audience_len` readable bytes.
    let Some(audience) = (unsafe { bytes(audience, audience_len) }) else { return null_argument("audience") };
    boundary::call_under(deal.limits, out, || {
        let audience = std::str::from_utf8(audience).map_err(|_| {
            engine::Error::Rejected(vec![engine::Problem::new(
                engine::Code::ArgumentInvalid,
                "",
                "The audience is not UTF-8 text; pass a company id or `client`.",
            )])
        })?;
        engine::api::deal_view(&deal.lock(), audience)
    })
}

/// A document of the deal for one party: `request` is a deal document request (JSON: the
/// `audience`, an issued document's `number` or the `report` with its `as_of`, the `format`);
/// `out` gets the JSON, PDF, PNG, XLSX or CSV bytes.
///
/// # Safety
/// `deal` is a live deal; `request` points to `request_len` bytes; `out` points to a pointer
/// slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_deal_document(
    deal: *const BureauDeal,
    request: *const u8,
    request_len: usize,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: the caller passes NULL or a live deal.
    let Some(deal) = (unsafe { deal.as_ref() }) else { return null_argument("deal") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return null_argument("out") };
    // SAFETY: the caller passes NULL or `request_len` readable bytes.
    let Some(request) = (unsafe { bytes(request, request_len) }) else { return null_argument("request") };
    boundary::call_under(deal.limits, out, || engine::api::deal_document(&deal.lock(), request))
}

/// Frees a deal. Freeing NULL does nothing.
///
/// # Safety
/// `deal` is NULL or a deal from `bureau_deal_new` or `bureau_deal_load`, not freed yet, and no
/// call on it is running.
#[no_mangle]
pub unsafe extern "C" fn bureau_deal_free(deal: *mut BureauDeal) {
    if !deal.is_null() {
        // SAFETY: it came from `Box::into_raw` in `hand_out` and is freed once.
        drop(unsafe { Box::from_raw(deal) });
    }
}
