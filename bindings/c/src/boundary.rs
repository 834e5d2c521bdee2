//! The panic boundary and the per-thread last error.

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};

use engine::limits::Limits;
use engine::{Code, Error, Problem};

use crate::buffer::BureauBuffer;

/// What a call did. Values are never reused for another meaning.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BureauStatus {
    /// Success; the out-param is written.
    Ok = 0,
    /// The input was rejected; `bureau_last_error` lists every problem.
    InvalidInput = 1,
    /// A required pointer argument was NULL.
    NullArgument = 2,
    /// A bug in Bureau (a caught panic); `bureau_last_error` says where.
    Internal = 3,
}

thread_local! {
    static LAST_ERROR: RefCell<Option<Vec<u8>>> = const { RefCell::new(None) };
}

pub(crate) fn set_last_error(body: Option<Vec<u8>>) {
    LAST_ERROR.with(|e| *e.borrow_mut() = body);
}

pub(crate) fn last_error() -> Option<Vec<u8>> {
    LAST_ERROR.with(|e| e.borrow().clone())
}

pub(crate) fn null_argument(name: &str) -> BureauStatus {
    let e = Error::Rejected(vec![Problem::new(
        Code::ArgumentNull,
        "",
        format!("The argument `{name}` is NULL; pass a valid pointer."),
    )]);
    set_last_error(Some(e.to_json()));
    BureauStatus::NullArgument
}

/// Runs `f` behind the panic boundary: its error, or a caught panic, becomes a status and this
/// thread's last error; success clears the last error.
pub(crate) fn guard<T>(f: impl FnOnce() -> Result<T, Error>) -> Result<T, BureauStatus> {
    let outcome = catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string());
        Err(Error::Internal(what))
    });
    match outcome {
        Ok(value) => {
            set_last_error(None);
            Ok(value)
        }
        Err(e) => {
            set_last_error(Some(e.to_json()));
            Err(match e {
                Error::Internal(_) => BureauStatus::Internal,
                Error::Rejected(_) => BureauStatus::InvalidInput,
            })
        }
    }
}

/// [`guard`] under the limits of the engine the call belongs to: what it reads, and the error
/// body it may leave, are bounded by them.
pub(crate) fn guard_under<T>(limits: Limits, f: impl FnOnce() -> Result<T, Error>) -> Result<T, BureauStatus> {
    engine::limits::scoped(limits, || guard(f))
}

/// [`call`] under the limits of the engine the call belongs to (see [`guard_under`]).
pub(crate) fn call_under(
    limits: Limits,
    out: &mut *mut BureauBuffer,
    f: impl FnOnce() -> Result<Vec<u8>, Error>,
) -> BureauStatus {
    engine::limits::scoped(limits, || call(out, f))
}

/// [`guard`] for a call that returns bytes: on success they go to `out` as a new buffer.
pub(crate) fn call(out: &mut *mut BureauBuffer, f: impl FnOnce() -> Result<Vec<u8>, Error>) -> BureauStatus {
    match guard(f) {
        Ok(bytes) => {
            *out = BureauBuffer::into_raw(bytes);
            BureauStatus::Ok
        }
        Err(status) => status,
    }
}
