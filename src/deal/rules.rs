//! Who may do what in a deal (`roles-and-partners.md`, "Who may do what"): the actor's role,
//! who takes part, who manages a segment, and the refusals with their codes and sentences.

use schemars::JsonSchema;
use serde::Serialize;

use super::action::problem;
use super::{Deal, DealSegment, InvitationStatus, ManagedAs, SegmentKind};
use crate::codes::Code;
use crate::model::{Company, CompanyKind};
use crate::partners::PartnerIndex;
use crate::problem::{Problem, Recommended};

/// The role an actor acts in: its company's kind, showrooms counted as suppliers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A supplier or showroom: buys from factories, sells to clients.
    Supplier,
    /// A factory: sells its own goods.
    Factory,
    /// A design studio: no commercial functions.
    Designer,
    /// A private client's account: no commercial functions.
    Client,
}

impl Role {
    /// The role of a company of this kind.
    pub fn of(kind: CompanyKind) -> Role {
        match kind {
            CompanyKind::Supplier | CompanyKind::Showroom => Role::Supplier,
            CompanyKind::Factory => Role::Factory,
            CompanyKind::Designer => Role::Designer,
            CompanyKind::Client => Role::Client,
        }
    }

    /// Whether it may buy and sell (a supplier or showroom).
    pub fn trades(self) -> bool {
        self == Role::Supplier
    }
}

/// Who manages a segment now, and why: an accepted invitation, else the owner when it is a
/// supplier or showroom, else the segment's own source when it is one.
pub(super) fn manager_of(deal: &Deal, segment: &DealSegment) -> Option<(crate::model::Text, ManagedAs)> {
    let invited =
        deal.invitations.iter().rev().find(|i| i.segment == segment.id && i.status == InvitationStatus::Accepted);
    if let Some(i) = invited {
        return Some((i.supplier.clone(), ManagedAs::Invitation));
    }
    let owner = &deal.project.project.owner;
    if deal.company(owner).is_some_and(|c| Role::of(c.kind).trades()) {
        return Some((owner.clone(), ManagedAs::Owner));
    }
    let source_trades = deal.company(&segment.company).is_some_and(|c| Role::of(c.kind).trades());
    (segment.kind == SegmentKind::Segment && source_trades).then(|| (segment.company.clone(), ManagedAs::Source))
}

/// Sets every segment's manager and whether it still needs a supplier.
pub(super) fn refresh(deal: &mut Deal) {
    let managers: Vec<_> = deal.segments.iter().map(|s| manager_of(deal, s)).collect();
    for (s, m) in deal.segments.iter_mut().zip(managers) {
        s.needs_supplier = s.active && m.is_none();
        (s.manager, s.managed_as) = m.map_or((None, None), |(c, why)| (Some(c), Some(why)));
    }
}

/// Whether `id` takes part in the deal: its owner, a source, a manufacturer asked for
/// documents, or a supplier with an invitation that is not closed.
pub(crate) fn participates(deal: &Deal, id: &str) -> bool {
    // The short lists first: the requests grow with the log, and most actors are found before.
    deal.project.project.owner == id
        || deal.segments.iter().any(|s| s.kind == SegmentKind::Segment && s.company == id)
        || deal.invitations.iter().any(|i| i.supplier == id && i.status.is_open())
        || deal.requests.iter().any(|r| r.to == id)
}

/// The actor's company and role, or the refusal of someone outside the deal.
pub(super) fn actor<'d>(
    deal: &'d Deal,
    id: &str,
    directory: Option<&PartnerIndex>,
) -> Result<(&'d Company, Role), Problem> {
    match deal.company(id) {
        Some(c) if participates(deal, id) => Ok((c, Role::of(c.kind))),
        known => {
            let who = known
                .map(|c| c.name.to_string())
                .or_else(|| directory.and_then(|d| d.find(id)).map(|c| c.company.name.to_string()))
                .unwrap_or_else(|| format!("\"{id}\""));
            Err(problem(
                Code::ForbiddenNotParticipant,
                "/actor",
                format!(
                    "{who} takes no part in the deal of project {}: only its owner, the segments' sources and invited suppliers may act on it.",
                    deal.project.project.id
                ),
            ))
        }
    }
}

/// The refusal of an actor that is not the project's owner.
pub(super) fn not_owner(deal: &Deal, who: &Company, what: &str) -> Problem {
    let owner = deal
        .company(&deal.project.project.owner)
        .map_or_else(|| deal.project.project.owner.to_string(), |c| c.name.to_string());
    problem(
        Code::ForbiddenNotOwner,
        "/actor",
        format!("{} cannot {what}: only the project's owner, {owner}, can.", who.name),
    )
}

/// The refusal of an actor that does not manage `segment`: for a designer or client whose
/// segment has no commercial company behind it, `forbidden.supplier_required` with the
/// suppliers to invite; otherwise `forbidden.not_manager`.
pub(super) fn not_manager(
    deal: &Deal,
    who: &Company,
    segment: &DealSegment,
    what: &str,
    path: &str,
    directory: Option<&PartnerIndex>,
) -> Problem {
    let role = Role::of(who.kind);
    let maker = deal.company(&segment.company).map_or_else(|| segment.company.to_string(), |c| c.name.to_string());
    if matches!(role, Role::Designer | Role::Client) && segment.manager.is_none() {
        let recommended = directory.map(|d| recommended(deal, &segment.id, d));
        let names = recommended
            .as_deref()
            .filter(|r| !r.is_empty())
            .map(|r| {
                let list: Vec<&str> = r.iter().map(|s| s.name.as_str()).collect();
                format!(" Suppliers with active partnerships with {maker}: {}.", list.join(", "))
            })
            .unwrap_or_default();
        let mut p = problem(
            Code::ForbiddenSupplierRequired,
            path,
            format!(
                "{} has no commercial functions and cannot {what} from the manufacturer {maker}: invite a supplier to manage segment \"{}\" (invite_supplier).{names}",
                who.name, segment.id
            ),
        );
        p.recommended = recommended.map(Box::new);
        return p;
    }
    let manager =
        segment.manager.as_deref().map(|m| deal.company(m).map_or_else(|| m.to_string(), |c| c.name.to_string()));
    let now = match manager {
        Some(m) => format!("{m} manages it"),
        None => "no supplier manages it yet".to_string(),
    };
    problem(
        Code::ForbiddenNotManager,
        "/actor",
        format!(
            "{} cannot {what} for segment \"{}\": only the supplier that manages it can, and {now}.",
            who.name, segment.id
        ),
    )
}

/// The suppliers the directory recommends for a segment, best first (at most five).
pub(crate) fn recommended(deal: &Deal, segment: &str, directory: &PartnerIndex) -> Vec<Recommended> {
    let options = crate::partners::RecommendOptions {
        segment: Some(segment.into()),
        limit: 5,
        proposals: 0,
        ..Default::default()
    };
    let Ok(r) = crate::partners::recommend(&deal.project, directory, &options) else { return Vec::new() };
    r.ranking
        .into_iter()
        .map(|s| Recommended {
            supplier: s.supplier.to_string(),
            name: s.name.to_string(),
            covers: s.covers.iter().map(|c| c.manufacturer.to_string()).collect(),
            share: s.share,
        })
        .collect()
}

/// The segment `id` of the deal, still active, or `segment.unknown` at `path`.
pub(super) fn segment<'d>(deal: &'d Deal, id: &str, path: &str) -> Result<&'d DealSegment, Problem> {
    deal.segment(id).filter(|s| s.active).ok_or_else(|| unknown_segment(deal, id, path))
}

/// `segment.unknown` for `id`, naming the first of the deal's active segments.
fn unknown_segment(deal: &Deal, id: &str, path: &str) -> Problem {
    let known: Vec<&str> = deal.segments.iter().filter(|s| s.active).map(|s| s.id.as_str()).collect();
    let known = crate::problem::listing(&known);
    problem(Code::SegmentUnknown, path, format!("The deal has no segment \"{id}\"; it has: {known}."))
}

/// The segments `ids` names (at `/segments/i`), each active and named once; every problem at once.
pub(super) fn segments(deal: &Deal, ids: &[crate::model::Text]) -> Result<Vec<DealSegment>, Vec<Problem>> {
    let limit = crate::limits::current().segments;
    if let Some(p) = crate::limits::exceeded(ids.len() as u64, limit, Code::LimitSegments, "/segments", "segments") {
        return Err(vec![Problem { input: Some(crate::problem::Input::Action), ..p }]);
    }
    let mut problems = Vec::new();
    let mut found: Vec<DealSegment> = Vec::new();
    // Segments by id and the names seen, looked up rather than searched: linear in the action.
    let by_id: std::collections::HashMap<&str, &DealSegment> =
        deal.segments.iter().filter(|s| s.active).map(|s| (s.id.as_str(), s)).collect();
    let mut named = std::collections::HashSet::new();
    for (i, id) in ids.iter().enumerate() {
        let path = format!("/segments/{i}");
        if !named.insert(id.as_str()) {
            problems.push(problem(Code::IdDuplicate, path, format!("Segment \"{id}\" is named twice; name it once.")));
            continue;
        }
        match by_id.get(id.as_str()) {
            Some(s) => found.push((*s).clone()),
            None => problems.push(unknown_segment(deal, id, &path)),
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}

/// Refuses anyone but the segment's source and the supplier that manages the segment.
pub(super) fn source_or_manager(
    deal: &Deal,
    who: &Company,
    segment: &DealSegment,
    what: &str,
    directory: Option<&PartnerIndex>,
) -> Result<(), Vec<Problem>> {
    if segment.company == who.id || segment.manager.as_deref() == Some(who.id.as_str()) {
        return Ok(());
    }
    Err(vec![not_manager(deal, who, segment, what, "/actor", directory)])
}
