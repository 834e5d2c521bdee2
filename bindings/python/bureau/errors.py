"""Exceptions: each carries the stable code and every problem of the error body."""

from __future__ import annotations

import json
from typing import Any, NoReturn


class BureauError(Exception):
    """A call to Bureau failed. ``code`` is the first problem's stable code; ``errors`` lists
    every problem as ``{"code", "path", "message", ...}``; ``raw`` is the error body's exact
    bytes, the same on every surface."""

    def __init__(self, status: int, raw: bytes) -> None:
        self.status = status
        self.raw = raw
        body: dict[str, Any] = json.loads(raw)
        self.errors: list[dict[str, Any]] = list(body.get("errors", []))
        first = self.errors[0] if self.errors else {"code": "internal", "path": "", "message": "unknown error"}
        self.code: str = str(first.get("code", "internal"))
        more = f" (and {len(self.errors) - 1} more)" if len(self.errors) > 1 else ""
        super().__init__(f"{self.code} at {first.get('path', '')!r}: {first.get('message', '')}{more}")


class InvalidInput(BureauError):
    """The input was rejected (status 1)."""


class NullArgument(BureauError):
    """A required argument was missing (status 2); a bug in the caller."""


class InternalError(BureauError):
    """A bug in Bureau (status 3)."""


_BY_STATUS: dict[int, type[BureauError]] = {1: InvalidInput, 2: NullArgument, 3: InternalError}


def raise_for(status: int, raw: bytes) -> NoReturn:
    raise _BY_STATUS.get(status, BureauError)(status, raw)
