//! The client's approval of client documents: approving or rejecting an issued client
//! specification or client invoice, whole or item by item, bound to the exact snapshot by its
//! digest; and marking approvals stale when a revision or a re-segmenting changes lines they
//! cover.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::action::problem;
use super::rules::{self, Role};
use super::{Approval, ApprovalStatus, Deal, Decision, DocumentStatus, IssueKind, IssuedDocument, Snapshot};
use crate::codes::Code;
use crate::docs::model::Document;
use crate::model::{Company, Text};
use crate::problem::Problem;

/// `sha256:` and the hex digest of a snapshot as the deal saves it (keys sorted).
pub(crate) fn digest(snapshot: &Snapshot) -> Result<String, Problem> {
    #[derive(serde::Serialize)]
    struct Sorted<'a>(#[serde(serialize_with = "crate::json::sorted")] &'a Snapshot);
    let bytes = serde_json::to_vec(&Sorted(snapshot))
        .map_err(|e| problem(Code::Internal, "", format!("a snapshot as JSON: {e}")))?;
    let hash = Sha256::digest(&bytes);
    let mut out = String::from("sha256:");
    for b in hash {
        out.push_str(&format!("{b:02x}"));
    }
    Ok(out)
}

/// Whether a document is addressed to the client: a client invoice, or a specification not
/// issued for suppliers.
pub(super) fn for_client(d: &IssuedDocument) -> bool {
    d.kind == IssueKind::ClientInvoice
        || (d.kind == IssueKind::Specification && !d.settings.as_ref().is_some_and(|s| s.for_suppliers()))
}

/// A client document's line, its number left out (a line renumbered because another was
/// added is the same line).
#[derive(Debug, PartialEq)]
enum Line {
    Specification(crate::docs::model::SpecLine),
    Invoice(crate::docs::model::InvoiceLine),
}

/// The lines of a client document by item.
fn lines(snapshot: &Snapshot) -> BTreeMap<Text, Line> {
    match snapshot {
        Snapshot::ClientInvoice(ci) => ci
            .lines
            .iter()
            .map(|l| (l.item.clone(), Line::Invoice(crate::docs::model::InvoiceLine { n: 0, ..l.clone() })))
            .collect(),
        Snapshot::Document(Document::Specification(s)) => s
            .rooms
            .iter()
            .flat_map(|r| &r.lines)
            .map(|l| (l.item.item.clone(), Line::Specification(crate::docs::model::SpecLine { n: 0, ..l.clone() })))
            .collect(),
        Snapshot::Document(_) => BTreeMap::new(),
    }
}

/// The client (or the owner for the client) approves or rejects document `number`'s current
/// revision, whole or `items` of it.
#[allow(clippy::too_many_arguments, reason = "one action's parameters, each named")]
pub(super) fn decide(
    deal: &mut Deal,
    who: &Company,
    role: Role,
    at: &Text,
    number: &Text,
    approve: bool,
    items: &[Text],
    comment: Option<&Text>,
) -> Result<String, Vec<Problem>> {
    let owner = deal.project.project.owner == who.id;
    if role != Role::Client && !owner {
        return Err(vec![problem(
            Code::ForbiddenNotClient,
            "/actor",
            format!(
                "{} may not approve or reject client documents: only the client does (as actor \"client\"), or the project's owner for the client.",
                who.name
            ),
        )]);
    }
    let Some(n) = deal.documents.iter().rposition(|d| d.number == *number) else {
        let known: Vec<&str> = deal.documents.iter().filter(|d| for_client(d)).map(|d| d.number.as_str()).collect();
        return Err(vec![problem(
            Code::DealDocumentUnknown,
            "/number",
            format!(
                "No document \"{number}\" is issued in this deal; the client documents are {}.",
                if known.is_empty() { "none yet".to_string() } else { known.join(", ") }
            ),
        )]);
    };
    let doc =
        Arc::clone(deal.documents.get(n).ok_or_else(|| vec![problem(Code::Internal, "/number", "a lost document")])?);
    if !for_client(&doc) {
        return Err(vec![problem(
            Code::ApprovalNotClientDocument,
            "/number",
            format!(
                "Document {number} is a {} for suppliers, not a client document: the client approves client specifications and client invoices.",
                doc.kind.as_str().replace('_', " ")
            ),
        )]);
    }
    if doc.status != DocumentStatus::Current {
        return Err(vec![problem(
            Code::ApprovalNotCurrent,
            "/number",
            format!(
                "Document {number} revision {} is {}: approve its current revision, or issue it anew.",
                doc.revision,
                if doc.status == DocumentStatus::Revised {
                    "replaced by a later revision"
                } else {
                    "out of date with the project"
                }
            ),
        )]);
    }
    let on_document = lines(&doc.document);
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, item) in items.iter().enumerate() {
        if !on_document.contains_key(item) {
            problems.push(problem(
                Code::ApprovalUnknownItem,
                format!("/items/{i}"),
                format!(
                    "Item \"{item}\" is not a line of document {number}; its items are {}.",
                    list(on_document.keys())
                ),
            ));
        } else if !seen.insert(item) {
            problems.push(problem(
                Code::ApprovalUnknownItem,
                format!("/items/{i}"),
                format!("Item \"{item}\" is named twice."),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let digest = digest(&doc.document).map_err(|p| vec![p])?;
    let id = format!("APR-{}", deal.approvals.len().saturating_add(1));
    let on_behalf = role != Role::Client;
    deal.approvals.push_back(Arc::new(Approval {
        id: id.clone(),
        document: number.clone(),
        revision: doc.revision,
        digest,
        decision: if approve { Decision::Approved } else { Decision::Rejected },
        items: items.to_vec(),
        comment: comment.cloned(),
        by: if on_behalf { who.id.clone() } else { Text::new("client") },
        on_behalf_of_client: on_behalf,
        event: deal.version.saturating_add(1),
        at: at.clone(),
        status: ApprovalStatus::Valid,
        stale_items: Vec::new(),
        stale_since: None,
    }));
    let whole = items.is_empty();
    let verdict_en = if approve { "approved" } else { "rejected" };
    let by_en = if on_behalf { format!("{} for the client", who.name) } else { "The client".to_string() };
    let by_ru = if on_behalf { format!("{} за клиента", who.name) } else { "Клиент".to_string() };
    let rev = doc.revision;
    let (en, ru) = if whole {
        (
            format!("{by_en} {verdict_en} document {number} (revision {rev}) as a whole ({id})."),
            format!(
                "{by_ru}: документ {number} (редакция {rev}) {} целиком ({id}).",
                if approve { "согласован" } else { "отклонён" }
            ),
        )
    } else {
        let names = list(items.iter());
        (
            format!("{by_en} {verdict_en} items {names} of document {number} (revision {rev}) ({id})."),
            format!(
                "{by_ru}: в документе {number} (редакция {rev}) {} позиции {names} ({id}).",
                if approve { "согласованы" } else { "отклонены" }
            ),
        )
    };
    Ok(deal.lang().say(en, ru))
}

fn list<'a>(items: impl Iterator<Item = &'a Text>) -> String {
    items.map(Text::as_str).collect::<Vec<_>>().join(", ")
}

/// The items an approval covers: those it names, else every line of the snapshot it approved.
fn covered(a: &Approval, approved: &BTreeMap<Text, Line>) -> Vec<Text> {
    if a.items.is_empty() {
        approved.keys().cloned().collect()
    } else {
        a.items.clone()
    }
}

/// After document `number` got a new revision: every valid approval of an earlier revision
/// whose items' lines differ in the new one (changed, gone or new) becomes stale, naming them.
pub(super) fn after_revision(deal: &mut Deal, number: &Text, version: u32) {
    let Some(new) = deal.documents.iter().rev().find(|d| d.number == *number).map(|d| lines(&d.document)) else {
        return;
    };
    let hits: Vec<(usize, Vec<Text>)> = deal
        .approvals
        .iter()
        .enumerate()
        .filter(|(_, a)| a.document == *number && a.status == ApprovalStatus::Valid)
        .filter_map(|(i, a)| {
            let old = deal.documents.iter().find(|d| d.number == *number && d.revision == a.revision)?;
            let old = lines(&old.document);
            let mut changed: Vec<Text> =
                covered(a, &old).into_iter().filter(|item| old.get(item) != new.get(item)).collect();
            if a.items.is_empty() {
                changed.extend(new.keys().filter(|k| !old.contains_key(*k)).cloned());
            }
            (!changed.is_empty()).then_some((i, changed))
        })
        .collect();
    mark(deal, hits, version);
}

/// After a re-segmenting changed `items` (added, removed, changed or moved): every valid
/// approval of a document now out of date that covers one of them becomes stale, naming them.
pub(super) fn after_resegment(deal: &mut Deal, items: &BTreeSet<&str>, version: u32) {
    let hits: Vec<(usize, Vec<Text>)> = deal
        .approvals
        .iter()
        .enumerate()
        .filter(|(_, a)| a.status == ApprovalStatus::Valid)
        .filter_map(|(i, a)| {
            let doc = deal.documents.iter().find(|d| d.number == a.document && d.revision == a.revision)?;
            if doc.status != DocumentStatus::OutOfDate {
                return None;
            }
            let old = lines(&doc.document);
            let changed: Vec<Text> = covered(a, &old).into_iter().filter(|t| items.contains(t.as_str())).collect();
            (!changed.is_empty()).then_some((i, changed))
        })
        .collect();
    mark(deal, hits, version);
}

/// The items the client approved and still stand: each item's latest valid decision (by
/// event) is an approval.
pub(super) fn approved_items(deal: &Deal) -> BTreeSet<Text> {
    let mut latest: BTreeMap<Text, Decision> = BTreeMap::new();
    for a in deal.approvals.iter().filter(|a| a.status == ApprovalStatus::Valid) {
        let Some(doc) = deal.documents.iter().find(|d| d.number == a.document && d.revision == a.revision) else {
            continue;
        };
        for item in covered(a, &lines(&doc.document)) {
            latest.insert(item, a.decision);
        }
    }
    latest.into_iter().filter(|(_, d)| *d == Decision::Approved).map(|(i, _)| i).collect()
}

fn mark(deal: &mut Deal, hits: Vec<(usize, Vec<Text>)>, version: u32) {
    for (i, changed) in hits {
        if let Some(a) = deal.approval_mut(i) {
            a.status = ApprovalStatus::Stale;
            a.stale_items = changed;
            a.stale_since = Some(version);
        }
    }
}

/// The project's client as the actor `client`: a private client's account in the deal.
pub(super) fn client_actor(deal: &Deal) -> Option<Company> {
    let client = deal.project.project.client.as_ref()?;
    Some(Company {
        id: Text::new("client"),
        kind: crate::model::CompanyKind::Client,
        name: client.name.clone(),
        ..Company::default()
    })
}

/// Whether `id` is the client actor of this deal.
pub(super) fn is_client(deal: &Deal, id: &str) -> bool {
    id == "client" && deal.project.project.client.is_some() && !rules::participates(deal, id)
}
