from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
VECTORS = REPO / "tests" / "vectors"


@pytest.fixture(scope="session")
def engine():  # type: ignore[no-untyped-def]
    import bureau

    with bureau.Engine() as e:
        yield e
