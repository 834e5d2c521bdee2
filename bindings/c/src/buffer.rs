//! The one owned buffer type for everything Bureau returns (JSON and, later, PDF bytes).

use crate::boundary::{self, BureauStatus};

/// Bytes owned by Bureau. Read them with `bureau_buffer_data` and `bureau_buffer_len`; free
/// them with `bureau_buffer_free` only (never `free()`).
pub struct BureauBuffer {
    bytes: Box<[u8]>,
}

impl BureauBuffer {
    pub(crate) fn into_raw(bytes: Vec<u8>) -> *mut BureauBuffer {
        Box::into_raw(Box::new(BureauBuffer { bytes: bytes.into_boxed_slice() }))
    }
}

/// The buffer's bytes (not NUL-terminated); valid until the buffer is freed. NULL gives NULL.
///
/// # Safety
/// `buffer` is NULL or a live buffer returned by Bureau.
#[no_mangle]
pub unsafe extern "C" fn bureau_buffer_data(buffer: *const BureauBuffer) -> *const u8 {
    // SAFETY: the caller passes NULL or a live buffer that Bureau made.
    match unsafe { buffer.as_ref() } {
        Some(b) => b.bytes.as_ptr(),
        None => std::ptr::null(),
    }
}

/// The number of bytes in the buffer; 0 for NULL.
///
/// # Safety
/// `buffer` is NULL or a live buffer returned by Bureau.
#[no_mangle]
pub unsafe extern "C" fn bureau_buffer_len(buffer: *const BureauBuffer) -> usize {
    // SAFETY: the caller passes NULL or a live buffer that Bureau made.
    unsafe { buffer.as_ref() }.map_or(0, |b| b.bytes.len())
}

/// Frees a buffer. Freeing NULL does nothing.
///
/// # Safety
/// `buffer` is NULL or a buffer returned by Bureau and not freed yet.
#[no_mangle]
pub unsafe extern "C" fn bureau_buffer_free(buffer: *mut BureauBuffer) {
    if !buffer.is_null() {
        // SAFETY: the buffer came from `Box::into_raw` in `into_raw` and is freed once.
        drop(unsafe { Box::from_raw(buffer) });
    }
}

/// Writes this thread's last error body (`{ "errors": [...] }`) into `*out`.
/// Returns `BUREAU_STATUS_INVALID_INPUT` and leaves `*out` alone when the last call succeeded.
///
/// # Safety
/// `out` is NULL or points to writable memory for one pointer.
#[no_mangle]
pub unsafe extern "C" fn bureau_last_error(out: *mut *mut BureauBuffer) -> BureauStatus {
    // SAFETY: the caller passes NULL or a writable pointer slot.
    let Some(out) = (unsafe { out.as_mut() }) else { return BureauStatus::NullArgument };
    match boundary::last_error() {
        Some(body) => {
            *out = BureauBuffer::into_raw(body);
            BureauStatus::Ok
        }
        None => BureauStatus::InvalidInput,
    }
}
