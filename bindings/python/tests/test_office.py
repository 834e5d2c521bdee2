"""The Back Office from Python: Fabbrica Verdi's proforma for the villa reconciled."""

from __future__ import annotations

import json

import pytest

import bureau
from conftest import REPO

VILLA = (REPO / "examples" / "villa-barvikha.json").read_bytes()
PROFORMA = json.loads((REPO / "examples" / "villa-proforma-verdi.json").read_text())


def test_one_price_changed_one_line_dropped_one_added(engine) -> None:  # type: ignore[no-untyped-def]
    r = engine.reconcile(VILLA, PROFORMA)
    assert [(line["sku"], line["status"], line["effect"]) for line in r["lines"]] == [
        ("FV-ARC-3S", "changed", "325.00"),
        ("FV-ARC-PF", "accepted", "0.00"),
        ("FV-TAV-240", "missing", "-6272.50"),
        ("FV-ARC-OT", "added", "1228.50"),
    ]
    assert r["lines"][0]["changes"] == [{"field": "unit_price", "requested": "12450.00", "quoted": "12950.00"}]
    assert (r["requested_net"], r["quoted_net"], r["effect"]) == ("20696.00", "15977.00", "-4719.00")
    assert r["arithmetic"] == [] and r["lead_time_weeks"] == 12


def test_a_foreign_currency_needs_a_rate(engine) -> None:  # type: ignore[no-untyped-def]
    proforma = dict(PROFORMA, currency="RUB")
    del proforma["totals"]
    with pytest.raises(bureau.InvalidInput) as e:
        engine.reconcile(VILLA, proforma)
    assert e.value.code == "fx.missing_rate"
    r = engine.reconcile(VILLA, proforma, {"fx": [{"from": "EUR", "to": "RUB", "rate": "98.4512"}]})
    assert r["lines"][0]["requested"]["net"] == "796716.34"
