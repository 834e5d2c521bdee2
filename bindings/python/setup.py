"""Builds the engine into the package: cargo builds Bureau's C library in the workspace
(`bureau-wasm` aside, as the test command builds it) and the library is copied beside the
Python files; the wheel is tagged for this platform (py3-none-<platform>: the library has no
Python ABI, it is loaded with ctypes).

Why not setuptools-rust: it builds with `cargo rustc` on bindings/c alone, whose features differ
from the workspace build's (the CLI's clap_derive enables syn's `full`), so on a fresh clone it
compiled every dependency a second time; building the workspace selection reuses the test
build's artefacts (a no-op there) and gives users the same library.

BUREAU_CARGO_PROFILE picks the cargo profile (default `release`; the test command uses `dev`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

try:
    from setuptools.command.bdist_wheel import bdist_wheel
except ImportError:  # setuptools < 70.1
    from wheel.bdist_wheel import bdist_wheel  # type: ignore[no-redef]

HERE = Path(__file__).resolve().parent
WORKSPACE = HERE.parents[1]
LIBRARY = {"darwin": "libbureau.dylib", "win32": "bureau.dll"}.get(sys.platform, "libbureau.so")


def target_dir() -> Path:
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=WORKSPACE, check=True, capture_output=True, text=True,
    )
    return Path(json.loads(meta.stdout)["target_directory"])


class build_engine(build_py):
    def run(self) -> None:
        super().run()
        if not (WORKSPACE / "bindings" / "c" / "Cargo.toml").exists():
            raise SystemExit("bureau: build from a checkout of Bureau (bindings/python inside it); cargo builds the engine")
        profile = os.environ.get("BUREAU_CARGO_PROFILE", "release")
        subprocess.run(
            ["cargo", "build", "--workspace", "--exclude", "bureau-wasm", "--locked", "--profile", profile],
            cwd=WORKSPACE, check=True,
        )
        built = target_dir() / ("debug" if profile == "dev" else profile) / LIBRARY
        dest = Path(self.build_lib) / "bureau" / LIBRARY
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, dest)


class platform_wheel(bdist_wheel):
    def finalize_options(self) -> None:
        super().finalize_options()
        self.root_is_pure = False

    def get_tag(self) -> tuple[str, str, str]:
        _, _, plat = super().get_tag()
        return "py3", "none", plat


setup(cmdclass={"build_py": build_engine, "bdist_wheel": platform_wheel})
