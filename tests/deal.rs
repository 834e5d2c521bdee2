//! Deals: the villa's story, the permission matrix (every role × every action, and a refusal
//! changes nothing), idempotency and versions, saving and loading (round trip, replay, cut,
//! edited and newer files), re-segmenting, revisions and what each party sees.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use bureau::deal::{Audience, Deal};
use bureau::partners::PartnerIndex;
use proptest::prelude::*;
use serde_json::{json, Value};

const VERDI: &str = "PRJ-2026-0142/f-verdi";
const LUCE: &str = "PRJ-2026-0142/f-luce";
const SHOWROOM: &str = "PRJ-2026-0142/s-interior-plus";
const FABRIC: &str = "PRJ-2026-0142/unsourced/f-tessitura";

fn directory() -> PartnerIndex {
    PartnerIndex::load(bureau::examples::DIRECTORY.as_bytes()).unwrap().value
}

fn open(project: &str, dir: Option<&PartnerIndex>) -> Deal {
    Deal::open(bureau::read_project(project.as_bytes()).unwrap().value, dir).unwrap()
}

fn apply(deal: &mut Deal, action: &Value, dir: Option<&PartnerIndex>) -> Result<bureau::deal::Applied, bureau::Error> {
    deal.apply(&serde_json::to_vec(action).unwrap(), dir)
}

fn ok(deal: &mut Deal, action: Value) {
    if let Err(e) = apply(deal, &action, None) {
        panic!("{action}: {}", String::from_utf8_lossy(&e.to_json()));
    }
}

fn code(e: &bureau::Error) -> &'static str {
    e.code()
}

fn at(n: u32) -> String {
    format!("2026-11-{:02}T10:00:00Z", 21 + n % 9)
}

#[test]
fn the_villa_story() {
    let dir = directory();
    let mut deal = open(bureau::examples::VILLA, Some(&dir));
    assert_eq!(deal.segments.len(), 4);
    let needs: Vec<&str> = deal.segments.iter().filter(|s| s.needs_supplier).map(|s| s.id.as_str()).collect();
    assert_eq!(needs, [VERDI, LUCE, FABRIC]);
    assert_eq!(deal.segment(SHOWROOM).unwrap().manager.as_deref(), Some("s-interior-plus"));
    let verdi_recommended: Vec<&str> =
        deal.segment(VERDI).unwrap().recommended.iter().map(|r| r.supplier.as_str()).collect();
    assert_eq!(verdi_recommended, ["s-arredo", "s-casa-italia"]);

    let story = bureau::examples::villa_story().unwrap();
    // The designer asks Fabbrica Verdi for a proforma: refused, with the suppliers to invite.
    let before = deal.to_json().unwrap();
    let refusal = apply(&mut deal, &story[0], Some(&dir)).unwrap_err();
    assert_eq!(code(&refusal), "forbidden.supplier_required");
    let body: Value = serde_json::from_slice(&refusal.to_json()).unwrap();
    let e = &body["errors"][0];
    assert!(e["message"].as_str().unwrap().contains("invite a supplier"), "{e}");
    let suppliers: Vec<&str> =
        e["recommended"].as_array().unwrap().iter().map(|r| r["supplier"].as_str().unwrap()).collect();
    assert_eq!(suppliers, ["s-arredo", "s-casa-italia"]);
    assert_eq!(deal.to_json().unwrap(), before, "a refusal changes nothing");
    // Without a directory the refusal is the same, without recommendations.
    let plain = apply(&mut deal, &story[0], None).unwrap_err();
    assert_eq!(code(&plain), "forbidden.supplier_required");
    assert!(plain.problems()[0].recommended.is_none());

    for action in &story[1..] {
        let applied = apply(&mut deal, action, Some(&dir)).unwrap();
        assert!(!applied.repeated);
    }
    assert_eq!(deal.version, 8);
    let actions: Vec<(&str, &str)> = deal.events.iter().map(|e| (e.actor.as_str(), e.action.as_str())).collect();
    assert_eq!(
        actions,
        [
            ("d-kovaleva", "open"),
            ("d-kovaleva", "invite_supplier"),
            ("s-casa-italia", "accept_invitation"),
            ("s-casa-italia", "request_documents"),
            ("s-casa-italia", "request_documents"),
            ("s-casa-italia", "record_proforma"),
            ("s-casa-italia", "accept_proforma"),
            ("s-casa-italia", "issue_document"),
        ]
    );
    assert!(deal.events[2].summary.contains("Casa Italia"));
    assert!(deal.events[5].summary.contains("PF-2026/1187"));
    // Casa Italia manages both factory segments; the fabric still needs someone.
    for id in [VERDI, LUCE] {
        let s = deal.segment(id).unwrap();
        assert_eq!(s.manager.as_deref(), Some("s-casa-italia"));
        assert!(!s.needs_supplier);
    }
    assert!(deal.segment(FABRIC).unwrap().needs_supplier);
    assert_eq!(deal.companies.len(), 1, "Casa Italia joined from the directory");
    // The request to Fabbrica Verdi is answered by its proforma, which is accepted.
    assert_eq!(serde_json::to_value(deal.requests[0].status).unwrap(), "answered");
    assert_eq!(serde_json::to_value(deal.requests[1].status).unwrap(), "sent");
    assert_eq!(serde_json::to_value(deal.proformas[0].status).unwrap(), "accepted");
    assert_eq!(deal.proformas[0].reconciliation.counts.changed, 1);
    // The invoice issued in the deal is the Front Office's invoice from the accepted proforma.
    let standalone =
        bureau::api::invoice(bureau::examples::VILLA.as_bytes(), bureau::examples::VILLA_INVOICE.as_bytes()).unwrap();
    let standalone: Value = serde_json::from_slice(&standalone).unwrap();
    assert_eq!(serde_json::to_value(&deal.documents[0].document).unwrap(), standalone["invoice"]);
    assert_eq!(serde_json::to_value(&deal.documents[0].document).unwrap()["totals"]["total"], "2749371.17");
    assert_eq!(deal.documents[0].number, "INV-2026-0007");

    // Saved and loaded: the same deal, and the same bytes.
    let saved = deal.to_json().unwrap();
    let loaded = bureau::deal::load(&saved).unwrap();
    assert_eq!(loaded, deal);
    assert_eq!(loaded.to_json().unwrap(), saved);
}

/// A villa deal with something of everything: Casa Italia manages Fabbrica Verdi's segment
/// (a proforma recorded, a request sent), Arredo is invited for the fabric (pending), the
/// designer issued a specification of the project.
fn fixture(owner_is_client: bool) -> Deal {
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    let owner = if owner_is_client {
        project["companies"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "id": "c-ivanov", "kind": "client", "name": "Иван Иванов" }));
        project["project"]["owner"] = json!("c-ivanov");
        "c-ivanov"
    } else {
        "d-kovaleva"
    };
    let dir = directory();
    let mut deal = open(&project.to_string(), None);
    let a = |actor: &str, rest: Value| {
        let mut v = json!({ "actor": actor, "at": "2026-11-21T10:00:00Z" });
        v.as_object_mut().unwrap().extend(rest.as_object().unwrap().clone());
        v
    };
    for action in [
        a(owner, json!({ "action": "invite_supplier", "segments": [VERDI], "supplier": "s-casa-italia" })),
        a("s-casa-italia", json!({ "action": "accept_invitation", "segments": [VERDI] })),
        a(owner, json!({ "action": "invite_supplier", "segments": [FABRIC], "supplier": "s-arredo" })),
        a("s-casa-italia", json!({ "action": "request_documents", "segment": VERDI, "kind": "proforma" })),
        a(
            "s-casa-italia",
            json!({ "action": "record_proforma", "proforma": serde_json::from_str::<Value>(bureau::examples::VILLA_PROFORMA).unwrap() }),
        ),
        a(owner, json!({ "action": "issue_document", "kind": "specification", "settings": { "number": "SP-1" } })),
    ] {
        apply(&mut deal, &action, Some(&dir)).unwrap();
    }
    deal
}

/// Casa Italia's invoice request as an `issue_document`'s settings (the deal gives the rest).
fn invoice_settings() -> Value {
    let mut invoice: Value = serde_json::from_str(bureau::examples::VILLA_INVOICE).unwrap();
    for k in ["segments", "seller", "proformas"] {
        invoice.as_object_mut().unwrap().remove(k);
    }
    invoice
}

/// Casa Italia invoices the client for Fabbrica Verdi's segment.
fn issue_invoice() -> Value {
    json!({ "actor": "s-casa-italia", "at": at(2), "action": "issue_document", "kind": "client_invoice",
        "segments": [VERDI], "settings": invoice_settings() })
}

/// Every action of the matrix, for `actor`.
fn matrix_actions(actor: &str, owner: &str) -> Vec<(&'static str, Value)> {
    let invoice = invoice_settings();
    let proforma: Value = serde_json::from_str(bureau::examples::VILLA_PROFORMA).unwrap();
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    if owner == "c-ivanov" {
        project["companies"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "id": "c-ivanov", "kind": "client", "name": "Иван Иванов" }));
        project["project"]["owner"] = json!("c-ivanov");
    }
    let list = vec![
        ("invite", json!({ "action": "invite_supplier", "segments": [LUCE], "supplier": "s-casa-italia" })),
        ("accept", json!({ "action": "accept_invitation", "segments": [FABRIC] })),
        ("decline", json!({ "action": "decline_invitation", "segments": [FABRIC] })),
        ("withdraw", json!({ "action": "withdraw_invitation", "segments": [FABRIC] })),
        ("request_managed", json!({ "action": "request_documents", "segment": VERDI, "kind": "packing_list" })),
        ("request_factory", json!({ "action": "request_documents", "segment": LUCE, "kind": "proforma" })),
        ("request_showroom", json!({ "action": "request_documents", "segment": SHOWROOM, "kind": "confirmation" })),
        ("record", json!({ "action": "record_proforma", "proforma": proforma })),
        ("accept_proforma", json!({ "action": "accept_proforma", "segment": VERDI, "number": "PF-2026/1187" })),
        (
            "invoice",
            json!({ "action": "issue_document", "kind": "client_invoice", "segments": [VERDI], "settings": invoice }),
        ),
        (
            "proforma_request",
            json!({ "action": "issue_document", "kind": "proforma_request", "segments": [VERDI], "settings": { "date": "2026-11-22" } }),
        ),
        (
            "specification",
            json!({ "action": "issue_document", "kind": "specification", "settings": { "number": "SP-2" } }),
        ),
        ("revise", json!({ "action": "revise_document", "number": "SP-1" })),
        ("resegment", json!({ "action": "resegment", "project": project })),
        ("approve", json!({ "action": "approve_document", "number": "SP-1", "comment": "ok" })),
    ];
    list.into_iter()
        .map(|(name, mut v)| {
            v["actor"] = json!(actor);
            v["at"] = json!("2026-11-25T10:00:00Z");
            (name, v)
        })
        .collect()
}

/// What the spec allows: `Ok` or the refusal's code, for each role and action.
fn expected(role: &str, action: &str) -> Result<(), &'static str> {
    let owner_only = ["invite", "withdraw", "specification", "revise", "resegment", "request_showroom"];
    let manager_only = ["request_managed", "record", "accept_proforma", "invoice", "proforma_request"];
    match role {
        // The client approves client documents, and the owner for it; nobody else does.
        "owner" | "client" if action == "approve" => Ok(()),
        "outsider" => Err("forbidden.not_participant"),
        _ if action == "approve" => Err("forbidden.not_client"),
        // The client, like a designer, has no commercial functions (rule 1).
        "client" if action == "request_factory" => Err("forbidden.supplier_required"),
        "owner" if owner_only.contains(&action) => Ok(()),
        "owner" if action == "request_factory" => Err("forbidden.supplier_required"),
        "owner" if action == "accept" || action == "decline" => Err("forbidden.not_invited"),
        "owner" => Err("forbidden.not_manager"),
        _ if owner_only.contains(&action) && action != "request_showroom" => Err("forbidden.not_owner"),
        "manager" if manager_only.contains(&action) => Ok(()),
        "invited" if action == "accept" || action == "decline" => Ok(()),
        _ if action == "accept" || action == "decline" => Err("forbidden.not_invited"),
        _ => Err("forbidden.not_manager"),
    }
}

#[test]
fn permission_matrix() {
    let dir = directory();
    let mut checked = 0;
    for owner_is_client in [false, true] {
        let owner = if owner_is_client { "c-ivanov" } else { "d-kovaleva" };
        let base = fixture(owner_is_client);
        let actors = [
            (owner, "owner"),
            ("s-casa-italia", "manager"),
            ("s-arredo", "invited"),
            ("f-verdi", "factory"),
            ("s-interior-plus", "showroom"),
            ("s-nord-design", "outsider"),
            ("x-nobody", "outsider"),
            ("client", "client"),
        ];
        for (actor, role) in actors {
            for (name, action) in matrix_actions(actor, owner) {
                let mut deal = base.clone();
                let before = deal.to_json().unwrap();
                let got = apply(&mut deal, &action, Some(&dir));
                let want = expected(role, name);
                match (&got, want) {
                    (Ok(a), Ok(())) => {
                        assert_eq!(a.version, base.version + 1, "{role} {name}");
                        assert_ne!(deal.to_json().unwrap(), before, "{role} {name} changed nothing");
                    }
                    (Err(e), Err(code)) => {
                        assert_eq!(
                            e.code(),
                            code,
                            "{role} ({actor}) {name}: {}",
                            String::from_utf8_lossy(&e.to_json())
                        );
                        assert_eq!(deal.to_json().unwrap(), before, "{role} {name}: a refusal changed the deal");
                    }
                    (Ok(_), Err(code)) => panic!("{role} ({actor}) {name}: allowed, expected {code}"),
                    (Err(e), Ok(())) => {
                        panic!("{role} ({actor}) {name}: refused: {}", String::from_utf8_lossy(&e.to_json()))
                    }
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 2 * 8 * 15);
}

/// The fixture after the proforma: Casa Italia accepted Fabbrica Verdi's proforma and ordered
/// (`PO-1`); shipment SHP-1 (one armchair) arrived damaged and is marked to re-order; SHP-2 (the
/// sofa) is on its way.
fn fulfilment_fixture(owner_is_client: bool) -> Deal {
    let mut deal = fixture(owner_is_client);
    let dir = directory();
    let a = |actor: &str, rest: Value| {
        let mut v = json!({ "actor": actor, "at": "2026-11-22T10:00:00Z" });
        v.as_object_mut().unwrap().extend(rest.as_object().unwrap().clone());
        v
    };
    for action in [
        a("s-casa-italia", json!({ "action": "accept_proforma", "segment": VERDI, "number": "PF-2026/1187" })),
        a(
            "s-casa-italia",
            json!({ "action": "issue_document", "kind": "purchase_order", "segments": [VERDI], "settings": { "number": "PO-1", "date": "2026-11-22" } }),
        ),
        a(
            "f-verdi",
            json!({ "action": "record_shipment", "segment": VERDI, "shipment": { "date": "2026-12-20", "lines": [{ "item": "it-02", "quantity": "1" }] } }),
        ),
        a(
            "s-casa-italia",
            json!({ "action": "record_receipt", "number": "SHP-1", "receipt": { "date": "2026-12-28", "lines": [{ "item": "it-02", "received": "0", "damaged": "1", "reorder": "1" }] } }),
        ),
        a(
            "f-verdi",
            json!({ "action": "record_shipment", "segment": VERDI, "shipment": { "date": "2026-12-21", "lines": [{ "item": "it-01", "quantity": "1" }] } }),
        ),
        a(
            "s-casa-italia",
            json!({ "action": "issue_document", "kind": "client_invoice", "segments": [VERDI], "settings": invoice_settings() }),
        ),
        a(
            "s-casa-italia",
            json!({ "action": "record_payment", "payment": { "id": "RET-F", "party": "client", "kind": "retainer", "amount": "5000.00", "currency": "RUB", "date": "2026-12-01" } }),
        ),
    ] {
        if let Err(e) = apply(&mut deal, &action, Some(&dir)) {
            panic!("{action}: {}", String::from_utf8_lossy(&e.to_json()));
        }
    }
    deal
}

/// The actions after the proforma, for `actor`.
fn fulfilment_actions(actor: &str) -> Vec<(&'static str, Value)> {
    let mut confirmation: Value = serde_json::from_str(bureau::examples::VILLA_PROFORMA).unwrap();
    confirmation["number"] = json!("OC-77");
    confirmation["ship_date"] = json!("2027-01-20");
    let list = vec![
        ("settings", json!({ "action": "set_deal_settings", "settings": { "order_requires_approval": true } })),
        (
            "order",
            json!({ "action": "issue_document", "kind": "purchase_order", "segments": [VERDI], "settings": { "date": "2026-12-29" } }),
        ),
        ("confirm", json!({ "action": "record_confirmation", "number": "PO-1", "proforma": confirmation })),
        (
            "track",
            json!({ "action": "track_items", "segment": VERDI, "updates": [{ "item": "it-01", "state": "in_production", "date": "2026-12-01" }] }),
        ),
        (
            "ship",
            json!({ "action": "record_shipment", "segment": VERDI, "shipment": { "date": "2026-12-22", "lines": [{ "item": "it-02", "quantity": "1" }] } }),
        ),
        (
            "receive",
            json!({ "action": "record_receipt", "number": "SHP-2", "receipt": { "date": "2026-12-30", "lines": [{ "item": "it-01", "received": "1" }] } }),
        ),
        (
            "pay",
            json!({ "action": "record_payment", "payment": { "party": "f-verdi", "kind": "deposit", "amount": "100.00", "currency": "EUR", "date": "2026-12-01", "document": "PO-1" } }),
        ),
        (
            "retainer",
            json!({ "action": "record_payment", "payment": { "party": "client", "kind": "retainer", "amount": "1000.00", "currency": "RUB", "date": "2026-12-01" } }),
        ),
        (
            "apply_retainer",
            json!({ "action": "apply_retainer", "number": "INV-2026-0007", "retainer": { "id": "RET-F", "amount": "1000.00", "date": "2026-12-02" } }),
        ),
        (
            "credit",
            json!({ "action": "issue_document", "kind": "credit_note", "settings": { "invoice": "INV-2026-0007", "lines": [{ "item": "it-01", "quantity": "1" }], "reason": "returned" } }),
        ),
    ];
    list.into_iter()
        .map(|(name, mut v)| {
            v["actor"] = json!(actor);
            v["at"] = json!("2026-12-30T10:00:00Z");
            (name, v)
        })
        .collect()
}

/// Who may do what after the proforma: the manager everything (it pays the source and holds the
/// client's retainer); the source confirms, tracks and ships its own goods; the owner sets the
/// deal's rules and records receipts.
fn expected_after(role: &str, action: &str) -> Result<(), &'static str> {
    match (role, action) {
        ("outsider", _) => Err("forbidden.not_participant"),
        ("manager", _) => Ok(()),
        ("owner", "settings" | "receive") => Ok(()),
        ("factory", "confirm" | "track" | "ship") => Ok(()),
        (_, "settings") => Err("forbidden.not_owner"),
        _ => Err("forbidden.not_manager"),
    }
}

#[test]
fn permission_matrix_after_the_proforma() {
    let dir = directory();
    let mut checked = 0;
    for owner_is_client in [false, true] {
        let owner = if owner_is_client { "c-ivanov" } else { "d-kovaleva" };
        let base = fulfilment_fixture(owner_is_client);
        let actors = [
            (owner, "owner"),
            ("s-casa-italia", "manager"),
            ("s-arredo", "invited"),
            ("f-verdi", "factory"),
            ("s-interior-plus", "showroom"),
            ("s-nord-design", "outsider"),
            ("x-nobody", "outsider"),
            ("client", "client"),
        ];
        for (actor, role) in actors {
            for (name, action) in fulfilment_actions(actor) {
                let mut deal = base.clone();
                let before = deal.to_json().unwrap();
                let got = apply(&mut deal, &action, Some(&dir));
                match (&got, expected_after(role, name)) {
                    (Ok(a), Ok(())) => {
                        assert_eq!(a.version, base.version + 1, "{role} {name}");
                        assert_ne!(deal.to_json().unwrap(), before, "{role} {name} changed nothing");
                        let saved = deal.to_json().unwrap();
                        assert_eq!(bureau::deal::load(&saved).unwrap().to_json().unwrap(), saved, "{role} {name}");
                    }
                    (Err(e), Err(code)) => {
                        assert_eq!(
                            e.code(),
                            code,
                            "{role} ({actor}) {name}: {}",
                            String::from_utf8_lossy(&e.to_json())
                        );
                        assert_eq!(deal.to_json().unwrap(), before, "{role} {name}: a refusal changed the deal");
                    }
                    (Ok(_), Err(code)) => panic!("{role} ({actor}) {name}: allowed, expected {code}"),
                    (Err(e), Ok(())) => {
                        panic!("{role} ({actor}) {name}: refused: {}", String::from_utf8_lossy(&e.to_json()))
                    }
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 2 * 8 * 10);
}

#[test]
fn only_commercial_companies_are_invited() {
    let mut deal = open(bureau::examples::VILLA, Some(&directory()));
    for (supplier, code) in [("f-luce", "forbidden.not_commercial"), ("s-ghost", "ref.unknown_company")] {
        let action = json!({ "actor": "d-kovaleva", "at": at(0), "action": "invite_supplier", "segments": [LUCE], "supplier": supplier });
        assert_eq!(apply(&mut deal, &action, Some(&directory())).unwrap_err().code(), code);
    }
    // A supplier known to neither may come with its record.
    let action = json!({ "actor": "d-kovaleva", "at": at(0), "action": "invite_supplier", "segments": [LUCE], "supplier": "s-new",
        "company": { "id": "s-new", "kind": "showroom", "name": "New Showroom" } });
    apply(&mut deal, &action, None).unwrap();
    // One open invitation per segment; every problem of an action at once.
    let again = json!({ "actor": "d-kovaleva", "at": at(1), "action": "invite_supplier", "segments": [LUCE, "nope"], "supplier": "f-verdi" });
    let e = apply(&mut deal, &again, None).unwrap_err();
    let codes: Vec<&str> = e.problems().iter().map(|p| p.code.as_str()).collect();
    assert_eq!(codes, ["forbidden.not_commercial", "segment.unknown"]);
    let again = json!({ "actor": "d-kovaleva", "at": at(1), "action": "invite_supplier", "segments": [LUCE], "supplier": "s-new" });
    assert_eq!(apply(&mut deal, &again, None).unwrap_err().code(), "deal.invitation_open");
    // A segment named twice in one action would make two invitations: refused.
    let twice = json!({ "actor": "d-kovaleva", "at": at(1), "action": "invite_supplier", "segments": [VERDI, VERDI], "supplier": "s-new" });
    let e = apply(&mut deal, &twice, None).unwrap_err();
    assert_eq!((e.code(), e.problems()[0].path.as_str()), ("id.duplicate", "/segments/1"));
    let twice = json!({ "actor": "d-kovaleva", "at": at(1), "action": "issue_document", "kind": "specification", "segments": [SHOWROOM, SHOWROOM] });
    assert_eq!(apply(&mut deal, &twice, None).unwrap_err().code(), "id.duplicate");
}

#[test]
fn retries_and_stale_versions() {
    let mut deal = open(bureau::examples::VILLA, Some(&directory()));
    let invite = json!({ "actor": "d-kovaleva", "at": at(0), "action": "invite_supplier", "segments": [VERDI],
        "supplier": "s-casa-italia", "action_id": "a-1", "expected_version": 1 });
    let first = apply(&mut deal, &invite, Some(&directory())).unwrap();
    assert_eq!((first.version, first.repeated), (2, false));
    let saved = deal.to_json().unwrap();
    // The same action again (a retry, its expected version now stale): applied once.
    let retry = apply(&mut deal, &invite, Some(&directory())).unwrap();
    assert_eq!((retry.version, retry.repeated), (2, true));
    assert_eq!(retry.events[0].version, 2);
    assert_eq!(deal.to_json().unwrap(), saved);
    // The same id for another action is a host bug.
    let other = json!({ "actor": "d-kovaleva", "at": at(0), "action": "invite_supplier", "segments": [LUCE], "supplier": "s-casa-italia", "action_id": "a-1" });
    assert_eq!(apply(&mut deal, &other, None).unwrap_err().code(), "conflict.action_id");
    // A stale version is refused and changes nothing.
    let stale = json!({ "actor": "s-casa-italia", "at": at(1), "action": "accept_invitation", "segments": [VERDI], "expected_version": 1 });
    assert_eq!(apply(&mut deal, &stale, None).unwrap_err().code(), "conflict.version");
    assert_eq!(deal.to_json().unwrap(), saved);
    let fresh = json!({ "actor": "s-casa-italia", "at": at(1), "action": "accept_invitation", "segments": [VERDI], "expected_version": 2 });
    assert_eq!(apply(&mut deal, &fresh, None).unwrap().version, 3);
}

#[test]
fn bad_actions_say_where() {
    let mut deal = open(bureau::examples::VILLA, None);
    let before = deal.to_json().unwrap();
    for (action, code, path) in [
        (
            json!({ "actor": "d-kovaleva", "at": "yesterday", "action": "invite_supplier", "segments": [VERDI], "supplier": "s-x" }),
            "time.invalid",
            "/at",
        ),
        (json!({ "actor": "d-kovaleva", "at": at(0), "action": "dance" }), "value.unknown", "/action"),
        (
            json!({ "actor": "d-kovaleva", "at": at(0), "action": "request_documents", "segment": VERDI }),
            "field.missing",
            "/kind",
        ),
        (
            json!({ "actor": "d-kovaleva", "at": at(0), "action": "request_documents", "segment": SHOWROOM, "kind": "invoice" }),
            "value.unknown",
            "/kind",
        ),
        (json!({ "at": at(0), "action": "resegment", "project": {} }), "field.missing", "/actor"),
    ] {
        let e = apply(&mut deal, &action, None).unwrap_err();
        let p = &e.problems()[0];
        assert_eq!(
            (p.code.as_str(), p.path.as_str(), p.input.map(bureau::problem::Input::as_str)),
            (code, path, Some("action")),
            "{action}"
        );
    }
    // A proforma that fails to read names its place inside the action.
    let owner_deal = &mut fixture(false);
    let mut proforma: Value = serde_json::from_str(bureau::examples::VILLA_PROFORMA).unwrap();
    proforma["lines"][0]["unit_price"] = json!(12.5);
    let record = json!({ "actor": "s-casa-italia", "at": at(0), "action": "record_proforma", "proforma": proforma });
    let e = apply(owner_deal, &record, None).unwrap_err();
    assert_eq!(e.problems()[0].path, "/proforma/lines/0/unit_price");
    assert_eq!(e.code(), "decimal.not_a_string");
    assert!(apply(&mut deal, &json!([1]), None).is_err());
    assert!(deal.apply(b"{\"actor\":", None).is_err());
    assert_eq!(deal.to_json().unwrap(), before);
}

#[test]
fn saved_deals_are_checked_when_loaded() {
    let deal = fixture(false);
    let saved = deal.to_json().unwrap();
    assert_eq!(bureau::deal::load(&saved).unwrap(), deal);
    // Cut anywhere: a clear JSON error, never a panic.
    for cut in (0..saved.len()).step_by(997) {
        let e = bureau::deal::load(&saved[..cut]).unwrap_err();
        assert_eq!(e.code(), "json.syntax", "cut at {cut}");
        assert_eq!(e.problems()[0].input.map(bureau::problem::Input::as_str), Some("deal"));
    }
    let edit = |f: &dyn Fn(&mut Value)| {
        let mut v: Value = serde_json::from_slice(&saved).unwrap();
        f(&mut v);
        bureau::deal::load(&serde_json::to_vec(&v).unwrap()).unwrap_err()
    };
    // A state edited by hand does not match the log.
    let e = edit(&|v| v["invitations"][0]["status"] = json!("declined"));
    assert_eq!((e.code(), e.problems()[0].path.as_str()), ("deal.tampered", "/invitations/0/status"));
    let e = edit(&|v| v["proformas"][0]["proforma"]["lines"][0]["unit_price"] = json!("1.00"));
    assert_eq!(e.code(), "deal.tampered");
    // A log edited so that an event no longer applies.
    let e = edit(&|v| v["events"][2]["input"]["actor"] = json!("f-verdi"));
    assert_eq!((e.code(), e.problems()[0].path.as_str()), ("deal.tampered", "/events/2/input"));
    assert!(e.problems()[0].message.contains("forbidden.not_invited"), "{}", e.problems()[0].message);
    // A log cut short no longer makes the state.
    let e = edit(&|v| {
        v["events"].as_array_mut().unwrap().pop();
    });
    assert_eq!(e.code(), "deal.tampered");
    let e = edit(&|v| v["events"] = json!([]));
    assert_eq!(e.code(), "deal.tampered");
    // Formats.
    assert_eq!(edit(&|v| v["format"] = json!("deal/2")).code(), "deal.format_newer");
    assert_eq!(edit(&|v| v["format"] = json!("studio-project/1")).code(), "format.unsupported");
    assert_eq!(edit(&|v| drop(v.as_object_mut().unwrap().remove("events"))).code(), "field.missing");
    assert_eq!(bureau::deal::load(b"[]").unwrap_err().code(), "field.missing");
}

#[test]
fn resegmenting_keeps_history_and_marks_documents() {
    let mut deal = fixture(false);
    ok(
        &mut deal,
        json!({ "actor": "s-casa-italia", "at": at(2), "action": "accept_proforma", "segment": VERDI, "number": "PF-2026/1187" }),
    );
    ok(&mut deal, issue_invoice());
    // The dining table (it-04) moves to the showroom; Luce Milano's items are dropped.
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    for item in project["items"].as_array_mut().unwrap() {
        if item["id"] == "it-04" {
            item["source"] = json!("s-interior-plus");
        }
    }
    project["items"].as_array_mut().unwrap().retain(|i| i["manufacturer"] != "f-luce" || i["source"] != "f-luce");
    ok(&mut deal, json!({ "actor": "d-kovaleva", "at": at(3), "action": "resegment", "project": project }));
    let event = deal.events.last().unwrap();
    assert!(event.summary.contains("it-04"), "{}", event.summary);
    let luce = deal.segment(LUCE).unwrap();
    assert!(!luce.active);
    let verdi = deal.segment(VERDI).unwrap();
    assert!(!verdi.items.iter().any(|i| i == "it-04"));
    assert_eq!(verdi.manager.as_deref(), Some("s-casa-italia"), "the invitation stays with the segment");
    assert_eq!(verdi.accepted_proforma.as_ref().unwrap().number, "PF-2026/1187");
    assert!(deal.segment(SHOWROOM).unwrap().items.iter().any(|i| i == "it-04"));
    let status: Vec<Value> = deal.documents.iter().map(|d| serde_json::to_value(d.status).unwrap()).collect();
    assert_eq!(status, ["out_of_date", "out_of_date"], "the specification and the invoice");
    // A gone segment cannot be acted on; another project cannot replace this one.
    let gone = json!({ "actor": "d-kovaleva", "at": at(4), "action": "invite_supplier", "segments": [LUCE], "supplier": "s-casa-italia" });
    assert_eq!(apply(&mut deal, &gone, None).unwrap_err().code(), "segment.unknown");
    let loft: Value = serde_json::from_str(bureau::examples::LOFT).unwrap();
    let other = json!({ "actor": "d-kovaleva", "at": at(4), "action": "resegment", "project": loft });
    assert_eq!(apply(&mut deal, &other, None).unwrap_err().code(), "deal.project_mismatch");
    // The invoice is revised from the new state: same number, next revision.
    ok(
        &mut deal,
        json!({ "actor": "s-casa-italia", "at": at(5), "action": "revise_document", "number": "INV-2026-0007" }),
    );
    let last = deal.documents.last().unwrap();
    assert_eq!((last.number.as_str(), last.revision), ("INV-2026-0007", 2));
    assert_eq!(serde_json::to_value(&last.document).unwrap()["number"], "INV-2026-0007-rev2");
    assert_eq!(serde_json::to_value(deal.documents[1].status).unwrap(), "revised");
    let taken = json!({ "actor": "d-kovaleva", "at": at(5), "action": "issue_document", "kind": "specification", "settings": { "number": "SP-1" } });
    assert_eq!(apply(&mut deal, &taken, None).unwrap_err().code(), "deal.number_taken");
    let unknown = json!({ "actor": "d-kovaleva", "at": at(5), "action": "revise_document", "number": "SP-9" });
    assert_eq!(apply(&mut deal, &unknown, None).unwrap_err().code(), "deal.document_unknown");
    // All of it saves and loads.
    assert_eq!(bureau::deal::load(&deal.to_json().unwrap()).unwrap(), deal);
}

fn keys(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                out.push(k.clone());
                keys(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| keys(x, out)),
        _ => {}
    }
}

fn view(deal: &Deal, who: &str) -> Value {
    serde_json::to_value(bureau::deal::view(deal, &Audience::parse(who)).unwrap()).unwrap()
}

#[test]
fn each_party_sees_its_part() {
    let mut deal = fixture(false);
    ok(
        &mut deal,
        json!({ "actor": "s-casa-italia", "at": at(2), "action": "accept_proforma", "segment": VERDI, "number": "PF-2026/1187" }),
    );
    ok(&mut deal, issue_invoice());
    ok(
        &mut deal,
        json!({ "actor": "s-casa-italia", "at": at(3), "action": "issue_document", "kind": "proforma_request", "segments": [VERDI] }),
    );

    // The client: no purchase price, discount, proforma, request or margin anywhere.
    let client = view(&deal, "client");
    let mut k = Vec::new();
    keys(&client, &mut k);
    for banned in ["discount_pct", "discount", "proforma", "reconciliation", "list_price", "markup_pct", "purchase"] {
        assert!(!k.iter().any(|x| x == banned), "the client sees `{banned}`");
    }
    assert!(client["proformas"].as_array().unwrap().is_empty());
    assert!(client["requests"].as_array().unwrap().is_empty());
    let docs: Vec<&str> = client["documents"].as_array().unwrap().iter().map(|d| d["kind"].as_str().unwrap()).collect();
    assert_eq!(docs, ["specification", "client_invoice"]);
    assert!(client["segments"].as_array().unwrap().iter().all(|s| s["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i.get("unit_price").is_none())));
    let text = client.to_string();
    assert!(!text.contains("4719"), "the proforma's money effect");
    for purchase in ["12950.00", "4870.00", "1890.00", "12450.00"] {
        assert!(!text.contains(purchase), "the client sees the purchase price {purchase}");
    }
    assert!(text.contains("\"client_invoice\""), "the client sees its invoice");

    // The factory: its own segment, the request sent to it, its proforma; no client data.
    let factory = view(&deal, "f-verdi");
    let segments: Vec<&str> =
        factory["segments"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(segments, [VERDI]);
    assert!(factory["project"].get("client").is_none());
    assert!(factory["project"]["delivery"].get("address").is_none());
    assert_eq!(factory["project"]["delivery"]["incoterm"], "DAP");
    let docs: Vec<&str> =
        factory["documents"].as_array().unwrap().iter().map(|d| d["kind"].as_str().unwrap()).collect();
    assert_eq!(docs, ["proforma_request"]);
    assert!(factory["proformas"][0].get("reconciliation").is_none());
    assert!(!factory.to_string().contains("Иванов"));

    // The factory's own proforma goes to the supplier that manages the segment, built from the
    // project as the factory sees it: no client in it.
    ok(
        &mut deal,
        json!({ "actor": "f-verdi", "at": at(4), "action": "issue_document", "kind": "proforma", "segments": [VERDI] }),
    );
    let own = deal.documents.last().unwrap();
    let own_document = serde_json::to_value(&own.document).unwrap();
    assert_eq!(own_document["buyer"]["name"], "Casa Italia");
    assert!(!own_document.to_string().contains("Иванов"), "client data in the factory's proforma");

    // The managing supplier: its segment in full.
    let manager = view(&deal, "s-casa-italia");
    assert!(manager["proformas"][0].get("reconciliation").is_some());
    let verdi = manager["segments"].as_array().unwrap().iter().find(|s| s["id"] == VERDI).unwrap();
    assert!(verdi["items"][0].get("discount_pct").is_some());
    // The accepted proforma's prices are the purchase prices: the sofa at 12 950.00 less 35 %.
    let sofa = &verdi["items"][0]["purchase"];
    assert_eq!((sofa["unit_price"].as_str(), sofa["net"].as_str()), (Some("12950.00"), Some("8417.50")));
    assert_eq!(sofa["proforma"], "PF-2026/1187");
    let luce = manager["segments"].as_array().unwrap().iter().find(|s| s["id"] == LUCE).unwrap();
    assert!(luce["items"].as_array().unwrap().is_empty());

    // The designer: the workflow, not the purchase side.
    let designer = view(&deal, "d-kovaleva");
    assert!(designer["proformas"][0].get("proforma").is_none());
    assert!(!designer.to_string().contains("discount_pct"));

    // Someone outside sees nothing.
    let e = bureau::deal::view(&deal, &Audience::parse("s-nord-design")).unwrap_err();
    assert_eq!(e.code(), "forbidden.not_participant");
}

/// The actions a random deal is made of: some allowed, many refused.
fn random_action(pick: usize, actor: usize, n: u32) -> Value {
    let actors = ["d-kovaleva", "s-casa-italia", "s-arredo", "f-verdi", "s-interior-plus", "client"];
    let segments = [VERDI, LUCE, SHOWROOM, FABRIC];
    let seg = segments[pick % 4];
    let number = format!("SP-R{}", pick % 2);
    let mut a = match pick % 12 {
        0 | 1 => {
            let supplier = ["s-casa-italia", "s-arredo"][pick % 2];
            json!({ "action": "invite_supplier", "segments": [seg], "supplier": supplier })
        }
        2 => json!({ "action": "accept_invitation", "segments": [seg] }),
        3 => json!({ "action": "decline_invitation", "segments": [seg] }),
        4 => json!({ "action": "withdraw_invitation", "segments": [seg] }),
        5 => json!({ "action": "request_documents", "segment": seg, "kind": "proforma" }),
        6 => {
            json!({ "action": "record_proforma", "proforma": serde_json::from_str::<Value>(bureau::examples::VILLA_PROFORMA).unwrap() })
        }
        7 => json!({ "action": "accept_proforma", "segment": VERDI, "number": "PF-2026/1187" }),
        8 => {
            json!({ "action": "approve_document", "number": number, "items": if pick % 4 == 0 { json!(["it-01"]) } else { json!([]) } })
        }
        9 => json!({ "action": "reject_document", "number": number, "comment": "no" }),
        10 => {
            json!({ "action": "revise_document", "number": number, "settings": { "number": number, "markup_pct": format!("{}", pick % 40) } })
        }
        _ => {
            json!({ "action": "issue_document", "kind": "specification", "segments": [seg], "settings": { "number": number } })
        }
    };
    a["actor"] = json!(actors[actor % actors.len()]);
    a["at"] = json!(at(n));
    if pick % 5 == 0 {
        a["action_id"] = json!(format!("id-{}", pick % 7));
    }
    a
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Whatever happened to a deal, it saves and loads back identically (the log replays to
    /// the same state), and every refusal left it as it was.
    #[test]
    fn round_trip(steps in proptest::collection::vec((0usize..48, 0usize..6), 1..16)) {
        let dir = directory();
        let mut deal = open(bureau::examples::VILLA, Some(&dir));
        for (n, (pick, actor)) in steps.into_iter().enumerate() {
            let before = deal.to_json().unwrap();
            let action = random_action(pick, actor, u32::try_from(n).unwrap());
            if apply(&mut deal, &action, Some(&dir)).is_err() {
                prop_assert_eq!(deal.to_json().unwrap(), before);
            }
        }
        let saved = deal.to_json().unwrap();
        let loaded = bureau::deal::load(&saved).unwrap();
        prop_assert_eq!(&loaded, &deal);
        prop_assert_eq!(loaded.to_json().unwrap(), saved);
        prop_assert_eq!(deal.version as usize, deal.events.len());
    }
}

/// A random step after the order: a shipment, the receipt of a shipment on its way (some of
/// it short or damaged, that much re-ordered, or a miscount), a re-order, a cancellation or a
/// backorder, with quantities that may or may not fit.
fn fulfilment_step(deal: &Deal, pick: usize, qty: u32, split: (u32, u32), n: u32) -> Value {
    let item = if pick % 2 == 0 { "it-01" } else { "it-02" };
    let at = format!("2027-01-{:02}T10:00:00Z", 1 + n % 28);
    let (short, damaged) = split;
    match pick % 6 {
        0 | 1 => json!({ "actor": "f-verdi", "at": at, "action": "record_shipment", "segment": VERDI,
            "shipment": { "date": "2027-01-02", "lines": [{ "item": item, "quantity": qty.to_string() }] } }),
        2 | 3 => {
            let Some(s) = deal.shipments.iter().find(|s| s.receipt.is_none()) else {
                return json!({ "actor": "s-casa-italia", "at": at, "action": "record_receipt", "number": "SHP-1",
                    "receipt": { "date": "2027-01-03", "lines": [] } });
            };
            // One time in ten the count is off by one, and the receipt must be refused.
            let miscount = u32::from(pick % 10 == 3);
            let lines: Vec<Value> = s
                .lines
                .iter()
                .map(|l| {
                    let q: u32 = l.quantity.to_string().parse().unwrap();
                    let (sh, dm) = (short.min(q), damaged.min(q - short.min(q)));
                    json!({ "item": l.item, "received": (q - sh - dm + miscount).to_string(), "short": sh.to_string(),
                    "damaged": dm.to_string(), "reorder": (sh + dm).to_string() })
                })
                .collect();
            json!({ "actor": "s-casa-italia", "at": at, "action": "record_receipt", "number": s.id,
                "receipt": { "date": "2027-01-03", "lines": lines } })
        }
        4 => json!({ "actor": "s-casa-italia", "at": at, "action": "issue_document", "kind": "purchase_order",
            "segments": [VERDI], "settings": { "date": "2027-01-04" } }),
        _ => json!({ "actor": "s-casa-italia", "at": at, "action": "track_items", "segment": VERDI,
            "updates": [{ "item": item, "state": if qty % 2 == 0 { "cancelled" } else { "backordered" }, "date": "2027-01-05", "quantity": qty.to_string() }] }),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Whatever ships, arrives, is re-ordered or cancelled: per item, received + short +
    /// damaged equals what was shipped in the shipments received; nothing ships beyond what was
    /// ordered and re-ordered less what was cancelled; a re-order never orders more than the
    /// receipts marked; every refusal leaves the deal as it was; the deal saves and loads back.
    #[test]
    fn shipped_received_and_reordered_add_up(
        steps in proptest::collection::vec((0usize..60, 1u32..4, (0u32..2, 0u32..2)), 1..14),
    ) {
        let dir = directory();
        let mut deal = fulfilment_fixture(false);
        for (n, (pick, qty, split)) in steps.into_iter().enumerate() {
            let before = deal.to_json().unwrap();
            let action = fulfilment_step(&deal, pick, qty, split, u32::try_from(n).unwrap());
            if apply(&mut deal, &action, Some(&dir)).is_err() {
                prop_assert_eq!(deal.to_json().unwrap(), before);
            }
        }
        for t in &deal.tracking {
            let mut shipped_received = rust_decimal::Decimal::ZERO;
            let mut shipped = rust_decimal::Decimal::ZERO;
            for s in deal.shipments.iter() {
                for l in s.lines.iter().filter(|l| l.item == t.item) {
                    shipped += l.quantity;
                    if s.receipt.is_some() {
                        shipped_received += l.quantity;
                    }
                }
            }
            prop_assert_eq!(t.shipped, shipped, "{}", t.item);
            prop_assert_eq!(t.received + t.short + t.damaged, shipped_received, "{}", t.item);
            prop_assert!(t.shipped <= t.ordered + t.reordered - t.cancelled, "{}", t.item);
            prop_assert!(t.reordered <= t.to_reorder, "{}", t.item);
            prop_assert!(t.to_reorder <= t.short + t.damaged, "{}", t.item);
        }
        let saved = deal.to_json().unwrap();
        prop_assert_eq!(bureau::deal::load(&saved).unwrap().to_json().unwrap(), saved);
    }
}

/// The story after the proforma (the `deal-fulfilment` vector, loaded by replay): the client's
/// view holds no purchase figure, confirmation or payment to a source; the factory's no client
/// price, client document or client payment.
#[test]
fn after_the_proforma_each_party_sees_its_part() {
    let saved = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/deal-fulfilment/deal.json")).unwrap();
    let deal = bureau::deal::load(&saved).unwrap();
    assert!(!deal.payments.is_empty() && !deal.shipments.is_empty() && !deal.confirmations.is_empty());

    let client = view(&deal, "client");
    let text = client.to_string();
    let mut k = Vec::new();
    keys(&client, &mut k);
    for banned in ["purchase", "confirmations", "reconciliation", "discount_pct", "markup_pct"] {
        assert!(!k.iter().any(|x| x == banned), "the client sees `{banned}`");
    }
    // The orders' totals, deposits, prices and nets, and what was paid to the factory.
    for purchase in ["14748.50", "6331.00", "7374.25", "3165.50", "12950.00", "4870.00", "8417.50", "SWIFT"] {
        assert!(!text.contains(purchase), "the client sees the purchase figure {purchase}");
    }
    assert!(!text.contains("purchase_order"), "the client sees an order");
    assert!(client["payments"].as_array().unwrap().iter().all(|p| p["party"] == "client"));
    assert!(
        text.contains("CN-INV-2026-0007") && text.contains("\"tracking\""),
        "the client sees its credit note and tracking"
    );

    let factory = view(&deal, "f-verdi");
    let text = factory.to_string();
    for client_figure in ["1118763.01", "405141.46", "2804978.47", "494272.58", "1402489.24", "Иванов", "RET-1"] {
        assert!(!text.contains(client_figure), "the factory sees the client's {client_figure}");
    }
    for kind in ["client_invoice", "credit_note"] {
        assert!(!text.contains(kind), "the factory sees a {kind}");
    }
    assert!(factory["payments"].as_array().unwrap().iter().all(|p| p["party"] == "f-verdi"));
    assert!(
        text.contains("OC-2026/0311") && text.contains("ARC-7790455"),
        "the factory sees its confirmation and shipments"
    );

    // The managing supplier sees both sides.
    let manager = view(&deal, "s-casa-italia").to_string();
    for figure in ["7374.25", "2804978.47", "OC-2026/0311", "RET-1"] {
        assert!(manager.contains(figure), "the manager misses {figure}");
    }
}

/// The story deal after its invoice and credit note, before any payment: loaded from the
/// vector and replayed up to the credit note's issue with the payments left out.
fn story_before_payments() -> Deal {
    let saved = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/deal-fulfilment/deal.json")).unwrap();
    let full = bureau::deal::load(&saved).unwrap();
    let mut deal = Deal::open(full.project.clone(), Some(&directory())).unwrap();
    let mut deal_json: Value = serde_json::from_slice(&saved).unwrap();
    for e in deal_json["events"].as_array_mut().unwrap().drain(1..) {
        let action = e["input"].clone();
        let name = action["action"].as_str().unwrap();
        if name == "record_payment" || name == "apply_retainer" {
            continue;
        }
        apply(&mut deal, &action, Some(&directory())).unwrap();
    }
    deal
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Whatever the client and the supplier pay, hold, apply and refund (in roubles or in euros
    /// at a rate): every account's due is its total less credits less payments plus refunds, to
    /// the cent; its instalments never hold more than was paid; nothing is paid beyond what is
    /// owed nor refunded beyond what was overpaid; a refusal changes nothing.
    #[test]
    fn payments_and_credits_keep_the_ledger_with_the_invoices(
        steps in proptest::collection::vec((0usize..5, 1u32..2_000_000, 0u32..100), 1..12),
    ) {
        let dir = directory();
        let mut deal = story_before_payments();
        for (n, (pick, amount, cents)) in steps.into_iter().enumerate() {
            let amount = format!("{amount}.{cents:02}");
            let at = format!("2027-03-{:02}T10:00:00Z", 1 + n % 28);
            let action = match pick {
                0 => json!({ "actor": "s-casa-italia", "at": at, "action": "record_payment", "payment": { "party": "client", "kind": "progress", "amount": amount, "currency": "RUB", "date": "2027-03-03", "document": "INV-2026-0007" } }),
                1 => json!({ "actor": "s-casa-italia", "at": at, "action": "record_payment", "payment": { "party": "client", "kind": "progress", "amount": format!("{}.{cents:02}", (cents + 1) * 10), "currency": "EUR", "fx_rate": "98.4512", "date": "2027-03-03", "document": "INV-2026-0007" } }),
                2 => json!({ "actor": "s-casa-italia", "at": at, "action": "record_payment", "payment": { "party": "client", "kind": "refund", "amount": amount, "currency": "RUB", "date": "2027-03-04", "document": "CN-INV-2026-0007" } }),
                3 => json!({ "actor": "s-casa-italia", "at": at, "action": "record_payment", "payment": { "id": format!("R{n}"), "party": "client", "kind": "retainer", "amount": amount, "currency": "RUB", "date": "2027-03-02" } }),
                _ => {
                    let held = deal.payments.iter().rev().find(|p| p.kind == bureau::deal::PaymentKind::Retainer).map(|p| p.id.to_string());
                    json!({ "actor": "s-casa-italia", "at": at, "action": "apply_retainer", "number": "INV-2026-0007", "retainer": { "id": held.unwrap_or_default(), "amount": amount, "date": "2027-03-05" } })
                }
            };
            let before = deal.to_json().unwrap();
            if apply(&mut deal, &action, Some(&dir)).is_err() {
                prop_assert_eq!(deal.to_json().unwrap(), before);
            }
        }
        for a in deal.accounts().unwrap() {
            prop_assert_eq!(a.due, a.total - a.credited - a.paid + a.refunded, "{}", a.document);
            let scheduled: rust_decimal::Decimal = a.schedule.iter().map(|i| i.paid).sum();
            prop_assert!(scheduled <= (a.paid - a.refunded).max(rust_decimal::Decimal::ZERO), "{}", a.document);
            prop_assert!(a.paid - a.refunded <= a.total - a.credited || a.refunded.is_zero() || a.due <= rust_decimal::Decimal::ZERO);
            prop_assert!(a.due >= -(a.credited), "{}: more paid than owed", a.document);
            for i in &a.schedule {
                prop_assert_eq!(i.paid + i.outstanding, i.amount);
            }
        }
        for p in deal.payments.iter().filter(|p| p.kind == bureau::deal::PaymentKind::Retainer) {
            let used: rust_decimal::Decimal = p.applied.iter().map(|x| x.amount).sum();
            prop_assert!(used <= p.amount);
        }
        let saved = deal.to_json().unwrap();
        prop_assert_eq!(bureau::deal::load(&saved).unwrap().to_json().unwrap(), saved);
    }
}

/// The report's sums are the documents': per segment, sale is the goods of the supplier's
/// client invoices less its credit notes and purchase the net of its orders, converted at the
/// invoices' rate; the total is the sum of the segments; margin = sale − purchase.
#[test]
fn the_report_adds_up_to_the_documents() {
    let saved = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/deal-fulfilment/deal.json")).unwrap();
    let deal = bureau::deal::load(&saved).unwrap();
    let request = json!({ "audience": "s-casa-italia", "report": { "as_of": "2027-12-31" } }).to_string();
    let got: Value = serde_json::from_slice(&bureau::api::deal_document(&deal, request.as_bytes()).unwrap()).unwrap();
    let report = &got["document"];
    let dec = |v: &Value| v.as_str().unwrap().parse::<rust_decimal::Decimal>().unwrap();
    let (mut goods, mut purchase_eur) = (rust_decimal::Decimal::ZERO, rust_decimal::Decimal::ZERO);
    for d in deal.documents.iter().filter(|d| serde_json::to_value(d.status).unwrap() != "revised") {
        let m = serde_json::to_value(&d.document).unwrap();
        match serde_json::to_value(d.kind).unwrap().as_str().unwrap() {
            "client_invoice" | "credit_note" => goods += dec(&m["totals"]["goods"]),
            "purchase_order" => purchase_eur += dec(&m["totals"]["net"]),
            _ => {}
        }
    }
    let purchase = (purchase_eur * rust_decimal::Decimal::new(984_512, 4)).round_dp(2);
    let segments = report["segments"].as_array().unwrap();
    let sum = |k: &str| segments.iter().map(|s| dec(&s[k])).sum::<rust_decimal::Decimal>();
    assert_eq!(sum("sale"), goods);
    assert_eq!(dec(&report["total"]["sale"]), goods);
    // Each order is converted and rounded on its own; two orders may differ from one rounding by a cent.
    assert!(
        (sum("purchase") - purchase).abs() <= rust_decimal::Decimal::new(1, 2),
        "{} vs {purchase}",
        sum("purchase")
    );
    assert_eq!(dec(&report["total"]["purchase"]), sum("purchase"));
    assert_eq!(dec(&report["total"]["margin"]), dec(&report["total"]["sale"]) - dec(&report["total"]["purchase"]));
    // The last rouble is paid both ways and the last box installed: nothing is open.
    for open in ["receivables", "payables", "open_orders"] {
        assert!(report[open].as_array().unwrap().is_empty(), "{open}: {}", report[open]);
    }
    for a in deal.accounts().unwrap() {
        assert!(a.due.is_zero(), "{} has {} due", a.document, a.due);
    }
}
