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
