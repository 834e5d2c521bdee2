//! Documents issued in a deal: built from the deal's state by the document engine (the client
//! invoice by the Front Office, from the accepted proformas) and kept as numbered snapshots;
//! a revision keeps the number and the earlier revision.

use super::action::{problem, IssueSettings, Read};
use super::back_office::accepted;
use super::segments::names;
use super::{rules, Deal, DealSegment, DocumentStatus, IssueKind, IssuedDocument, Snapshot};
use crate::codes::Code;
use crate::docs::settings::Settings;
use crate::model::{Company, Text};
use crate::partners::PartnerIndex;
use crate::problem::Problem;

/// Who may issue a document of `kind` for `segments` (checked for issuing and revising):
/// - a client invoice, a proforma request: the supplier that manages every segment;
/// - a proforma, a packing list: that supplier, or the segment's source;
/// - a specification: the owner, or the supplier that manages every segment named.
fn may_issue(
    deal: &Deal,
    who: &Company,
    kind: IssueKind,
    segments: &[DealSegment],
    directory: Option<&PartnerIndex>,
) -> Result<(), Vec<Problem>> {
    let owner = deal.project.project.owner == who.id;
    let manages = |s: &DealSegment| s.manager.as_deref() == Some(who.id.as_str());
    let what = format!("issue a {}", kind.as_str());
    let refused: Vec<Problem> = segments
        .iter()
        .filter(|s| match kind {
            IssueKind::ClientInvoice | IssueKind::CreditNote => !manages(s),
            IssueKind::ProformaRequest | IssueKind::PurchaseOrder => !manages(s) || s.company == who.id,
            IssueKind::Proforma | IssueKind::PackingList => !manages(s) && s.company != who.id,
            IssueKind::Specification => !owner && !manages(s),
        })
        .map(|s| rules::not_manager(deal, who, s, &what, "/actor", directory))
        .collect();
    if segments.is_empty() && !owner {
        return Err(vec![rules::not_owner(deal, who, "issue a specification of the whole project")]);
    }
    if refused.is_empty() {
        Ok(())
    } else {
        Err(refused)
    }
}

/// How many segments a kind takes: the client invoice one or more, a specification none (the
/// project) or one, the rest exactly one.
fn check_scope(kind: IssueKind, n: usize) -> Result<(), Vec<Problem>> {
    let ok = match kind {
        IssueKind::ClientInvoice | IssueKind::CreditNote => n >= 1,
        IssueKind::Specification => n <= 1,
        _ => n == 1,
    };
    if ok {
        return Ok(());
    }
    let wants = match kind {
        IssueKind::ClientInvoice | IssueKind::CreditNote => "one or more segments",
        IssueKind::Specification => "no segment (the whole project) or one",
        _ => "exactly one segment",
    };
    Err(vec![problem(
        Code::DocumentScope,
        "/segments",
        format!("A {} is issued for {wants}; `segments` names {n}.", kind.as_str()),
    )])
}

/// A built document: its number as printed, model and warnings.
struct Built {
    printed: String,
    document: Snapshot,
    warnings: Vec<Problem>,
}

/// Problems of the settings, pointing into the action.
fn in_settings(ps: Vec<Problem>) -> Vec<Problem> {
    ps.into_iter()
        .map(|p| {
            let path =
                if p.input == Some(crate::problem::Input::Project) { p.path } else { format!("/settings{}", p.path) };
            Problem { input: Some(crate::problem::Input::Action), path, ..p }
        })
        .collect()
}

/// Builds a document of `kind` for `segments` from the deal's state.
fn build(
    deal: &Deal,
    who: &Company,
    kind: IssueKind,
    segments: &[String],
    settings: &IssueSettings,
    number: &str,
    revision: u32,
) -> Result<Built, Vec<Problem>> {
    if kind == IssueKind::CreditNote {
        let printed = if revision > 1 { format!("{number}-rev{revision}") } else { number.to_string() };
        let request = settings.credit.clone()?;
        let invoice = invoice_to_credit(deal, &request.invoice)?;
        // What earlier credit notes of that invoice took (not this number's earlier revisions).
        let mut credited: std::collections::BTreeMap<Text, rust_decimal::Decimal> = std::collections::BTreeMap::new();
        for d in deal.documents.iter().filter(|d| d.kind == IssueKind::CreditNote && d.number != number) {
            if let (DocumentStatus::Current, Snapshot::ClientInvoice(cn)) = (d.status, &d.document) {
                if cn.corrects.as_ref() == Some(&request.invoice) {
                    for l in &cn.lines {
                        let q = credited.entry(l.item.clone()).or_default();
                        *q = q.checked_add(l.quantity.abs()).unwrap_or(*q);
                    }
                }
            }
        }
        let model =
            crate::office::invoice::credit_note(&invoice, &request, &printed, &credited).map_err(in_settings)?;
        return Ok(Built { printed, document: Snapshot::ClientInvoice(model), warnings: Vec::new() });
    }
    let Some(doc_kind) = kind.document_kind() else {
        let printed = if revision > 1 { format!("{number}-rev{revision}") } else { number.to_string() };
        let mut request = settings.invoice.clone()?;
        request.segments = segments.iter().map(Text::new).collect();
        request.seller = who.id.clone();
        request.proformas = accepted(deal, segments).cloned().collect();
        request.settings.number = Some(Text::new(&printed));
        request.settings.revision = None;
        deal.add_companies_to(&mut request.settings.companies);
        let problems = in_settings(crate::office::invoice::check(&deal.project, &request));
        if !problems.is_empty() {
            return Err(problems);
        }
        let (model, warnings) = crate::office::invoice::invoice(&deal.project, &request).map_err(in_settings)?;
        return Ok(Built { printed, document: Snapshot::ClientInvoice(model), warnings });
    };
    let mut s: Settings = settings.document.clone()?;
    deal.add_companies_to(&mut s.companies);
    s.number = Some(Text::new(number));
    s.revision = Some(revision);
    let segment = segments.first().map(String::as_str);
    if s.buyer.is_none() {
        // The buyer from the source: the segment's manager, unless the source manages itself
        // (a showroom selling to the client), whoever issues the document.
        let manager =
            segment.and_then(|id| deal.segment(id)).and_then(|g| g.manager.clone().filter(|m| *m != g.company));
        s.buyer = match doc_kind {
            crate::docs::settings::Kind::ProformaRequest | crate::docs::settings::Kind::PurchaseOrder => {
                Some(who.id.clone())
            }
            crate::docs::settings::Kind::Proforma | crate::docs::settings::Kind::PackingList => manager,
            crate::docs::settings::Kind::Specification => None,
        };
    }
    // A document between a supplier and the segment's source is built from the project as the
    // source may see it (no client data); one to the client (no commercial buyer) from all of it.
    let to_source = match doc_kind {
        crate::docs::settings::Kind::ProformaRequest | crate::docs::settings::Kind::PurchaseOrder => true,
        crate::docs::settings::Kind::Proforma | crate::docs::settings::Kind::PackingList => s.buyer.is_some(),
        crate::docs::settings::Kind::Specification => false,
    };
    // What the document is built from: the project, or for an order the accepted proforma's
    // lines laid over it, for a shipment's packing list the shipment's quantities.
    let basis = match (doc_kind, segment.and_then(|id| deal.segment(id))) {
        (crate::docs::settings::Kind::PurchaseOrder, Some(g)) => {
            super::orders::order_basis(deal, g, number, revision, &mut s)?
        }
        (crate::docs::settings::Kind::PackingList, Some(g)) => match super::tracking::shipment_lines(deal, number) {
            Some(lines) => super::tracking::shipment_basis(&deal.project, g, &lines)?,
            None => deal.project.clone(),
        },
        _ => deal.project.clone(),
    };
    let scoped = if to_source { super::view::project_for_source(&basis) } else { basis };
    let printed = crate::docs::number(&scoped, &s, doc_kind, segment, 0);
    let prepared = crate::docs::prepare(&scoped, doc_kind, segment, &s, printed.clone()).map_err(in_settings)?;
    Ok(Built { printed, document: Snapshot::Document(prepared.document), warnings: prepared.warnings })
}

/// The current revision of client invoice `number`, to be credited.
fn invoice_to_credit(
    deal: &Deal,
    number: &Text,
) -> Result<crate::docs::model::client_invoice::ClientInvoice, Vec<Problem>> {
    let found = deal.documents.iter().rev().find(|d| d.number == *number && d.kind == IssueKind::ClientInvoice);
    match found.map(|d| &d.document) {
        Some(Snapshot::ClientInvoice(ci)) => Ok(ci.clone()),
        _ => {
            let invoices: Vec<&str> = deal
                .documents
                .iter()
                .filter(|d| d.kind == IssueKind::ClientInvoice && d.revision == 1)
                .map(|d| d.number.as_str())
                .collect();
            Err(vec![problem(
                Code::DealDocumentUnknown,
                "/settings/invoice",
                format!(
                    "No client invoice \"{number}\" is issued in this deal; a credit note corrects one of {}.",
                    if invoices.is_empty() { "none yet".to_string() } else { invoices.join(", ") }
                ),
            )])
        }
    }
}

/// The number a new document gets: the settings' `number`, else the next of the kind's series
/// in the deal, else one derived from the project id.
fn new_number(
    deal: &Deal,
    kind: IssueKind,
    segments: &[String],
    settings: &IssueSettings,
) -> Result<String, Vec<Problem>> {
    let given = settings.number.as_ref().map(Text::to_string);
    let issued = deal.documents.iter().filter(|d| d.kind == kind && d.revision == 1).count();
    let number = match (given, kind.document_kind()) {
        (Some(n), _) => n,
        (None, None) if kind == IssueKind::CreditNote => {
            format!("CN-{}", settings.credit.as_ref().map(|c| c.invoice.to_string()).unwrap_or_default())
        }
        (None, None) => format!("INV-{}-{:02}", deal.project.project.id, issued.saturating_add(1)),
        (None, Some(k)) => {
            let s: Settings = settings.document.clone()?;
            let offset = u32::try_from(issued).unwrap_or(u32::MAX);
            crate::docs::number(
                &deal.project,
                &Settings { revision: None, ..s },
                k,
                segments.first().map(String::as_str),
                offset,
            )
        }
    };
    // A number derived from the project (no series, none given) is the same for every document
    // of the kind and segment: a second one (a re-order, a shipment's packing list) takes the
    // next free `-2`, `-3`, ….
    let derived = settings.number.is_none()
        && (kind == IssueKind::CreditNote
            || kind
                .document_kind()
                .is_some_and(|k| settings.document.as_ref().is_ok_and(|s| s.series.of(k).is_none())));
    let taken = |n: &str| deal.documents.iter().any(|d| d.number == n);
    if derived && taken(&number) {
        let free = (2..=deal.documents.len().saturating_add(2)).map(|k| format!("{number}-{k}")).find(|n| !taken(n));
        if let Some(free) = free {
            return Ok(free);
        }
    }
    if taken(&number) {
        return Err(vec![problem(
            Code::DealNumberTaken,
            "/settings/number",
            format!("Document {number} is already issued in this deal; revise it (revise_document) or give this one another `number`."),
        )]);
    }
    Ok(number)
}

/// `issue_document`: a new numbered snapshot.
pub(super) fn issue(
    deal: &mut Deal,
    who: &Company,
    at: &Text,
    kind: &Read<IssueKind>,
    segments: &[Text],
    settings: &IssueSettings,
    directory: Option<&PartnerIndex>,
) -> Result<String, Vec<Problem>> {
    let kind = kind.clone()?;
    let given: Vec<Text>;
    let segments = match (kind, segments.is_empty(), settings.credit.as_ref()) {
        // A credit note covers its invoice's segments unless it names them.
        (IssueKind::CreditNote, true, Ok(c)) => {
            given = invoice_to_credit(deal, &c.invoice)?.segments.iter().map(Text::new).collect();
            &given
        }
        _ => segments,
    };
    let segments = rules::segments(deal, segments)?;
    check_scope(kind, segments.len())?;
    may_issue(deal, who, kind, &segments, directory)?;
    let ids: Vec<String> = segments.iter().map(|s| s.id.clone()).collect();
    let first_order = match (kind, segments.first()) {
        (IssueKind::PurchaseOrder, Some(g)) => {
            super::orders::accepted_proforma(deal, g)?;
            let first = super::orders::first_order(deal, &g.id);
            if first {
                super::orders::check_approved(deal, g)?;
            }
            first
        }
        _ => false,
    };
    let number = new_number(deal, kind, &ids, settings)?;
    let (printed, scope) = push(deal, who, at, kind, &segments, settings, &number)?;
    if kind == IssueKind::PurchaseOrder {
        ordered(deal, &ids, &number)?;
    }
    let what = if kind == IssueKind::PurchaseOrder && !first_order {
        "re-order".to_string()
    } else {
        kind.as_str().replace('_', " ")
    };
    let what_ru = if kind == IssueKind::PurchaseOrder && !first_order { "дозаказ" } else { ru_kind(kind) };
    Ok(deal.lang().say(
        format!("{} issued {what} {printed} for {scope}.", who.name),
        format!("{}: выпущен документ «{what_ru}» {printed} — {scope}.", who.name),
    ))
}

/// Puts the new order's lines on order in the tracking.
fn ordered(deal: &mut Deal, ids: &[String], number: &str) -> Result<(), Vec<Problem>> {
    let Some(d) = deal.documents.iter().rev().find(|d| d.number == number).cloned() else {
        return Ok(());
    };
    let Some(po) = super::orders::order_lines(&d) else {
        return Ok(());
    };
    let lines: Vec<(Text, rust_decimal::Decimal)> =
        po.lines.iter().map(|l| (l.item.item.clone(), l.item.quantity)).collect();
    let segment = ids.first().cloned().unwrap_or_default();
    super::tracking::ordered(deal, &segment, &d.number, &lines, &po.head.date, d.event)
}

/// The packing list of shipment `id` of `segment`, issued with it: numbered in the packing
/// list series, dated the shipment's date unless the settings give one.
pub(super) fn issue_packing_list(
    deal: &mut Deal,
    who: &Company,
    at: &Text,
    segment: &Text,
    settings: &IssueSettings,
    id: &Text,
) -> Result<Text, Vec<Problem>> {
    let segments = rules::segments(deal, std::slice::from_ref(segment))?;
    let ids: Vec<String> = segments.iter().map(|s| s.id.clone()).collect();
    let date = deal.shipments.iter().find(|s| s.id == *id).map(|s| s.date.clone()).unwrap_or_default();
    let settings = settings.with_date(&date, IssueKind::PackingList);
    let number = new_number(deal, IssueKind::PackingList, &ids, &settings)?;
    super::tracking::set_packing_list(deal, id, &Text::new(&number));
    push(deal, who, at, IssueKind::PackingList, &segments, &settings, &number)?;
    Ok(Text::new(number))
}

/// Builds a new document and keeps it as revision 1 of `number`; its number as printed and
/// what it covers, for the summary.
fn push(
    deal: &mut Deal,
    who: &Company,
    at: &Text,
    kind: IssueKind,
    segments: &[DealSegment],
    settings: &IssueSettings,
    number: &str,
) -> Result<(String, String), Vec<Problem>> {
    let ids: Vec<String> = segments.iter().map(|s| s.id.clone()).collect();
    let built = build(deal, who, kind, &ids, settings, number, 1)?;
    deal.documents.push_back(std::sync::Arc::new(IssuedDocument {
        number: Text::new(number),
        revision: 1,
        kind,
        segments: ids,
        issued_by: who.id.clone(),
        event: deal.version.saturating_add(1),
        at: at.clone(),
        status: DocumentStatus::Current,
        settings: Some(settings.clone()),
        document: built.document,
        warnings: built.warnings,
    }));
    let scope = if segments.is_empty() { deal.project.project.name.to_string() } else { names(segments) };
    Ok((built.printed, scope))
}

/// `revise_document`: the document built anew from the deal's state, same number, next
/// revision; the earlier one is kept, marked `revised`.
pub(super) fn revise(
    deal: &mut Deal,
    who: &Company,
    at: &Text,
    number: &Text,
    settings: Option<&IssueSettings>,
    directory: Option<&PartnerIndex>,
) -> Result<String, Vec<Problem>> {
    let Some(n) = deal.documents.iter().rposition(|d| d.number == *number) else {
        let known: Vec<&str> = deal.documents.iter().filter(|d| d.revision == 1).map(|d| d.number.as_str()).collect();
        let list =
            if known.is_empty() { "none is issued yet".to_string() } else { format!("issued: {}", known.join(", ")) };
        return Err(vec![problem(
            Code::DealDocumentUnknown,
            "/number",
            format!("No document \"{number}\" is issued in this deal; {list}."),
        )]);
    };
    let old = deal.documents.get(n).cloned().ok_or_else(|| {
        vec![problem(
            Code::Internal,
            "/number",
            format!("Document {number} was found and then lost; this is a bug in Bureau."),
        )]
    })?;
    let mut segments = Vec::new();
    for (i, id) in old.segments.iter().enumerate() {
        segments.push(rules::segment(deal, id, &format!("/segments/{i}")).map_err(|p| vec![p])?.clone());
    }
    may_issue(deal, who, old.kind, &segments, directory)?;
    let settings = settings.or(old.settings.as_ref()).cloned().unwrap_or_else(|| IssueSettings::empty(Some(old.kind)));
    let revision = old.revision.saturating_add(1);
    let built = build(deal, who, old.kind, &old.segments, &settings, number, revision)?;
    if let Some(d) = deal.document_mut(n) {
        d.status = DocumentStatus::Revised;
    }
    deal.documents.push_back(std::sync::Arc::new(IssuedDocument {
        number: old.number.clone(),
        revision,
        kind: old.kind,
        segments: old.segments.clone(),
        issued_by: who.id.clone(),
        event: deal.version.saturating_add(1),
        at: at.clone(),
        status: DocumentStatus::Current,
        settings: Some(settings.clone()),
        document: built.document,
        warnings: built.warnings,
    }));
    super::approvals::after_revision(deal, number, deal.version.saturating_add(1));
    Ok(deal.lang().say(
        format!(
            "{} revised {} {number}: revision {revision} ({}).",
            who.name,
            old.kind.as_str().replace('_', " "),
            built.printed
        ),
        format!(
            "{}: документ «{}» {number} выпущен заново — редакция {revision} ({}).",
            who.name,
            ru_kind(old.kind),
            built.printed
        ),
    ))
}

/// A document kind in Russian.
fn ru_kind(kind: IssueKind) -> &'static str {
    match kind {
        IssueKind::Specification => "спецификация",
        IssueKind::ProformaRequest => "запрос проформы",
        IssueKind::Proforma => "проформа",
        IssueKind::PackingList => "упаковочный лист",
        IssueKind::ClientInvoice => "счёт клиенту",
        IssueKind::PurchaseOrder => "заказ поставщику",
        IssueKind::CreditNote => "кредит-нота",
    }
}
