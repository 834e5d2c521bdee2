"""Partners from Python: a directory loaded once, recommendations, updates, a letter."""

from __future__ import annotations

import threading

import pytest

import bureau
from conftest import REPO

VILLA = (REPO / "examples" / "villa-barvikha.json").read_bytes()
DIRECTORY = (REPO / "examples" / "partner-directory.json").read_bytes()


def test_casa_italia_covers_both_factories_and_tessitura_gets_proposals(engine) -> None:  # type: ignore[no-untyped-def]
    with bureau.Directory(engine, DIRECTORY) as d:
        assert d.summary["partnerships"] == 7
        r = d.recommend(VILLA, {"language": "en"})
        assert r["needs"] == ["f-verdi", "f-luce", "f-tessitura"]
        assert r["cover"]["suppliers"] == ["s-casa-italia"] and r["cover"]["exact"] is True
        assert r["uncovered"] == ["f-tessitura"]
        assert all(p["manufacturer"] == "f-tessitura" and p["reasons"] for p in r["proposals"])
        pdf = d.letter(VILLA, {"manufacturer": "f-tessitura", "date": "2026-11-27"})
        assert pdf.startswith(b"%PDF-")


def test_an_update_moves_the_cover_and_a_bad_one_changes_nothing(engine) -> None:  # type: ignore[no-untyped-def]
    with bureau.Directory(engine, DIRECTORY) as d:
        before = d.recommend_json(VILLA)
        with pytest.raises(bureau.InvalidInput) as e:
            d.update({"format": "partner-directory/1", "companies": [],
                      "partnerships": [{"supplier": "s-ghost", "manufacturer": "f-luce", "status": "active"}]})
        assert e.value.code == "ref.unknown_company"
        assert d.recommend_json(VILLA) == before
        changed = d.update({"format": "partner-directory/1", "companies": [],
                            "partnerships": [{"supplier": "s-nord-design", "manufacturer": "f-tessitura", "status": "active"}]})
        assert changed["partnerships_added"] == 1
        assert d.recommend(VILLA)["uncovered"] == []


def test_queries_from_several_threads_agree(engine) -> None:  # type: ignore[no-untyped-def]
    with bureau.Directory(engine, DIRECTORY) as d:
        want = d.recommend_json(VILLA)
        got: list[bytes] = []
        threads = [threading.Thread(target=lambda: got.append(d.recommend_json(VILLA))) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert got == [want] * 8


def test_a_closed_directory_refuses_calls(engine) -> None:  # type: ignore[no-untyped-def]
    d = bureau.Directory(engine, DIRECTORY)
    d.close()
    with pytest.raises(ValueError):
        d.recommend(VILLA)
