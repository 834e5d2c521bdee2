"""Spreadsheets and CSV read back by independent readers (openpyxl, the csv module): every
figure equals the document model's, numbers are number cells with a number format, dates are
dates, the header row is frozen and in the document's language, and a client's file has no
purchase price."""

from __future__ import annotations

import csv
import datetime
import io
import json
from decimal import Decimal
from typing import Any, Callable, Optional

import openpyxl
import pytest

import bureau
from conftest import REPO

VILLA = (REPO / "examples" / "villa-barvikha.json").read_bytes()
SETTINGS = json.loads((REPO / "examples" / "villa-documents.json").read_text())
INVOICE = json.loads((REPO / "examples" / "villa-invoice.json").read_text())
PROFORMA = (REPO / "examples" / "villa-proforma-verdi.json").read_bytes()
VERDI = "PRJ-2026-0142/f-verdi"
RU_UNITS = {"pcs": "шт.", "set": "компл.", "m": "м", "m2": "м²", "roll": "рул."}

Row = list[Any]


def dec(x: Any) -> Optional[Decimal]:
    return None if x is None else Decimal(str(x))


def book(data: bytes) -> Any:
    assert data.startswith(b"PK\x03\x04")
    return openpyxl.load_workbook(io.BytesIO(data))


def lines_of(ws: Any, count: int) -> list[Row]:
    """The `count` rows under the header."""
    return [list(r) for r in ws.iter_rows(min_row=2, max_row=count + 1, values_only=True)]


def totals_of(ws: Any, count: int) -> dict[str, Any]:
    """The totals under the lines (after one empty row): label → the row's number."""
    out: dict[str, Any] = {}
    for r in ws.iter_rows(min_row=count + 3, values_only=True):
        texts = [c for c in r if isinstance(c, str)]
        numbers = [c for c in r if isinstance(c, (int, float)) and not isinstance(c, bool)]
        if texts and numbers:
            out[texts[0]] = dec(numbers[0])
    return out


def facts_of(wb: Any) -> dict[str, Any]:
    return {r[0]: r[1] for r in wb.worksheets[1].iter_rows(values_only=True)}


def check_cells(ws: Any, count: int) -> None:
    """Frozen bold header, numbers with a number format, widths set by autofit."""
    assert ws.freeze_panes == "A2"
    assert all(c.font.b for c in ws[1] if c.value is not None)
    for row in ws.iter_rows(min_row=2, max_row=count + 1):
        for c in row:
            if isinstance(c.value, (int, float)):
                assert c.data_type == "n" and c.number_format.startswith("#,##0"), (c.coordinate, c.number_format)
    widths = [d.width for d in ws.column_dimensions.values()]
    assert widths and all(w and w > 0 for w in widths)


def compare(got: list[Row], want: list[Row]) -> None:
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert len(g) == len(w), (g, w)
        for a, b in zip(g, w):
            if isinstance(b, Decimal):
                assert dec(a) == b, (g, w)
            else:
                assert a == b, (g, w)


def csv_rows(data: bytes) -> list[list[str]]:
    assert not data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def compare_csv(got: list[list[str]], want: list[Row]) -> None:
    assert len(got) == len(want)
    for g, w in zip(got, want):
        for a, b in zip(g, w):
            if isinstance(b, Decimal):
                assert Decimal(a) == b and a == f"{Decimal(a)}", (g, w)
            elif b is None:
                assert a == ""
            else:
                assert a == str(b), (g, w)


def d(x: Optional[str]) -> Optional[Decimal]:
    return None if x is None else Decimal(x)


def spec_rows(model: dict[str, Any], unit: Callable[[str], str]) -> list[Row]:
    rows = []
    priced = model["prices"] != "none"
    purchase = model["prices"] == "purchase"
    for g in model["rooms"]:
        for line in g["lines"]:
            it = line  # the item is flattened into the line
            size = line.get("dimensions_mm") or {}
            row: Row = [
                Decimal(line["n"]), it["item"], g["name"], it["sku"], it["name"], line["manufacturer"],
                "; ".join(f'{o["name"]}: {o["value"]}' for o in it.get("options", [])) or None,
                d(size.get("width")), d(size.get("depth")), d(size.get("height")),
                Decimal(it["quantity"]), unit(it["unit"]),
                None if line.get("lead_time_weeks") is None else Decimal(line["lead_time_weeks"]),
            ]
            if priced:
                p = line.get("price")
                row.append(d(p["unit_price"]) if p else None)
                if purchase:
                    row.append(d(p.get("discount_pct")) if p else None)
                row.append(d(p["net"]) if p else None)
            rows.append(row)
    return rows


@pytest.mark.parametrize("audience", ["supplier", "client"])
def test_specification(engine: bureau.Engine, audience: str) -> None:
    request: dict[str, Any] = {**SETTINGS, "kind": "specification", "audience": audience}
    if audience == "supplier":
        request["segment"] = VERDI  # purchase prices: one source, one currency
    model = engine.document_model(VILLA, request)["document"]
    wb = book(engine.document(VILLA, {**request, "format": "xlsx"}))
    ws = wb.worksheets[0]
    assert ws.title == "Спецификация"
    header = [c.value for c in ws[1]]
    assert header[:5] == ["№", "Позиция", "Помещение", "Артикул", "Наименование"]
    assert ("Скидка, %" in header) == (model["prices"] == "purchase")
    want = spec_rows(model, lambda u: RU_UNITS.get(u, u))
    count = len(want)
    check_cells(ws, count)
    compare(lines_of(ws, count), want)
    totals = totals_of(ws, count)
    assert totals["Итого"] == Decimal(model["totals"]["lines"])
    facts = facts_of(wb)
    assert facts["№"] == model["number"] and facts["Дата"] == datetime.datetime(2026, 11, 20)
    compare_csv(csv_rows(engine.document(VILLA, {**request, "format": "csv"}))[1:], want)
    if audience == "client":
        # The client's file carries the sale prices of its model and no purchase price.
        purchase = engine.document_model(
            VILLA, {**SETTINGS, "kind": "specification", "audience": "supplier", "segment": VERDI}
        )
        buy = {dec(line["price"]["unit_price"]) for g in purchase["document"]["rooms"] for line in g["lines"]}
        sold = {dec(c) for r in lines_of(ws, count) for c in r if isinstance(c, (int, float))}
        assert model["prices"] == "sale" and not (buy & sold)


def test_packing_list_in_english(engine: bureau.Engine) -> None:
    request = {**SETTINGS, "kind": "packing_list", "segment": VERDI, "language": "en"}
    model = engine.document_model(VILLA, request)["document"]
    wb = book(engine.document(VILLA, {**request, "format": "xlsx"}))
    ws = wb.worksheets[0]
    assert ws.title == "Packing list" and wb.worksheets[1].title == "Document"
    assert [c.value for c in ws[1]][:4] == ["Box", "Item", "SKU", "Contents"]
    want: list[Row] = [
        [
            Decimal(b["n"]), b["item"], b["sku"], b["name"], d(b.get("quantity")), b["unit"],
            f'{b["item_box"]}/{b["item_boxes"]}', d(b["length_mm"]), d(b["width_mm"]), d(b["height_mm"]),
            d(b["net_kg"]), d(b["gross_kg"]), d(b["volume_m3"]),
        ]
        for b in model["boxes"]
    ]
    check_cells(ws, len(want))
    compare(lines_of(ws, len(want)), want)
    t = model["totals"]
    assert totals_of(ws, len(want)) == {
        "Boxes": Decimal(t["boxes"]),
        "Net weight, kg": Decimal(t["net_weight_kg"]),
        "Gross weight, kg": Decimal(t["gross_weight_kg"]),
        "Volume, m³": Decimal(t["volume_m3"]),
    }
    assert ws.cell(row=2, column=11).number_format == "#,##0.000"
    assert facts_of(wb)["Date"] == datetime.datetime(2026, 11, 20)
    rows = csv_rows(engine.document(VILLA, {**request, "format": "csv"}))
    assert rows[0][:3] == ["Box", "Item", "SKU"]
    compare_csv(rows[1:], want)


def test_client_invoice(engine: bureau.Engine) -> None:
    model = engine.invoice_model(VILLA, INVOICE)["invoice"]
    wb = book(engine.invoice(VILLA, {**INVOICE, "format": "xlsx"}))
    ws = wb.worksheets[0]
    assert ws.title == "Счёт"
    want: list[Row] = []
    for line in model["lines"]:
        alloc = sum((Decimal(v) for v in line.get("allocated", {}).values()), Decimal(0))
        want.append([
            Decimal(line["n"]), line["item"], line["sku"], line["name"], line["options"] or None,
            Decimal(line["quantity"]), RU_UNITS.get(line["unit"], line["unit"]),
            Decimal(line["unit_price"]), Decimal(line["amount"]),
            alloc if line.get("allocated") else None, Decimal(line["line_total"]), Decimal(line["vat_pct"]),
        ])
    for k, c in enumerate(model["costs"]):
        want.append([
            Decimal(len(model["lines"]) + k + 1), None, None, c["label"], None, None, None, None,
            Decimal(c["amount"]), None, Decimal(c["amount"]), Decimal(c["vat_pct"]),
        ])
    check_cells(ws, len(want))
    compare(lines_of(ws, len(want)), want)
    t = model["totals"]
    totals = totals_of(ws, len(want))
    assert totals["Товары"] == Decimal(t["goods"]) and totals["Итого без НДС"] == Decimal(t["net"])
    assert totals["Всего к оплате"] == Decimal(t["total"]) and totals["Остаток к оплате"] == Decimal(model["balance"])
    assert totals["Предоплата"] == Decimal(model["deposit"])
    for r in t["vat"]:
        assert totals[f'НДС {Decimal(r["rate"]).normalize()} %'] == Decimal(r["vat"])
    facts = facts_of(wb)
    assert facts["Сумма прописью"] == model["total_in_words"] and facts["Валюта"] == "RUB"
    assert facts["Дата"] == datetime.datetime(2026, 12, 1)
    compare_csv(csv_rows(engine.invoice(VILLA, {**INVOICE, "format": "csv"}))[1:], want)


def test_reconciliation(engine: bureau.Engine) -> None:
    report = engine.reconcile(VILLA, PROFORMA)
    wb = book(engine.reconcile_json(VILLA, PROFORMA, {"format": "xlsx", "language": "en"}))
    ws = wb.worksheets[0]
    want: list[Row] = [
        [
            Decimal(i + 1), line.get("item"), line["sku"], line.get("name"), line["status"],
            d((line.get("requested") or {}).get("net")), d((line.get("quoted") or {}).get("net")),
            Decimal(line["effect"]),
        ]
        for i, line in enumerate(report["lines"])
    ]
    check_cells(ws, len(want))
    compare([r[:8] for r in lines_of(ws, len(want))], want)
    totals = totals_of(ws, len(want))
    assert totals == {
        "Requested": Decimal(report["requested_net"]),
        "Quoted": Decimal(report["quoted_net"]),
        "Difference": Decimal(report["effect"]),
    }


def test_same_bytes_and_kinds_without_a_table_refused(engine: bureau.Engine) -> None:
    request = {**SETTINGS, "kind": "specification", "format": "xlsx"}
    data = engine.document(VILLA, request)
    assert data == engine.document(VILLA, request)
    # No clock: the workbook is created on the document's date.
    assert book(data).properties.created == datetime.datetime(2026, 11, 20)
    with pytest.raises(bureau.InvalidInput) as e:
        engine.document(VILLA, {**SETTINGS, "kind": "proforma", "segment": VERDI, "format": "csv"})
    assert [(p["code"], p["path"]) for p in e.value.errors] == [("format.not_a_table", "/format")]
