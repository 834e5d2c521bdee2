//! The partner directory handle: loaded once, queried by `bureau_recommend` and `bureau_letter`
//! from any number of threads, updated in place by `bureau_directory_update`.

use std::sync::RwLock;

use engine::partners::PartnerIndex;

use crate::boundary::{self, null_argument, BureauStatus};
use crate::buffer::BureauBuffer;
use crate::engine::{bytes, limits_of, BureauEngine};

/// A loaded partner directory. Queries read it from several threads at once; an update waits
/// for them and they wait for it.
pub struct BureauDirectory {
    index: RwLock<PartnerIndex>,
    /// The limits of the engine it was loaded with.
    limits: engine::limits::Limits,
}

impl BureauDirectory {
    pub(crate) fn read(&self) -> std::sync::RwLockReadGuard<'_, PartnerIndex> {
        // A panic while holding the lock is caught at the boundary; an update is applied to a
        // copy that replaces the index whole once complete (`PartnerIndex::update`), so a
        // poisoned lock still guards a valid index.
        self.index.read().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Loads a `partner-directory/1` (every problem reported at once). On success `*out_directory`
/// holds the handle (free it with `bureau_directory_free`) and `*out` `{ "companies",
/// "partnerships", "warnings" }`.
///
/// # Safety
/// `engine` is a live engine; `directory` points to `directory_len` bytes; `out_directory` and
/// `out` point to writable pointer slots.
#[no_mangle]
pub unsafe extern "C" fn bureau_directory_load(
    engine: *const BureauEngine,
    directory: *const u8,
    directory_len: usize,
    out_directory: *mut *mut BureauDirectory,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: the caller passes NULL or a live engine.
    let Some(limits) = (unsafe { limits_of(engine) }) else { return null_argument("engine") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out_directory) = (unsafe { out_directory.as_mut() }) else { return null_argument("out_directory") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return null_argument("out") };
    // SAFETY: the caller passes NULL or `directory_len` readable bytes.
    let Some(input) = (unsafe { bytes(directory, directory_len) }) else { return null_argument("directory") };
    match boundary::guard_under(limits, || engine::api::load_directory(input)) {
        Ok((index, json)) => {
            *out_directory = Box::into_raw(Box::new(BureauDirectory { index: RwLock::new(index), limits }));
            *out = BureauBuffer::into_raw(json);
            BureauStatus::Ok
        }
        Err(status) => status,
    }
}

/// Applies an update to a loaded directory: a `partner-directory/1` whose companies are added
/// (or replace those with their id) and whose partnerships are added (or replace their pair's;
/// `expired` ends one). A rejected update changes nothing. On success `*out` holds what changed.
///
/// # Safety
/// `directory` is a live directory; `update` points to `update_len` bytes; `out` to a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_directory_update(
    directory: *const BureauDirectory,
    update: *const u8,
    update_len: usize,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: the caller passes NULL or a live directory.
    let Some(directory) = (unsafe { directory.as_ref() }) else { return null_argument("directory") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return null_argument("out") };
    // SAFETY: the caller passes NULL or `update_len` readable bytes.
    let Some(input) = (unsafe { bytes(update, update_len) }) else { return null_argument("update") };
    boundary::call_under(directory.limits, out, || {
        let mut index = directory.index.write().unwrap_or_else(std::sync::PoisonError::into_inner);
        engine::api::update_directory(&mut index, input)
    })
}

/// The directory as it stands (with the updates applied) as a `partner-directory/1` to save and
/// load next time: `*out` holds its JSON (companies in load order, then every partnership).
///
/// # Safety
/// `directory` is a live directory; `out` points to a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_directory_save(
    directory: *const BureauDirectory,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: the caller passes NULL or a live directory.
    let Some(directory) = (unsafe { directory.as_ref() }) else { return null_argument("directory") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return null_argument("out") };
    boundary::call_under(directory.limits, out, || {
        let index = directory.index.read().unwrap_or_else(std::sync::PoisonError::into_inner);
        engine::api::save_directory(&index)
    })
}

/// Frees a directory. Freeing NULL does nothing.
///
/// # Safety
/// `directory` is NULL or a directory from `bureau_directory_load`, not freed yet, and no call
/// on it is running.
#[no_mangle]
pub unsafe extern "C" fn bureau_directory_free(directory: *mut BureauDirectory) {
    if !directory.is_null() {
        // SAFETY: it came from `Box::into_raw` in `bureau_directory_load` and is freed once.
        drop(unsafe { Box::from_raw(directory) });
    }
}

/// The checks of an operation on a project and a directory, then the operation.
///
/// # Safety
/// As for each operation below.
unsafe fn with_directory(
    engine: *const BureauEngine,
    directory: *const BureauDirectory,
    project: (*const u8, usize),
    out: *mut *mut BureauBuffer,
    op: impl FnOnce(&[u8], &PartnerIndex) -> Result<Vec<u8>, engine::Error>,
) -> BureauStatus {
    // SAFETY: the caller passes NULL or a live engine.
    let Some(limits) = (unsafe { limits_of(engine) }) else { return null_argument("engine") };
    // SAFETY: the caller passes NULL or a live directory.
    let Some(directory) = (unsafe { directory.as_ref() }) else { return null_argument("directory") };
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return null_argument("out") };
    // SAFETY: the caller passes NULL or `project.1` readable bytes.
    let Some(project) = (unsafe { bytes(project.0, project.1) }) else { return null_argument("project") };
    boundary::call_under(limits, out, || op(project, &directory.read()))
}

/// Recommends suppliers for a project from a loaded directory. `options` (NULL for none):
/// `{ "segment"?, "managed"?, "fx"?, "projects"?, "language"?, "limit"?, "proposals"? }`. On
/// success `*out` holds `{ "needs", "ranking", "cover", "uncovered", "proposals", … }`.
///
/// # Safety
/// `engine` is a live engine; `directory` a live directory; `project` points to `project_len`
/// bytes; `options` is NULL or points to `options_len` bytes; `out` points to a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_recommend(
    engine: *const BureauEngine,
    directory: *const BureauDirectory,
    project: *const u8,
    project_len: usize,
    options: *const u8,
    options_len: usize,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: as documented above.
    let options = unsafe { bytes(options, options_len) };
    // SAFETY: as documented above.
    unsafe {
        with_directory(engine, directory, (project, project_len), out, |p, index| {
            engine::api::recommend(p, index, options)
        })
    }
}

/// A partnership proposal as a letter to both sides. `request` is `{ "manufacturer",
/// "supplier"?, "projects"?, "format"?, …settings }`; on success `*out` holds the PDF (default),
/// a PNG page, or `{ "letter", "warnings" }` for `"format": "json"`.
///
/// # Safety
/// `engine` is a live engine; `directory` a live directory; `project` points to `project_len`
/// bytes; `request` points to `request_len` bytes; `out` points to a pointer slot.
#[no_mangle]
pub unsafe extern "C" fn bureau_letter(
    engine: *const BureauEngine,
    directory: *const BureauDirectory,
    project: *const u8,
    project_len: usize,
    request: *const u8,
    request_len: usize,
    out: *mut *mut BureauBuffer,
) -> BureauStatus {
    // SAFETY: as documented above.
    let Some(request) = (unsafe { bytes(request, request_len) }) else { return null_argument("request") };
    // SAFETY: as documented above.
    unsafe {
        with_directory(engine, directory, (project, project_len), out, |p, index| {
            engine::api::letter(p, index, request)
        })
    }
}
