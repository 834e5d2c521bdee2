"""The package as a user gets it: `pip install ./bindings/python` into a fresh venv builds the
engine into the package, and the README's example runs as written with no environment variable."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import venv
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "bindings" / "python"
WHEELHOUSE = REPO / "target" / "wheelhouse"  # setuptools, from scripts/setup


def readme_example() -> str:
    blocks = re.findall(r"```python\n(.*?)```", (PACKAGE / "README.md").read_text(), re.S)
    assert len(blocks) == 1, "the README has one Python example"
    return str(blocks[0])


def test_readme_example_is_ten_lines() -> None:
    assert len(readme_example().strip().splitlines()) == 10


def test_fresh_venv_installs_the_engine_and_runs_the_readme(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # Nothing of Bureau's test environment leaks in, except the cargo profile of the build
    # (BUREAU_CARGO_PROFILE, which the run below drops).
    clean = {
        k: v
        for k, v in os.environ.items()
        if k == "BUREAU_CARGO_PROFILE" or not k.startswith(("BUREAU_", "PYTHON", "VIRTUAL_ENV"))
    }
    index = ["--no-index", "--find-links", str(WHEELHOUSE)] if WHEELHOUSE.is_dir() else []
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *index, str(PACKAGE)],
        check=True,
        env=clean,
    )
    installed = subprocess.run(
        [str(python), "-c", "import bureau, bureau._native as n; print(n._library_path())"],
        check=True, capture_output=True, text=True, env=clean, cwd=tmp_path,
    ).stdout.strip()
    assert Path(installed).name in ("libbureau.so", "libbureau.dylib", "bureau.dll") and str(env_dir) in installed

    work = tmp_path / "work"
    shutil.copytree(REPO / "examples", work / "examples")
    run_env = {k: v for k, v in clean.items() if not k.startswith("BUREAU_")}
    out = subprocess.run(
        [str(python), "-c", readme_example()], check=True, capture_output=True, text=True, env=run_env, cwd=work
    ).stdout
    pdf = (work / "proforma.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert out.split() == ["PRJ-2026-0142/f-verdi", str(len(pdf)), "bytes"]
    # The same proforma as the engine under test makes.
    import json

    import bureau

    project = (REPO / "examples" / "villa-barvikha.json").read_bytes()
    settings = json.loads((REPO / "examples" / "villa-documents.json").read_text())
    with bureau.Engine() as engine:
        assert engine.document(project, {**settings, "kind": "proforma", "segment": "PRJ-2026-0142/f-verdi"}) == pdf
