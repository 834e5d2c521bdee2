//! `request_documents`: a request for documents sent to a segment's source.

use std::sync::Arc;

use super::action::problem;
use super::{rules, Deal, DocumentRequest, ManagedAs, RequestKind, RequestStatus};
use crate::codes::Code;
use crate::model::{Company, Text};
use crate::partners::PartnerIndex;
use crate::problem::Problem;

/// `request_documents`: the segment's manager (or the owner, from a showroom or supplier that
/// is the segment's own source) asks the source for documents.
pub(super) fn request(
    deal: &mut Deal,
    who: &Company,
    at: &Text,
    id: &Text,
    kind: &super::Read<RequestKind>,
    directory: Option<&PartnerIndex>,
) -> Result<String, Vec<Problem>> {
    let segment = rules::segment(deal, id, "/segment").map_err(|p| vec![p])?.clone();
    let kind = kind.clone()?;
    let manages = segment.manager.as_deref() == Some(who.id.as_str());
    let owner_asks_source = deal.project.project.owner == who.id && segment.managed_as == Some(ManagedAs::Source);
    if who.id == segment.company {
        return Err(vec![problem(
            Code::ForbiddenNotManager,
            "/actor",
            format!(
                "{} is the source of segment \"{}\" itself: documents are requested from it, not by it.",
                who.name, segment.id
            ),
        )]);
    }
    if !(manages || owner_asks_source) {
        return Err(vec![rules::not_manager(deal, who, &segment, "request documents", "/segment", directory)]);
    }
    let n = deal.requests.len().saturating_add(1);
    deal.requests.push_back(Arc::new(DocumentRequest {
        id: format!("REQ-{n}"),
        segment: segment.id.clone(),
        kind,
        from: who.id.clone(),
        to: segment.company.clone(),
        at: at.clone(),
        status: RequestStatus::Sent,
        answered_by: None,
    }));
    let to = deal.name_of(&segment.company);
    Ok(deal.lang().say(
        format!(
            "{} requested a {} from {to} for segment {} (REQ-{n}).",
            who.name,
            kind.as_str().replace('_', " "),
            segment.name
        ),
        format!(
            "{}: запрошен документ «{}» у {to} по сегменту {} (REQ-{n}).",
            who.name,
            ru_request(kind),
            segment.name
        ),
    ))
}

/// What a request asks for, in Russian.
fn ru_request(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::Proforma => "проформа",
        RequestKind::PackingList => "упаковочный лист",
        RequestKind::Confirmation => "подтверждение заказа",
    }
}
