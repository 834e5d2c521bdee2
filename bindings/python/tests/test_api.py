"""The Python surface: typed errors, every problem at once, the ABI check, no crashes."""

from __future__ import annotations

import json
import re
import threading

import pytest

import bureau
from bureau import _native
from conftest import REPO, VECTORS

VILLA = (VECTORS / "villa" / "input.json").read_bytes()


def test_abi_matches_the_header() -> None:
    header = (REPO / "include" / "bureau.h").read_text()
    m = re.search(r"#define BUREAU_ABI_VERSION (\d+)", header)
    assert m and int(m.group(1)) == bureau.abi_version() == _native.ABI_VERSION
    assert bureau.library_version() == bureau.__version__


def test_villa_segments(engine) -> None:  # type: ignore[no-untyped-def]
    result = engine.segment(VILLA)
    assert [s["id"] for s in result["segments"]] == [
        "PRJ-2026-0142/f-verdi",
        "PRJ-2026-0142/f-luce",
        "PRJ-2026-0142/s-interior-plus",
    ]
    assert result["segments"][0]["totals"]["EUR"]["net"] == "20696.00"
    assert [g["manufacturer"] for g in result["unsourced"]] == ["f-tessitura"]


def test_accepts_dict_and_str(engine) -> None:  # type: ignore[no-untyped-def]
    as_dict = json.loads(VILLA)
    assert engine.segment(as_dict) == engine.segment(VILLA.decode()) == engine.segment(VILLA)


def test_bad_input_raises_with_every_problem(engine) -> None:  # type: ignore[no-untyped-def]
    project = json.loads(VILLA)
    project["items"][0]["unit_price"] = 12450.0
    project["items"][1]["source"] = "nobody"
    project["items"][2]["quantity"] = "-1"
    with pytest.raises(bureau.InvalidInput) as err:
        engine.segment(project)
    found = {(e["code"], e["path"]) for e in err.value.errors}
    assert ("decimal.not_a_string", "/items/0/unit_price") in found
    assert ("ref.unknown_company", "/items/1/source") in found
    assert ("decimal.not_positive", "/items/2/quantity") in found
    assert err.value.code == "decimal.not_a_string"
    assert isinstance(err.value, bureau.BureauError)


@pytest.mark.parametrize(
    "data, code",
    [
        (b"{", "json.syntax"),
        (b"\xff\xfe", "json.syntax"),
        (b"[]", "field.type"),
        (b'{"items": [' + b"[" * 50_000 + b"]" * 50_000 + b"]}", "field.type"),
    ],
)
def test_malformed_input_never_crashes(engine, data: bytes, code: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(bureau.InvalidInput) as err:
        engine.segment(data)
    assert err.value.code == code


def test_huge_string_is_refused_by_path(engine) -> None:  # type: ignore[no-untyped-def]
    big = b'{"format":"studio-project/1","project":{"id":"p","name":"' + b"x" * (50 * 1024 * 1024) + b'"}}'
    with pytest.raises(bureau.InvalidInput) as err:
        engine.segment(big)
    assert any(e["code"] == "string.too_long" and e["path"] == "/project/name" for e in err.value.errors)


def test_diff_against_previous(engine) -> None:  # type: ignore[no-untyped-def]
    new = (VECTORS / "diff-villa" / "input.json").read_bytes()
    result = engine.segment(new, previous=VILLA)
    assert result["diff"]["moved"][0] == {
        "item": "it-05",
        "from": "PRJ-2026-0142/s-interior-plus",
        "to": "PRJ-2026-0142/f-verdi",
    }


def test_errors_of_two_inputs_name_their_input(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(bureau.InvalidInput) as err:
        engine.segment(b"{", previous=b"[]")
    assert {e.get("input") for e in err.value.errors} == {"project", "previous"}


def test_unknown_engine_option() -> None:
    with pytest.raises(bureau.InvalidInput) as err:
        bureau.Engine({"colour": "red"})
    assert err.value.code == "options.invalid"


def test_codes_catalogue() -> None:
    codes = {c["code"]: c for c in bureau.codes()}
    assert codes["decimal.not_a_string"]["severity"] == "error"
    assert codes["item.no_price"]["severity"] == "warning"


def test_closed_engine_refuses() -> None:
    e = bureau.Engine()
    e.close()
    with pytest.raises(ValueError):
        e.validate(VILLA)


def test_one_engine_many_threads(engine) -> None:  # type: ignore[no-untyped-def]
    want = engine.segment_json(VILLA)
    results: list[bytes] = []

    def work() -> None:
        for _ in range(20):
            results.append(engine.segment_json(VILLA))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 80 and all(r == want for r in results)


def test_documents_are_bytes_and_errors_name_their_input(engine) -> None:  # type: ignore[no-untyped-def]
    settings = json.loads((REPO / "examples" / "villa-documents.json").read_text())
    pdf = engine.document(VILLA, {**settings, "kind": "proforma", "segment": "PRJ-2026-0142/f-verdi"})
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-")
    model = engine.document_model(VILLA, {**settings, "kind": "proforma", "segment": "PRJ-2026-0142/f-verdi"})
    assert model["document"]["totals"]["total"] == "20696.00"
    assert model["document"]["total_in_words"] == "Двадцать тысяч шестьсот девяносто шесть евро 00 центов"
    assert model["warnings"] == []
    with pytest.raises(bureau.InvalidInput) as e:
        engine.document(VILLA, {"kind": "proforma_request", "segment": "PRJ-2026-0142/f-verdi"})
    assert [p["code"] for p in e.value.errors] == ["forbidden.supplier_required"]
    assert e.value.errors[0]["input"] == "request"


def test_engine_options_lower_a_limit_for_its_calls() -> None:
    with bureau.Engine({"limits": {"lines": 2}}) as low:
        with pytest.raises(bureau.InvalidInput) as err:
            low.document(VILLA, {"kind": "specification", "format": "json"})
        assert err.value.code == "limit.lines"
    with pytest.raises(bureau.InvalidInput) as err:
        bureau.Engine({"limits": {"lines": 10_000_000}})
    assert err.value.code == "options.invalid"


def test_close_waits_for_calls_running_on_other_threads() -> None:
    """close() on one thread while others render: the calls finish, then the handle is freed."""
    engine = bureau.Engine()
    request = {"kind": "specification", "format": "pdf"}
    started = threading.Barrier(5)
    results: list[object] = []

    def render() -> None:
        started.wait()
        try:
            results.append(engine.document(VILLA, request)[:5])
        except ValueError as e:  # closed before this call began: refused, never freed under it
            results.append(e)

    threads = [threading.Thread(target=render) for _ in range(4)]
    for t in threads:
        t.start()
    started.wait()
    engine.close()
    for t in threads:
        t.join()
    assert len(results) == 4
    assert all(r == b"%PDF-" or isinstance(r, ValueError) for r in results), results
    with pytest.raises(ValueError):
        engine.validate(VILLA)
