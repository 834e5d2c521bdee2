"""Deals from Python: the villa's story, refusals that change nothing, saving and loading,
views, and one deal shared by several threads."""

from __future__ import annotations

import json
import threading

import pytest

import bureau
from conftest import REPO

VILLA = (REPO / "examples" / "villa-barvikha.json").read_bytes()
DIRECTORY = (REPO / "examples" / "partner-directory.json").read_bytes()
PROFORMA = json.loads((REPO / "examples" / "villa-proforma-verdi.json").read_bytes())
INVOICE = {k: v for k, v in json.loads((REPO / "examples" / "villa-invoice.json").read_bytes()).items()
           if k not in ("segments", "seller", "proformas")}
VERDI, LUCE = "PRJ-2026-0142/f-verdi", "PRJ-2026-0142/f-luce"


def act(actor: str, at: str, **rest: object) -> dict[str, object]:
    return {"actor": actor, "at": at, **rest}


def test_the_villa_story(engine) -> None:  # type: ignore[no-untyped-def]
    with bureau.Directory(engine, DIRECTORY) as directory, bureau.Deal(engine, VILLA, directory) as deal:
        before = deal.json()
        with pytest.raises(bureau.InvalidInput) as refused:
            deal.apply(act("d-kovaleva", "2026-11-21T10:00:00Z", action="request_documents", segment=VERDI,
                           kind="proforma"), directory)
        assert refused.value.code == "forbidden.supplier_required"
        error = refused.value.errors[0]
        assert [r["supplier"] for r in error["recommended"]] == ["s-arredo", "s-casa-italia"]
        assert deal.json() == before
        deal.apply(act("d-kovaleva", "2026-11-21T10:05:00Z", action="invite_supplier", segments=[VERDI, LUCE],
                       supplier="s-casa-italia"), directory)
        deal.apply(act("s-casa-italia", "2026-11-21T12:00:00Z", action="accept_invitation", segments=[VERDI, LUCE]))
        deal.apply(act("s-casa-italia", "2026-11-21T12:10:00Z", action="request_documents", segment=VERDI,
                       kind="proforma"))
        deal.apply(act("s-casa-italia", "2026-11-24T09:00:00Z", action="record_proforma", proforma=PROFORMA))
        deal.apply(act("s-casa-italia", "2026-11-24T09:30:00Z", action="accept_proforma", segment=VERDI,
                       number="PF-2026/1187"))
        applied = deal.apply(act("s-casa-italia", "2026-12-01T10:00:00Z", action="issue_document",
                                 kind="client_invoice", segments=[VERDI], settings=INVOICE))
        assert applied["version"] == 7
        state = deal.to_dict()
        assert state["documents"][0]["document"]["totals"]["total"] == "2749371.17"
        assert [e["action"] for e in state["events"]] == [
            "open", "invite_supplier", "accept_invitation", "request_documents", "record_proforma",
            "accept_proforma", "issue_document"]
        client = deal.view("client")
        assert client["proformas"] == [] and "discount_pct" not in json.dumps(client)
        saved = deal.json()
    with bureau.Deal.load(engine, saved) as again:
        assert again.json() == saved


def test_bad_saved_deals_raise(engine) -> None:  # type: ignore[no-untyped-def]
    with bureau.Deal(engine, VILLA) as deal:
        saved = deal.json()
    with pytest.raises(bureau.InvalidInput) as cut:
        bureau.Deal.load(engine, saved[: len(saved) // 2])
    assert cut.value.code == "json.syntax"
    edited = json.loads(saved)
    edited["segments"][0]["needs_supplier"] = False
    with pytest.raises(bureau.InvalidInput) as tampered:
        bureau.Deal.load(engine, edited)
    assert tampered.value.code == "deal.tampered"
    deal = bureau.Deal(engine, VILLA)
    deal.close()
    with pytest.raises(ValueError):
        deal.json()


def test_one_deal_from_several_threads(engine) -> None:  # type: ignore[no-untyped-def]
    """Eight threads invite and retry with the same action ids: each action is applied once."""
    with bureau.Deal(engine, VILLA) as deal:
        segments = [s["id"] for s in deal.to_dict()["segments"]]
        errors: list[str] = []

        def work(n: int) -> None:
            for i, segment in enumerate(segments):
                action = act("d-kovaleva", "2026-11-21T10:00:00Z", action="invite_supplier", segments=[segment],
                             supplier="s-x", company={"id": "s-x", "kind": "supplier", "name": "X"},
                             action_id=f"invite-{i}")
                try:
                    deal.apply(action)
                except bureau.InvalidInput as e:
                    errors.append(e.code)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert deal.to_dict()["version"] == 1 + len(segments)
