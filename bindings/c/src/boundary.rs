//! The panic boundary and the per-thread last error.

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};

use engine::{Code, Error, Problem};

use crate::buffer::BureauBuffer;

/// What a call did. Values are never reused for another meaning.
/// In C the variants read `BUREAU_STATUS_OK`, `BUREAU_STATUS_INVALID_INPUT`, …
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

/// Runs `f` behind the panic boundary and hands its bytes to `out` as a new buffer.
///
/// `out` must have been checked for NULL by the caller.
pub(crate) fn call(out: &mut *mut BureauBuffer, f: impl FnOnce() -> Result<Vec<u8>, Error>) -> BureauStatus {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(bytes)) => {
            set_last_error(None);
            *out = BureauBuffer::into_raw(bytes);
            BureauStatus::Ok
        }
        Ok(Err(e)) => {
            let status = match e {
                Error::Internal(_) => BureauStatus::Internal,
                Error::Rejected(_) => BureauStatus::InvalidInput,
            };
            set_last_error(Some(e.to_json()));
            status
        }
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic".to_string());
            set_last_error(Some(Error::Internal(what).to_json()));
            BureauStatus::Internal
        }
    }
}
