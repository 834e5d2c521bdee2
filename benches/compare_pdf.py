"""CPU time per document: Bureau beside ReportLab and WeasyPrint on the same document.

Each renders a proforma of 100 and of 1,000 lines. The fair baselines (`reportlab`,
`weasyprint`) make what Bureau makes, as a competent user of each tool would: the embedded Noto
Sans that Bureau embeds (ReportLab through `TTFont`, WeasyPrint through `@font-face`), a title
and the parties, a table (number, sku, name wrapped in a paragraph with a second small line,
quantity, unit, price, discount, amount) with rules, zebra rows and its header repeated on every
page, totals with VAT, the total in words, and "page k / n" footers (ReportLab's two-pass
canvas). The light baseline of earlier runs (`reportlab_light`: default Helvetica, no parties,
no grid, no totals block) is kept beside them, labelled. Bureau is called through its Python
package over the release library (BUREAU_LIBRARY), the engine loaded once. The figure is the
median of `time.process_time()` per document (CPU of every thread), new data every document,
all measured in this one run. Writes target/bench/compare.json for benches/report.py.
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
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from weasyprint import HTML

FONTS = Path(__file__).resolve().parent.parent / "src/docs/render/fonts"
pdfmetrics.registerFont(TTFont("Noto", str(FONTS / "NotoSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Noto-Bold", str(FONTS / "NotoSans-Bold.ttf")))
pdfmetrics.registerFontFamily("Noto", normal="Noto", bold="Noto-Bold")

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


def totals(data: list[list[str]]) -> tuple[str, str, str, str]:
    """Net, VAT 22 %, total and the total in words, as a user's own code would compute them."""
    net = sum(float(r[8]) for r in data)
    vat = round(net * 0.22, 2)
    total = net + vat
    return f"{net:,.2f}", f"{vat:,.2f}", f"{total:,.2f}", f"{int(total):,} euro and {round(total * 100) % 100:02d} cents"


class NumberedCanvas(canvas.Canvas):
    """ReportLab's usual two-pass "page k / n": pages are kept, then numbered when the count is known."""

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []  # type: ignore[type-arg]

    def showPage(self) -> None:  # noqa: N802
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        n = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont("Noto", 7)
            self.setFillColor(colors.grey)
            self.drawRightString(A4[0] - 14 * mm, 8 * mm, f"{self._pageNumber} / {n}")
            self.drawString(14 * mm, 8 * mm, "Seller S.p.A. · orders@seller.example")
            super().showPage()
        super().save()


def reportlab_pdf(data: list[list[str]]) -> bytes:
    """The fair ReportLab proforma: what Bureau's proforma shows, with the same font."""
    styles = getSampleStyleSheet()
    base = styles["BodyText"].clone("base", fontName="Noto", fontSize=8, leading=10)
    small = base.clone("small", fontSize=7, leading=8.5)
    title = base.clone("title", fontName="Noto-Bold", fontSize=16, leading=20)
    party = [
        [Paragraph("<b>SELLER</b><br/>Seller S.p.A.<br/>Via Roma 12, 20821 Meda (MB), Italia<br/>VAT IT01234567897", small),
         Paragraph("<b>BUYER</b><br/>Casa Italia<br/>ul. Bolshaya Ordynka 40, Moscow<br/>INN 7725012341", small)],
    ]
    parties = Table(party, colWidths=[91 * mm, 91 * mm])
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black)]))
    body = [[r[0], Paragraph(f"{r[2]}<br/><font size=6 color=grey>{r[1]} · {r[3]}</font>", small), *r[4:]] for r in data]
    header = ["#", "Description", "Qty", "Unit", "Unit price", "Disc.", "Amount"]
    table = Table([header, *body], repeatRows=1,
                  colWidths=[9 * mm, None, 12 * mm, 10 * mm, 24 * mm, 14 * mm, 26 * mm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "Noto"),
        ("FONTNAME", (0, 0), (-1, 0), "Noto-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 7),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.lightgrey),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F6F8")]),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF0")),
    ]))
    net, vat, total, words = totals(data)
    sums = Table([["Net", net], ["VAT 22 %", vat], ["Total due", total]], colWidths=[40 * mm, 30 * mm], hAlign="RIGHT")
    sums.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "Noto"), ("FONTNAME", (0, 2), (-1, 2), "Noto-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8), ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 2), (-1, 2), 0.6, colors.black),
    ]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, bottomMargin=16 * mm).build(
        [Paragraph("Proforma invoice", title), Paragraph("No. PF-GEN-01 of 20 November 2026", base), parties,
         table, sums, Paragraph(f"<b>{words}</b>", base)],
        canvasmaker=NumberedCanvas)
    return out.getvalue()


def reportlab_light_pdf(data: list[list[str]]) -> bytes:
    """The light baseline of earlier runs: default Helvetica, no parties, no grid, no totals block."""
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
    """The fair WeasyPrint proforma: the same parts and font as the ReportLab one."""
    trs = "".join(
        f"<tr><td>{r[0]}</td><td>{r[2]}<br><small>{r[1]} · {r[3]}</small></td>"
        + "".join(f"<td class=n>{c}</td>" for c in r[4:]) + "</tr>"
        for r in data
    )
    net, vat, total, words = totals(data)
    regular, bold = (FONTS / "NotoSans-Regular.ttf").as_uri(), (FONTS / "NotoSans-Bold.ttf").as_uri()
    html = f"""<html><head><style>
      @font-face {{ font-family: Noto; src: url({regular}); }}
      @font-face {{ font-family: Noto; font-weight: bold; src: url({bold}); }}
      @page {{ size: A4; margin: 14mm 14mm 16mm;
        @bottom-left {{ content: "Seller S.p.A. · orders@seller.example"; font: 7pt Noto; color: grey; }}
        @bottom-right {{ content: counter(page) " / " counter(pages); font: 7pt Noto; color: grey; }} }}
      body {{ font-family: Noto; font-size: 8pt; }} h1 {{ font-size: 16pt; margin: 0; }}
      .parties {{ display: flex; border-top: 0.6pt solid black; font-size: 7pt; }} .parties div {{ flex: 1; }}
      table.lines {{ width: 100%; border-collapse: collapse; font-size: 7pt; }}
      .lines td, .lines th {{ border: 0.3pt solid #d3d3d3; padding: 2pt; vertical-align: top; }}
      .lines thead th {{ background: #E8ECF0; }} .lines tbody tr:nth-child(even) {{ background: #F4F6F8; }}
      .n {{ text-align: right; }} small {{ color: grey; font-size: 6pt; }}
      table.sums {{ margin-left: auto; }} .sums td {{ text-align: right; padding: 1pt 4pt; }}
      .sums tr:last-child td {{ font-weight: bold; border-top: 0.6pt solid black; }}</style></head><body>
      <h1>Proforma invoice</h1><p>No. PF-GEN-01 of 20 November 2026</p>
      <div class=parties><div><b>SELLER</b><br>Seller S.p.A.<br>Via Roma 12, 20821 Meda (MB), Italia<br>VAT IT01234567897</div>
      <div><b>BUYER</b><br>Casa Italia<br>ul. Bolshaya Ordynka 40, Moscow<br>INN 7725012341</div></div>
      <table class=lines><thead><tr><th>#</th><th>Description</th><th>Qty</th><th>Unit</th><th>Unit price</th>
      <th>Disc.</th><th>Amount</th></tr></thead><tbody>{trs}</tbody></table>
      <table class=sums><tr><td>Net</td><td>{net}</td></tr><tr><td>VAT 22 %</td><td>{vat}</td></tr>
      <tr><td>Total due</td><td>{total}</td></tr></table><p><b>{words}</b></p></body></html>"""
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
            "reportlab_light": cpu(lambda: reportlab_light_pdf(data), runs),
            "weasyprint": cpu(lambda: weasyprint_pdf(data), max(1, runs // 3) if n >= 1000 else runs),
        }
        r = results[n]
        print(f"{n:>5} lines: Bureau {r['bureau'] * 1e3:8.1f} ms · ReportLab {r['reportlab'] * 1e3:8.1f} ms "
              f"({r['reportlab'] / r['bureau']:.1f}×; light baseline {r['reportlab_light'] * 1e3:.1f} ms, "
              f"{r['reportlab_light'] / r['bureau']:.1f}×) · WeasyPrint {r['weasyprint'] * 1e3:8.1f} ms "
              f"({r['weasyprint'] / r['bureau']:.1f}×)", file=sys.stderr)
    out = Path("target/bench")
    out.mkdir(parents=True, exist_ok=True)
    (out / "compare.json").write_text(json.dumps({str(k): v for k, v in results.items()}, indent=1))


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main()
