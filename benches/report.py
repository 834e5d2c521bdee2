"""Prints the spine's bench figures as ratios to the baseline measured in the same run."""

import json
import os
import tempfile
from pathlib import Path

CRIT = Path("target/criterion/spine")


def median_s(bench: str) -> float:
    est = json.loads((CRIT / bench / "new" / "estimates.json").read_text())
    return est["median"]["point_estimate"] / 1e9


base = median_s("baseline_serde_json_value")
full = median_s("validate_and_segment_from_bytes")
seg = median_s("segment_parsed")
items = 100_000
mem = (Path(tempfile.gettempdir()) / "bureau-bench" / "peak_memory.txt").read_text().split()
input_bytes, peak_bytes = float(mem[0]), float(mem[1])

rows = [
    ("serde_json parse into Value (baseline)", f"{base * 1e3:.1f} ms", "1.00", "—"),
    ("validate + segment from bytes", f"{full * 1e3:.1f} ms", f"{full / base:.2f} × baseline", "≤ 1.5 ×"),
    ("segmentation alone, parsed", f"{seg * 1e3:.2f} ms", f"{items / seg / 1e6:.1f} M items/s", "≥ 5 M items/s"),
    ("peak memory, validate + segment", f"{peak_bytes / 2**20:.0f} MiB", f"{peak_bytes / input_bytes:.2f} × input ({input_bytes / 2**20:.0f} MiB)", "≤ 4 ×"),
]
print(f"\n{os.cpu_count()} cores; 100,000-item generated project; medians\n")
print(f"| {'measure':<40} | {'time / size':>12} | {'ratio':<34} | target |")
print(f"|{'-' * 42}|{'-' * 14}|{'-' * 36}|--------|")
for r in rows:
    print(f"| {r[0]:<40} | {r[1]:>12} | {r[2]:<34} | {r[3]} |")

# Documents: criterion medians, the memory probe, and ReportLab / WeasyPrint from the same run.
DOCS = Path("target/criterion/documents")
if DOCS.exists():
    def doc_ms(bench: str) -> float:
        est = json.loads((DOCS / bench / "new" / "estimates.json").read_text())
        return est["median"]["point_estimate"] / 1e6

    docmem = (Path(tempfile.gettempdir()) / "bureau-bench" / "documents_memory.txt").read_text().split()
    peak, added, after100, after1000 = (float(x) / 2**20 for x in docmem)
    cmp_path = Path("target/bench/compare.json")
    cmp = json.loads(cmp_path.read_text()) if cmp_path.exists() else {}
    rows = [
        ("10-line proforma", f"{doc_ms('proforma_10'):.1f} ms", "", "≤ 15 ms"),
        ("100-line proforma", f"{doc_ms('proforma_100'):.1f} ms", "", "≤ 50 ms"),
        ("1,000-line packing list (tagged)", f"{doc_ms('packing_list_1000'):.0f} ms", f"peak {peak:.0f} MiB (document: {added:.0f} MiB)", "≤ 500 ms, ≤ 250 MB"),
        ("1,000-line packing list, untagged", f"{doc_ms('packing_list_1000_untagged'):.0f} ms", "", "—"),
        ("loop of 1,000 documents", f"{after100:.1f} → {after1000:.1f} MiB", "RSS after 100 → after 1,000", "flat"),
    ]
    for n in ("100", "1000"):
        if n in cmp:
            c = cmp[n]
            rows.append((f"{n}-line table, CPU per document", f"{c['bureau'] * 1e3:.1f} ms",
                         f"ReportLab {c['reportlab'] / c['bureau']:.1f} ×"
                         + (f" (light baseline {c['reportlab_light'] / c['bureau']:.1f} ×)" if "reportlab_light" in c else "")
                         + f", WeasyPrint {c['weasyprint'] / c['bureau']:.1f} × slower",
                         "≥ 2.5 ×, ≥ 30 ×"))
    print(f"\nDocuments (engine loaded once; the data changes every document)\n")
    print(f"| {'measure':<36} | {'result':>18} | {'ratio':<44} | target |")
    print(f"|{'-' * 38}|{'-' * 20}|{'-' * 46}|--------|")
    for r in rows:
        print(f"| {r[0]:<36} | {r[1]:>18} | {r[2]:<44} | {r[3]} |")

# Partners: criterion medians, the load's memory probe, and the WASM timing from the same run.
PART = Path("target/criterion/partners")
if PART.exists():
    def part_s(bench: str) -> float:
        est = json.loads((PART / bench / "new" / "estimates.json").read_text())
        return est["median"]["point_estimate"] / 1e9

    base = part_s("baseline_serde_json_value")
    load = part_s("load_directory")
    lookups = part_s("baseline_index_lookups")
    rec = part_s("recommend_60")
    rec_json = part_s("recommend_60_json")
    rows = [
        ("serde_json parse into Value (baseline)", f"{base:.2f} s", "1.00", "—"),
        ("load 100k companies, 2M partnerships", f"{load:.2f} s", f"{load / base:.2f} × baseline", "≤ 3 s"),
        ("index lookups of 60 manufacturers (baseline)", f"{lookups * 1e6:.0f} µs", "1.00", "—"),
        ("recommend, 60 manufacturers, warm", f"{rec * 1e3:.2f} ms", f"{rec / lookups:.1f} × baseline", "≤ 2 ms"),
        ("the same from project bytes to JSON", f"{rec_json * 1e3:.2f} ms", f"{rec_json / lookups:.1f} × baseline", "—"),
    ]
    mem_path = Path(tempfile.gettempdir()) / "bureau-bench" / "partners_memory.txt"
    if mem_path.exists():
        size, peak, kept, secs = (float(x) for x in mem_path.read_text().split())
        rows.append(("load peak memory (input included)", f"{peak / 2**20:.0f} MiB", f"{peak / size:.2f} × input ({size / 2**20:.0f} MiB); index {kept / 2**20:.0f} MiB", "≤ 1 GB"))
    wasm_path = Path("target/bench/wasm_partners.json")
    if wasm_path.exists():
        w = json.loads(wasm_path.read_text())
        rows.append(("recommend in WASM (Node), warm", f"{w['recommend_ms']:.2f} ms", f"{w['recommend_ms'] / (rec * 1e3):.2f} × native", "≤ 3 ×"))
    print(f"\nPartners (generated directory; medians)\n")
    print(f"| {'measure':<44} | {'result':>10} | {'ratio':<52} | target |")
    print(f"|{'-' * 46}|{'-' * 12}|{'-' * 54}|--------|")
    for r in rows:
        print(f"| {r[0]:<44} | {r[1]:>10} | {r[2]:<52} | {r[3]} |")

# Deals: loading replays the log; applying works on a copy.
DEAL = Path("target/criterion/deal")
if DEAL.exists():
    def deal_ms(bench: str) -> float:
        est = json.loads((DEAL / bench / "new" / "estimates.json").read_text())
        return est["median"]["point_estimate"] / 1e6

    rows = []
    for name, events in (("story", 8), ("long", 208)):
        parse, load = deal_ms(f"baseline_serde_json_value_{name}"), deal_ms(f"load_{name}")
        clone, apply = deal_ms(f"baseline_clone_{name}"), deal_ms(f"apply_invite_{name}")
        rows.append((f"load the {name} deal ({events} events), replayed", f"{load:.2f} ms", f"{load / parse:.1f} × its JSON parse ({parse:.2f} ms)"))
        rows.append((f"apply an invitation to the {name} deal", f"{apply:.2f} ms", f"{apply / clone:.1f} × a clone ({clone:.2f} ms)"))
    print(f"\nDeals (the villa; medians)\n")
    print(f"| {'measure':<48} | {'result':>10} | {'ratio':<40} |")
    print(f"|{'-' * 50}|{'-' * 12}|{'-' * 42}|")
    for r in rows:
        print(f"| {r[0]:<48} | {r[1]:>10} | {r[2]:<40} |")
