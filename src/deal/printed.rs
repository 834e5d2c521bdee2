//! What a party may print of a deal (`deal_document`): an issued document its view shows, in
//! the language it asks, with the settings it was issued with (paper, branding, fonts); or, for
//! a supplier that manages a segment, the deal's report as of a date.

use super::inputs::DealDocumentRequest;
use super::report::{report, DealReport, ReportRequest};
use super::view::{admit, sees_document, Audience};
use super::{Deal, IssueKind, Snapshot};
use crate::codes::Code;
use crate::docs::model::Document;
use crate::docs::settings::Settings;
use crate::error::Error;
use crate::problem::{Input, Problem};

/// A document of the deal, ready for the document kit.
pub enum Printable {
    /// An issued document and the settings it was issued with.
    Issued(Box<Document>, Box<Settings>),
    /// The deal's report.
    Report(Box<DealReport>),
}

fn refused(code: Code, path: &str, message: String) -> Error {
    Error::Rejected(vec![Problem { input: Some(Input::Request), ..Problem::new(code, path, message) }])
}

/// What `request` asks, if its audience may have it.
pub fn printable(deal: &Deal, request: &DealDocumentRequest) -> Result<Printable, Error> {
    let audience = Audience::parse(&request.audience);
    admit(deal, &audience)?;
    match (&request.number, &request.report) {
        (Some(number), None) => {
            let found = deal
                .documents
                .iter()
                .rev()
                .filter(|d| d.number == *number)
                .find(|d| request.revision.is_none_or(|r| d.revision == r))
                .filter(|d| sees_document(deal, &audience, d));
            let Some(d) = found else {
                return Err(refused(
                    Code::DealDocumentUnknown,
                    "/number",
                    format!(
                        "No document \"{number}\"{} that \"{}\" may see is issued in this deal.",
                        request.revision.map(|r| format!(" revision {r}")).unwrap_or_default(),
                        request.audience
                    ),
                ));
            };
            // A credit note is printed as the invoice it corrects was (paper, branding, fonts).
            let issued_as = match &d.document {
                Snapshot::ClientInvoice(cn) if d.kind == IssueKind::CreditNote => cn.corrects.as_ref().and_then(|n| {
                    deal.documents.iter().rev().find(|x| x.number == *n && x.kind == IssueKind::ClientInvoice)
                }),
                _ => Some(d),
            };
            let settings = issued_as
                .and_then(|x| x.settings.as_ref().map(|s| (x.kind, s)))
                .and_then(|(kind, s)| match kind {
                    IssueKind::ClientInvoice => s.invoice.as_ref().ok().map(|i| i.settings.clone()),
                    _ => s.document.as_ref().ok().cloned(),
                })
                .unwrap_or_default();
            let document = match &d.document {
                Snapshot::Document(doc) => doc.clone(),
                Snapshot::ClientInvoice(ci) => {
                    let mut ci = ci.clone();
                    // The current invoice shows what the ledger says is paid, credited and due.
                    if d.kind == IssueKind::ClientInvoice && d.status == super::DocumentStatus::Current {
                        let accounts = super::ledger::accounts(deal).map_err(Error::Rejected)?;
                        if let Some(a) = accounts.into_iter().find(|a| a.document == d.number) {
                            let moved = !(a.paid.is_zero() && a.refunded.is_zero() && a.credited.is_zero());
                            if moved {
                                let net = crate::money::exact_sub(a.paid, a.refunded)
                                    .ok_or_else(|| Error::Internal("a paid sum past 28 digits".into()))?;
                                ci.paid = Some(net);
                                ci.credited = Some(a.credited).filter(|c| !c.is_zero());
                                ci.balance = a.due;
                            }
                        }
                    }
                    Document::ClientInvoice(ci)
                }
            };
            let document = match request.language {
                Some(lang) => document.in_language(lang),
                None => document,
            };
            Ok(Printable::Issued(Box::new(document), Box::new(settings)))
        }
        (None, Some(r)) => {
            let id = request.audience.as_str();
            let manages = deal.segments.iter().any(|s| s.manager.as_deref() == Some(id) && s.company != id);
            if !manages {
                return Err(refused(
                    Code::ForbiddenNotManager,
                    "/audience",
                    format!(
                        "\"{id}\" manages no segment of this deal: the report (margins, receivables, payables) is for the supplier that manages segments, never the client or a source."
                    ),
                ));
            }
            let asked = ReportRequest {
                as_of: r.as_of.clone(),
                currency: r.currency.clone(),
                fx: r.fx.clone(),
                language: request.language,
            };
            report(deal, id, &asked).map(|r| Printable::Report(Box::new(r))).map_err(Error::Rejected)
        }
        _ => Err(refused(
            Code::FieldMissing,
            "",
            "Ask for one thing: an issued document's `number`, or the deal's `report` (with its `as_of` date).".into(),
        )),
    }
}
