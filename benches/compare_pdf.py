"""CPU time per document: Bureau beside ReportLab and WeasyPrint on the same table.

Each renders a proforma-like table of 100 and of 1,000 lines (number, sku, name with a second
line, quantity, unit, price, discount, amount), repeated header, totals. Bureau is called
through its Python package over the release library (BUREAU_LIBRARY), the engine loaded once;
ReportLab builds a platypus Table; WeasyPrint lays out an HTML table. The figure is the median
of `time.process_time()` per document (CPU of every thread), all measured in this one run.
Writes target/bench/compare.json for benches/report.py.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import statistics
import sys
import time
from pathlib import Path

import bureau
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet
from weasyprint import HTML

RUNS = {100: 20, 1000: 5}


def rows(n: int) -> list[list[str]]:
    out = []
    for i in range(n):
        price = f"{100 + (i * 37) % 9000}.{i % 100:02d}"
        out.append([str(i + 1), f"SKU-{i:05d}", f"Armchair model {i}", f"Upholstery: fabric {i}", "1", "pcs", price,
                    f"{(i % 5) * 5}%", price])
    return out


def project(n: int, variant: int = 0) -> bytes:
    items = []
    for i in range(n):
        items.append({
            "id": f"it-{i}", "sku": f"SKU-{i:05d}", "name": f"Armchair model {i} v{variant}", "manufacturer": "f-0",
            "source": "f-0", "quantity": "1", "unit_price": f"{100 + (i * 37) % 9000}.{i % 100:02d}",
            "currency": "EUR", "discount_pct": str((i % 5) * 5), "vat_pct": "0",
            "options": [{"name": "Upholstery", "value": f"fabric {i}"}],
        })
    return json.dumps({
        "format": "studio-project/1",
        "project": {"id": "GEN", "name": "Generated", "locale": "en", "currency": "EUR", "owner": "s-0",
                    "date": "2026-11-20"},
        "companies": [{"id": "s-0", "kind": "supplier", "name": "Seller"},
                      {"id": "f-0", "kind": "factory", "name": "Factory"}],
        "items": items,
    }).encode()


def reportlab_pdf(data: list[list[str]]) -> bytes:
    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=7, leading=8)
    body = [[r[0], r[1], Paragraph(f"{r[2]}<br/><font size=6 color=grey>{r[3]}</font>", small), *r[4:]] for r in data]
    header = ["#", "SKU", "Description", "Qty", "Unit", "Unit price", "Disc.", "Amount"]
    table = Table([header, *body], repeatRows=1,
                  colWidths=[8 * mm, 24 * mm, None, 12 * mm, 10 * mm, 22 * mm, 12 * mm, 24 * mm])
    table.setStyle(TableStyle([
        ("FONTSIZE", (0, 0), (-1, -1), 7),
        ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm).build(
        [Paragraph("Proforma invoice", styles["Title"]), table, Paragraph("Total due: …", styles["BodyText"])])
    return out.getvalue()


def weasyprint_pdf(data: list[list[str]]) -> bytes:
    trs = "".join(
        f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}<br><small>{r[3]}</small></td>"
        + "".join(f"<td class=n>{c}</td>" for c in r[4:]) + "</tr>"
        for r in data
    )
    html = f"""<html><head><style>
      @page {{ size: A4; margin: 14mm; @bottom-right {{ content: counter(page) " / " counter(pages); }} }}
      body {{ font-family: sans-serif; font-size: 8pt; }} table {{ width: 100%; border-collapse: collapse; }}
      td, th {{ border-bottom: 0.4pt solid #ccc; padding: 2pt; vertical-align: top; }} .n {{ text-align: right; }}
      small {{ color: grey; }}</style></head><body><h1>Proforma invoice</h1><table>
      <thead><tr><th>#</th><th>SKU</th><th>Description</th><th>Qty</th><th>Unit</th><th>Unit price</th>
      <th>Disc.</th><th>Amount</th></tr></thead><tbody>{trs}</tbody></table><p>Total due: …</p></body></html>"""
    return HTML(string=html).write_pdf()


def cpu(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm: fonts, caches
    times = []
    for _ in range(runs):
        t = time.process_time()
        out = fn()
        times.append(time.process_time() - t)
        assert out[:5] == b"%PDF-"
    return statistics.median(times)


def main() -> None:
    engine = bureau.Engine()
    results = {}
    for n, runs in RUNS.items():
        data = rows(n)
        # New data every document (names differ), as for a host: typst's caches cannot serve
        # one document from an identical earlier one.
        variants = itertools.cycle([project(n, v) for v in range(16)])
        request = {"kind": "proforma", "segment": "GEN/f-0"}
        results[n] = {
            "bureau": cpu(lambda: engine.document(next(variants), request), runs),
            "reportlab": cpu(lambda: reportlab_pdf(data), runs),
            "weasyprint": cpu(lambda: weasyprint_pdf(data), max(1, runs // 3) if n >= 1000 else runs),
        }
        r = results[n]
        print(f"{n:>5} lines: Bureau {r['bureau'] * 1e3:8.1f} ms · ReportLab {r['reportlab'] * 1e3:8.1f} ms "
              f"({r['reportlab'] / r['bureau']:.1f}×) · WeasyPrint {r['weasyprint'] * 1e3:8.1f} ms "
              f"({r['weasyprint'] / r['bureau']:.1f}×)", file=sys.stderr)
    out = Path("target/bench")
    out.mkdir(parents=True, exist_ok=True)
    (out / "compare.json").write_text(json.dumps({str(k): v for k, v in results.items()}, indent=1))


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main()
