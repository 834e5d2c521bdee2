"""Bureau for Python: the engine's operations over its C library.

Every method takes JSON as ``bytes`` or ``str`` (or a ``dict``, serialised for you) and returns
the result parsed; the ``*_json`` variants return the exact bytes the engine produced, the
same bytes every other surface gives.
"""

from __future__ import annotations

import functools
import json
import threading
from typing import Any, Callable, Optional, TypeVar, Union, cast

from . import _native
from .errors import BureauError, InternalError, InvalidInput, NullArgument

Json = Union[bytes, str, dict[str, Any]]

__version__ = "0.1.0"


def _bytes(value: Json) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def abi_version() -> int:
    """The loaded library's ABI version."""
    return int(_native.LIB.bureau_abi_version())


def library_version() -> str:
    """The loaded library's version string."""
    return bytes(_native.LIB.bureau_version()).decode("utf-8")


class _Handle:
    """A handle the library made: freed once by ``close`` (or ``with``, or when collected).

    Calls hold the handles they use (``_holding``): ``close`` waits until the calls running on
    another thread are done, then frees; a call after ``close`` raises ValueError. A handle is
    never freed under a running call.
    """

    _handle: Any = None

    def _free(self, handle: Any) -> None:
        raise NotImplementedError

    def _guard(self) -> "threading.Condition":
        # dict.setdefault is atomic: two threads get the same condition.
        return cast(threading.Condition, self.__dict__.setdefault("_cond", threading.Condition()))

    def _enter(self) -> None:
        with self._guard():
            if not self._handle:
                raise ValueError(f"this {type(self).__name__} is closed")
            self.__dict__["_busy"] = self.__dict__.get("_busy", 0) + 1

    def _exit(self) -> None:
        cond = self._guard()
        with cond:
            self.__dict__["_busy"] -= 1
            cond.notify_all()

    def close(self) -> None:
        """Frees the handle once the calls running on it are done; further calls raise
        ValueError."""
        cond = self._guard()
        with cond:
            cond.wait_for(lambda: self.__dict__.get("_busy", 0) == 0)
            if getattr(self, "_handle", None):
                self._free(self._handle)
                self._handle = None

    def __enter__(self: "_H") -> "_H":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()

    def _live(self) -> Any:
        if not self._handle:
            raise ValueError(f"this {type(self).__name__} is closed")
        return self._handle


_F = TypeVar("_F", bound=Callable[..., Any])


def _holding(method: _F) -> _F:
    """Holds, for the call, every handle it uses: the object's own (unless it is being made),
    its engine, and handles among the arguments."""

    @functools.wraps(method)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        own = [self] if method.__name__ != "__init__" else []
        engine = getattr(self, "_engine", None)
        others = [a for a in (*args, *kwargs.values(), engine) if isinstance(a, _Handle)]
        held: list[_Handle] = []
        try:
            for h in own + others:
                h._enter()
                held.append(h)
            return method(self, *args, **kwargs)
        finally:
            for h in reversed(held):
                h._exit()

    return cast(_F, call)


_H = TypeVar("_H", bound=_Handle)


class Engine(_Handle):
    """A Bureau engine. Safe to share between threads; close it (or use ``with``) when done."""

    def __init__(self, options: Optional[Json] = None) -> None:
        self._handle = _native.new_engine(_bytes(options if options is not None else b"{}"))

    def _free(self, handle: Any) -> None:
        _native.LIB.bureau_engine_free(handle)

    @_holding
    def validate_json(self, document: Json) -> bytes:
        """Checks a project, partner directory or proforma; returns the result's JSON bytes."""
        data = _bytes(document)
        return _native.call(_native.LIB.bureau_validate, self._live(), data, len(data))

    def validate(self, document: Json) -> dict[str, Any]:
        """Checks a document: ``{"ok": True, "format", "warnings"}``; raises InvalidInput."""
        result: dict[str, Any] = json.loads(self.validate_json(document))
        return result

    @_holding
    def segment_json(self, project: Json, previous: Optional[Json] = None) -> bytes:
        """Splits a project into segments (with the diff against ``previous``); JSON bytes."""
        data = _bytes(project)
        prev = _bytes(previous) if previous is not None else None
        return _native.call(
            _native.LIB.bureau_segment, self._live(), data, len(data), prev, len(prev) if prev is not None else 0
        )

    def segment(self, project: Json, previous: Optional[Json] = None) -> dict[str, Any]:
        """Splits a project: ``{"project", "segments", "unsourced", "diff"?}``."""
        result: dict[str, Any] = json.loads(self.segment_json(project, previous))
        return result

    @_holding
    def document(self, project: Json, request: Json) -> bytes:
        """One document: ``request`` is ``{"kind", "segment"?, "format"?, ...settings}``.

        Returns the PDF (``format`` ``"pdf"``, the default), PNG preview, ``"xlsx"`` or ``"csv"``
        bytes (the specification and the packing list), or for ``"json"`` the bytes of
        ``{"document": <model>, "warnings": [...]}``. Same project and
        request, same bytes, on every surface. Raises InvalidInput naming ``project`` or
        ``request`` in each problem.
        """
        data = _bytes(project)
        req = _bytes(request)
        return _native.call(_native.LIB.bureau_document, self._live(), data, len(data), req, len(req))

    def document_model(self, project: Json, request: Json) -> dict[str, Any]:
        """The document model and its warnings: ``{"document", "warnings"}``."""
        req: dict[str, Any] = json.loads(_bytes(request))
        req["format"] = "json"
        result: dict[str, Any] = json.loads(self.document(project, req))
        return result

    @_holding
    def reconcile_json(self, project: Json, proforma: Json, settings: Optional[Json] = None) -> bytes:
        """The Back Office's reconciliation of a source's ``proforma/1`` against its segment, with
        ``settings`` (``{"tolerances"?, "fx"?, "rounding"?}``); the report's JSON bytes."""
        data = _bytes(project)
        pf = _bytes(proforma)
        st = _bytes(settings) if settings is not None else None
        return _native.call(
            _native.LIB.bureau_reconcile, self._live(), data, len(data), pf, len(pf), st, len(st) if st is not None else 0
        )

    def reconcile(self, project: Json, proforma: Json, settings: Optional[Json] = None) -> dict[str, Any]:
        """The reconciliation report: ``lines`` (``accepted``, ``changed``, ``missing``, ``added``),
        ``arithmetic``, ``effect``, ``lead_time_weeks``, ``warnings``; raises InvalidInput."""
        result: dict[str, Any] = json.loads(self.reconcile_json(project, proforma, settings))
        return result

    @_holding
    def invoice(self, project: Json, request: Json) -> bytes:
        """The Front Office's client invoice: ``request`` is ``{"segments", "seller", "costs"?,
        "proformas"?, "format"?, ...settings}``. Returns the bytes of ``{"invoice", "warnings"}``
        (``format`` ``"json"``, the default), the PDF, a PNG preview, ``"xlsx"``, ``"csv"``, or EN 16931
        data: ``"ubl"`` (UBL 2.1, Peppol BIS 3), ``"cii"`` (Factur-X EN 16931) or ``"facturx"`` (the
        PDF/A-3 with the CII attached). Raises InvalidInput."""
        data = _bytes(project)
        req = _bytes(request)
        return _native.call(_native.LIB.bureau_invoice, self._live(), data, len(data), req, len(req))

    def invoice_model(self, project: Json, request: Json) -> dict[str, Any]:
        """The client invoice's model and its warnings: ``{"invoice", "warnings"}``."""
        req: dict[str, Any] = json.loads(_bytes(request))
        req["format"] = "json"
        result: dict[str, Any] = json.loads(self.invoice(project, req))
        return result

    @_holding
    def words_json(self, request: Json) -> bytes:
        """An amount in words: ``{"amount", "currency", "language"}`` → JSON bytes ``{"text"}``."""
        data = _bytes(request)
        return _native.call(_native.LIB.bureau_words, self._live(), data, len(data))

    def amount_in_words(self, amount: str, currency: str, language: str) -> str:
        """``"1234.56"``, ``"RUB"``, ``"ru"`` → "Одна тысяча двести тридцать четыре рубля 56 копеек"."""
        result: dict[str, Any] = json.loads(self.words_json({"amount": amount, "currency": currency, "language": language}))
        return str(result["text"])


class Directory(_Handle):
    """A partner directory (``partner-directory/1``) loaded once into an index and queried many
    times; updated in place. Safe to query from several threads. Close it (or use ``with``)."""

    @_holding
    def __init__(self, engine: Engine, directory: Json) -> None:
        self._engine = engine
        self._handle, summary = _native.load_directory(engine._live(), _bytes(directory))
        #: The load's result as the engine gave it: ``{"companies", "partnerships", "warnings"}``.
        self.summary_json: bytes = summary
        #: The same, parsed.
        self.summary: dict[str, Any] = json.loads(summary)

    def _free(self, handle: Any) -> None:
        _native.LIB.bureau_directory_free(handle)

    @_holding
    def update_json(self, update: Json) -> bytes:
        """Applies an update (companies and partnerships to add or replace; ``expired`` ends a
        partnership); the JSON bytes of what changed. A rejected update changes nothing and
        raises InvalidInput."""
        data = _bytes(update)
        return _native.call(_native.LIB.bureau_directory_update, self._live(), data, len(data))

    def update(self, update: Json) -> dict[str, Any]:
        """Applies an update: ``{"companies_added", "partnerships_added", ...}``."""
        result: dict[str, Any] = json.loads(self.update_json(update))
        return result

    @_holding
    def save(self) -> bytes:
        """The directory as it stands, updates applied, as ``partner-directory/1`` JSON bytes:
        write them to a file and load them next time."""
        return _native.call(_native.LIB.bureau_directory_save, self._live())

    @_holding
    def recommend_json(self, project: Json, options: Optional[Json] = None) -> bytes:
        """Supplier recommendations for ``project`` with ``options`` (``segment``, ``managed``,
        ``fx``, ``projects``, ``language``, ``limit``, ``proposals``); the result's JSON bytes."""
        data = _bytes(project)
        opt = _bytes(options) if options is not None else None
        return _native.call(
            _native.LIB.bureau_recommend, self._engine._live(), self._live(), data, len(data),
            opt, len(opt) if opt is not None else 0,
        )

    def recommend(self, project: Json, options: Optional[Json] = None) -> dict[str, Any]:
        """``{"needs", "ranking", "cover", "uncovered", "proposals", ...}``; raises InvalidInput."""
        result: dict[str, Any] = json.loads(self.recommend_json(project, options))
        return result

    @_holding
    def letter(self, project: Json, request: Json) -> bytes:
        """A partnership proposal letter: ``request`` is ``{"manufacturer", "supplier"?,
        "format"?, ...settings}``. Returns the PDF (default) or PNG bytes, or for ``"json"`` the
        bytes of ``{"letter", "warnings"}``."""
        data = _bytes(project)
        req = _bytes(request)
        return _native.call(
            _native.LIB.bureau_letter, self._engine._live(), self._live(), data, len(data), req, len(req)
        )


class Deal(_Handle):
    """A deal: one project in Office, changed by actions (``invite_supplier``,
    ``accept_invitation``, ``request_documents``, ``record_proforma``, ``issue_document``, ...).
    Save ``json()`` and load it back with ``Deal.load``. Calls on one deal from several threads
    take turns. Close it (or use ``with``)."""

    @_holding
    def __init__(self, engine: Engine, project: Json, directory: Optional[Directory] = None) -> None:
        self._engine = engine
        found = directory._live() if directory is not None else None
        self._handle, opened = _native.new_deal(engine._live(), _bytes(project), found)
        #: The deal as it was opened (``deal/1`` JSON bytes).
        self.opened_json: bytes = opened

    @classmethod
    def load(cls, engine: Engine, saved: Json) -> "Deal":
        """A saved deal, rebuilt by replaying its event log; a cut, edited or newer file raises
        InvalidInput (``json.syntax``, ``deal.tampered``, ``deal.format_newer``)."""
        deal = cls.__new__(cls)
        deal._engine = engine
        engine._enter()
        try:
            deal._handle = _native.load_deal(engine._live(), _bytes(saved))
        finally:
            engine._exit()
        deal.opened_json = b""
        return deal

    def _free(self, handle: Any) -> None:
        _native.LIB.bureau_deal_free(handle)

    @_holding
    def apply_json(self, action: Json, directory: Optional[Directory] = None) -> bytes:
        """Applies an action for its actor: the bytes of ``{"version", "repeated", "events",
        "warnings"}``. A refusal (``forbidden.*``, ``conflict.*``) raises InvalidInput and leaves
        the deal as it was; with a directory, ``forbidden.supplier_required`` carries
        ``recommended`` suppliers."""
        data = _bytes(action)
        found = directory._live() if directory is not None else None
        return _native.call(_native.LIB.bureau_deal_apply, self._live(), data, len(data), found)

    def apply(self, action: Json, directory: Optional[Directory] = None) -> dict[str, Any]:
        """As ``apply_json``, parsed."""
        result: dict[str, Any] = json.loads(self.apply_json(action, directory))
        return result

    @_holding
    def json(self) -> bytes:
        """The deal as ``deal/1`` JSON bytes, for the host to save."""
        return _native.call(_native.LIB.bureau_deal_json, self._live())

    def to_dict(self) -> dict[str, Any]:
        """The deal, parsed."""
        result: dict[str, Any] = json.loads(self.json())
        return result

    @_holding
    def view_json(self, audience: str) -> bytes:
        """What ``audience`` (a company id of the deal, or ``"client"``) may see: JSON bytes."""
        data = audience.encode("utf-8")
        return _native.call(_native.LIB.bureau_deal_view, self._live(), data, len(data))

    def view(self, audience: str) -> dict[str, Any]:
        """As ``view_json``, parsed."""
        result: dict[str, Any] = json.loads(self.view_json(audience))
        return result

    @_holding
    def document(self, request: Json) -> bytes:
        """A document of the deal for one party: ``request`` names the ``audience`` and an
        issued document's ``number`` (or the ``report`` with its ``as_of``) and the ``format``
        (``json`` by default, ``pdf``, ``png``, ``xlsx``, ``csv``); the bytes. What the audience
        may not see raises InvalidInput."""
        data = _bytes(request)
        return _native.call(_native.LIB.bureau_deal_document, self._live(), data, len(data))


def codes() -> list[dict[str, Any]]:
    """The catalogue of error and warning codes."""
    result: list[dict[str, Any]] = json.loads(_native.call(_native.LIB.bureau_codes))
    return result


__all__ = [
    "BureauError",
    "Deal",
    "Directory",
    "Engine",
    "InternalError",
    "InvalidInput",
    "NullArgument",
    "abi_version",
    "codes",
    "library_version",
]
