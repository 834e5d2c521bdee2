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


def test_the_office_flow_reconcile_then_invoice(engine) -> None:  # type: ignore[no-untyped-def]
    report = engine.reconcile(VILLA, PROFORMA)
    assert report["effect"] == "-4719.00"
    request = json.loads((REPO / "examples" / "villa-invoice.json").read_text())
    result = engine.invoice_model(VILLA, request)
    invoice = result["invoice"]
    # 12,950.00 − 35 % = 8,417.50; × 1.30 = 10,942.75; × 98.4512 = 1,077,326.87 (see tests/office.rs).
    assert [line["amount"] for line in invoice["lines"]] == ["1077326.87", "810282.92"]
    assert invoice["lines"][0]["allocated"] == {"logistics": "104089.65"}
    assert invoice["costs"][0]["amount"] == "188760.98"
    assert (invoice["totals"]["total"], invoice["deposit"], invoice["balance"]) == ("2749371.17", "1374685.59", "1374685.58")
    pdf = engine.invoice(VILLA, dict(request, format="pdf"))
    assert pdf[:5] == b"%PDF-"


def test_a_seller_outside_the_project_is_refused(engine) -> None:  # type: ignore[no-untyped-def]
    request = json.loads((REPO / "examples" / "villa-invoice.json").read_text())
    request["seller"] = "s-nobody"
    with pytest.raises(bureau.InvalidInput) as e:
        engine.invoice(VILLA, request)
    assert e.value.code == "ref.unknown_company" and e.value.errors[0]["path"] == "/seller"
