"""Loading libbureau and calling it: the one place that touches ctypes."""

from __future__ import annotations

import ctypes
import json
import os
from pathlib import Path
from typing import Any, Callable

from .errors import BureauError, raise_for

#: The C ABI this package is written for; must equal the library's bureau_abi_version().
ABI_VERSION = 1

STATUS_OK = 0


class _Buffer(ctypes.Structure):
    """Opaque BureauBuffer."""


class _Engine(ctypes.Structure):
    """Opaque BureauEngine."""


class _Directory(ctypes.Structure):
    """Opaque BureauDirectory."""


class _Deal(ctypes.Structure):
    """Opaque BureauDeal."""


_BufferP = ctypes.POINTER(_Buffer)
_DirectoryP = ctypes.POINTER(_Directory)
_DealP = ctypes.POINTER(_Deal)
_EngineP = ctypes.POINTER(_Engine)
_Bytes = ctypes.POINTER(ctypes.c_uint8)


def _library_path() -> str:
    """`$BUREAU_LIBRARY` when set (an override), else the engine the wheel put beside this file."""
    env = os.environ.get("BUREAU_LIBRARY")
    if env:
        return env
    here = Path(__file__).resolve().parent
    for name in ("libbureau.so", "libbureau.dylib", "bureau.dll"):
        if (here / name).exists():
            return str(here / name)
    raise ImportError(
        f"the Bureau engine is missing from {here}: reinstall the package with "
        "`pip install ./bindings/python` (it builds the engine with cargo), or set BUREAU_LIBRARY "
        "to a libbureau built by `cargo build -p bureau-c`"
    )


def _load() -> ctypes.CDLL:
    path = _library_path()
    lib = ctypes.CDLL(path)
    lib.bureau_abi_version.restype = ctypes.c_uint32
    lib.bureau_abi_version.argtypes = []
    lib.bureau_version.restype = ctypes.c_char_p
    lib.bureau_version.argtypes = []
    lib.bureau_buffer_data.restype = _Bytes
    lib.bureau_buffer_data.argtypes = [_BufferP]
    lib.bureau_buffer_len.restype = ctypes.c_size_t
    lib.bureau_buffer_len.argtypes = [_BufferP]
    lib.bureau_buffer_free.restype = None
    lib.bureau_buffer_free.argtypes = [_BufferP]
    lib.bureau_last_error.restype = ctypes.c_int
    lib.bureau_last_error.argtypes = [ctypes.POINTER(_BufferP)]
    lib.bureau_engine_new.restype = ctypes.c_int
    lib.bureau_engine_new.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_EngineP)]
    lib.bureau_engine_free.restype = None
    lib.bureau_engine_free.argtypes = [_EngineP]
    lib.bureau_validate.restype = ctypes.c_int
    lib.bureau_validate.argtypes = [_EngineP, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_BufferP)]
    lib.bureau_segment.restype = ctypes.c_int
    lib.bureau_segment.argtypes = [
        _EngineP, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_BufferP)
    ]
    lib.bureau_words.restype = ctypes.c_int
    lib.bureau_words.argtypes = [_EngineP, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_BufferP)]
    lib.bureau_document.restype = ctypes.c_int
    lib.bureau_document.argtypes = [
        _EngineP, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_BufferP)
    ]
    lib.bureau_reconcile.restype = ctypes.c_int
    lib.bureau_reconcile.argtypes = [
        _EngineP, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
        ctypes.c_size_t, ctypes.POINTER(_BufferP)
    ]
    lib.bureau_invoice.restype = ctypes.c_int
    lib.bureau_invoice.argtypes = [
        _EngineP, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_BufferP)
    ]
    lib.bureau_directory_load.restype = ctypes.c_int
    lib.bureau_directory_load.argtypes = [
        _EngineP, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_DirectoryP), ctypes.POINTER(_BufferP)
    ]
    lib.bureau_directory_update.restype = ctypes.c_int
    lib.bureau_directory_update.argtypes = [_DirectoryP, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_BufferP)]
    lib.bureau_directory_save.restype = ctypes.c_int
    lib.bureau_directory_save.argtypes = [_DirectoryP, ctypes.POINTER(_BufferP)]
    lib.bureau_directory_free.restype = None
    lib.bureau_directory_free.argtypes = [_DirectoryP]
    lib.bureau_recommend.restype = ctypes.c_int
    lib.bureau_recommend.argtypes = [
        _EngineP, _DirectoryP, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t,
        ctypes.POINTER(_BufferP)
    ]
    lib.bureau_letter.restype = ctypes.c_int
    lib.bureau_letter.argtypes = [
        _EngineP, _DirectoryP, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t,
        ctypes.POINTER(_BufferP)
    ]
    lib.bureau_deal_new.restype = ctypes.c_int
    lib.bureau_deal_new.argtypes = [
        _EngineP, ctypes.c_char_p, ctypes.c_size_t, _DirectoryP, ctypes.POINTER(_DealP), ctypes.POINTER(_BufferP)
    ]
    lib.bureau_deal_load.restype = ctypes.c_int
    lib.bureau_deal_load.argtypes = [_EngineP, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_DealP)]
    lib.bureau_deal_apply.restype = ctypes.c_int
    lib.bureau_deal_apply.argtypes = [_DealP, ctypes.c_char_p, ctypes.c_size_t, _DirectoryP, ctypes.POINTER(_BufferP)]
    lib.bureau_deal_json.restype = ctypes.c_int
    lib.bureau_deal_json.argtypes = [_DealP, ctypes.POINTER(_BufferP)]
    lib.bureau_deal_view.restype = ctypes.c_int
    lib.bureau_deal_view.argtypes = [_DealP, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_BufferP)]
    lib.bureau_deal_document.restype = ctypes.c_int
    lib.bureau_deal_document.argtypes = [_DealP, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_BufferP)]
    lib.bureau_deal_free.restype = None
    lib.bureau_deal_free.argtypes = [_DealP]
    lib.bureau_codes.restype = ctypes.c_int
    lib.bureau_codes.argtypes = [ctypes.POINTER(_BufferP)]
    found = lib.bureau_abi_version()
    if found != ABI_VERSION:
        raise ImportError(
            f"the Bureau engine at {path} has C ABI version {found}; this package needs {ABI_VERSION}: "
            "install the package and the engine from one checkout (or unset BUREAU_LIBRARY)"
        )
    return lib


LIB = _load()


def _take(buf: Any) -> bytes:
    """Copies a buffer's bytes out and frees it."""
    try:
        return ctypes.string_at(LIB.bureau_buffer_data(buf), LIB.bureau_buffer_len(buf))
    finally:
        LIB.bureau_buffer_free(buf)


def _last_error() -> bytes:
    buf = _BufferP()
    if LIB.bureau_last_error(ctypes.byref(buf)) != STATUS_OK:
        return json.dumps(
            {"errors": [{"code": "internal", "path": "", "message": "the call failed without an error body"}]}
        ).encode()
    return _take(buf)


def call(fn: Callable[..., int], *args: Any) -> bytes:
    """Calls a libbureau function whose last argument is a BureauBuffer** out-param.

    Returns the buffer's bytes; raises a BureauError subclass carrying the error body.
    """
    out = _BufferP()
    status = fn(*args, ctypes.byref(out))
    if status != STATUS_OK:
        raise_for(status, _last_error())
    return _take(out)


def new_engine(options: bytes) -> Any:
    engine = _EngineP()
    status = LIB.bureau_engine_new(options, len(options), ctypes.byref(engine))
    if status != STATUS_OK:
        raise_for(status, _last_error())
    return engine


def load_directory(engine: Any, data: bytes) -> tuple[Any, bytes]:
    """Loads a partner directory: its handle and the load summary's bytes."""
    directory = _DirectoryP()
    out = _BufferP()
    status = LIB.bureau_directory_load(engine, data, len(data), ctypes.byref(directory), ctypes.byref(out))
    if status != STATUS_OK:
        raise_for(status, _last_error())
    return directory, _take(out)


def new_deal(engine: Any, project: bytes, directory: Any) -> tuple[Any, bytes]:
    """Opens a deal: its handle and the deal's JSON bytes."""
    deal = _DealP()
    out = _BufferP()
    status = LIB.bureau_deal_new(engine, project, len(project), directory, ctypes.byref(deal), ctypes.byref(out))
    if status != STATUS_OK:
        raise_for(status, _last_error())
    return deal, _take(out)


def load_deal(engine: Any, data: bytes) -> Any:
    """Loads a saved deal: its handle."""
    deal = _DealP()
    status = LIB.bureau_deal_load(engine, data, len(data), ctypes.byref(deal))
    if status != STATUS_OK:
        raise_for(status, _last_error())
    return deal


__all__ = ["ABI_VERSION", "BureauError", "LIB", "call", "load_deal", "load_directory", "new_deal", "new_engine"]
