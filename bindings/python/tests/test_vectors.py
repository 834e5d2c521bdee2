"""The shared conformance vectors: the Python surface gives the very same bytes."""

from __future__ import annotations

import pytest

import bureau
from conftest import VECTORS

CASES = sorted(p for p in VECTORS.iterdir() if p.is_dir())


def outcome(fn, *args):  # type: ignore[no-untyped-def]
    try:
        return fn(*args)
    except bureau.InvalidInput as e:
        return e.raw


def partners(engine, case, project):  # type: ignore[no-untyped-def]
    """Load, update, then recommend or make a letter; a failed step ends the vector."""
    try:
        directory = bureau.Directory(engine, (case / "directory.json").read_bytes())
    except bureau.InvalidInput as e:
        assert e.raw == (case / "load.json").read_bytes()
        return
    with directory:
        assert directory.summary_json == (case / "load.json").read_bytes()
        if (case / "directory-update.json").exists():
            try:
                got = directory.update_json((case / "directory-update.json").read_bytes())
            except bureau.InvalidInput as e:
                assert e.raw == (case / "update.json").read_bytes()
                return
            assert got == (case / "update.json").read_bytes()
        if (case / "directory-saved.json").exists():
            assert directory.save() == (case / "directory-saved.json").read_bytes()
        if (case / "letter-request.json").exists():
            request = (case / "letter-request.json").read_bytes()
            [expected] = [case / f for f in ("letter.pdf", "letter.png", "letter.json") if (case / f).exists()]
            assert outcome(directory.letter, project, request) == expected.read_bytes()
            return
        options = (case / "options.json").read_bytes() if (case / "options.json").exists() else None
        assert outcome(directory.recommend_json, project, options) == (case / "recommend.json").read_bytes()


def numbered(case, prefix):  # type: ignore[no-untyped-def]
    """``prefix-01.json``, ``prefix-02.json``, ... in order."""
    found = []
    while (case / f"{prefix}-{len(found) + 1:02}.json").exists():
        found.append(case / f"{prefix}-{len(found) + 1:02}.json")
    return found


def deal(engine, case, project):  # type: ignore[no-untyped-def]
    """Open the deal, apply each action, then the deal, its views, the documents printed from it,
    and the deal loaded back."""
    if (case / "saved.json").exists():
        try:
            with bureau.Deal.load(engine, (case / "saved.json").read_bytes()) as loaded:
                got = loaded.json()
        except bureau.InvalidInput as e:
            got = e.raw
        assert got == (case / "load.json").read_bytes()
        return
    directory = None
    if (case / "deal-directory.json").exists():
        directory = bureau.Directory(engine, (case / "deal-directory.json").read_bytes())
    with bureau.Deal(engine, project, directory) as d:
        assert d.opened_json == (case / "new.json").read_bytes()
        for n, action in enumerate(numbered(case, "action"), 1):
            got = outcome(d.apply_json, action.read_bytes(), directory)
            assert got == (case / f"applied-{n:02}.json").read_bytes(), action.name
        saved = d.json()
        assert saved == (case / "deal.json").read_bytes()
        for view in sorted(case.glob("view-*.json")):
            audience = view.name[len("view-"):-len(".json")]
            assert outcome(d.view_json, audience) == view.read_bytes(), view.name
        for n, request in enumerate(numbered(case, "print"), 1):
            (printed,) = case.glob(f"printed-{n:02}.*")
            assert outcome(d.document, request.read_bytes()) == printed.read_bytes(), request.name
    with bureau.Deal.load(engine, saved) as loaded:
        assert loaded.json() == saved
    if directory is not None:
        directory.close()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_vector(engine, case):  # type: ignore[no-untyped-def]
    data = (case / "input.json").read_bytes()
    if (case / "new.json").exists() or (case / "saved.json").exists():
        deal(engine, case, data)
        return
    if (case / "directory.json").exists():
        partners(engine, case, data)
        return
    if (case / "validate.json").exists():
        assert outcome(engine.validate_json, data) == (case / "validate.json").read_bytes()
    if (case / "words.json").exists():
        assert outcome(engine.words_json, data) == (case / "words.json").read_bytes()
    if (case / "invoice-request.json").exists():
        request = (case / "invoice-request.json").read_bytes()
        [expected] = [case / f for f in ("invoice.pdf", "invoice.png", "invoice.xlsx", "invoice.csv", "invoice.xml", "invoice.json") if (case / f).exists()]
        assert outcome(engine.invoice, data, request) == expected.read_bytes()
        return
    if (case / "proforma.json").exists():
        proforma = (case / "proforma.json").read_bytes()
        settings = (case / "settings.json").read_bytes() if (case / "settings.json").exists() else None
        [expected] = [case / f for f in ("reconcile.pdf", "reconcile.png", "reconcile.xlsx", "reconcile.csv", "reconcile.json") if (case / f).exists()]
        assert outcome(engine.reconcile_json, data, proforma, settings) == expected.read_bytes()
        return
    if (case / "request.json").exists():
        request = (case / "request.json").read_bytes()
        [expected] = [case / f for f in ("document.pdf", "document.png", "document.xlsx", "document.csv", "document.xml", "document.json") if (case / f).exists()]
        assert outcome(engine.document, data, request) == expected.read_bytes()
    if (case / "segment.json").exists():
        prev = (case / "previous.json").read_bytes() if (case / "previous.json").exists() else None
        assert outcome(engine.segment_json, data, prev) == (case / "segment.json").read_bytes()


def test_there_are_vectors() -> None:
    assert len(CASES) >= 8
