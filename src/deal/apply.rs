//! Opening a deal and applying actions: the one entry point ([`Deal::apply`]), idempotency and
//! versions, and the invitation and request actions. The Back Office's actions are in
//! `back_office.rs`, documents in `issue.rs`, re-segmenting in `resegment.rs`.

use std::collections::BTreeMap;

use serde_json::json;

use super::action::problem;
use super::log::Event;
use super::rules::{self, Role};
use super::{
    Act, Action, Applied, Deal, DealSegment, DocumentRequest, Invitation, InvitationStatus, RequestKind, RequestStatus,
    SegmentKind,
};
use crate::codes::Code;
use crate::error::Error;
use crate::model::{Company, Project, Text};
use crate::money::words::Lang;
use crate::partners::PartnerIndex;
use crate::problem::{Problem, Recommended};

/// A sentence in the project's language.
pub(super) fn say(lang: Lang, en: String, ru: String) -> String {
    match lang {
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// The deal segments of a project: its segments, then its unsourced groups.
pub(super) fn segments_of(project: &Project) -> Result<Vec<DealSegment>, Vec<Problem>> {
    let split = crate::segment::segment(project, crate::money::Rounding::default())?;
    let seg = split.segments.iter().map(|s| (s.id.clone(), SegmentKind::Segment, s.company, s.name, &s.measures.items));
    let groups = split
        .unsourced
        .iter()
        .map(|g| (g.id.clone(), SegmentKind::Unsourced, g.manufacturer, g.name, &g.measures.items));
    Ok(seg
        .chain(groups)
        .map(|(id, kind, company, name, items)| DealSegment {
            id,
            kind,
            company: Text::new(company),
            name: Text::new(name),
            items: items.iter().map(Text::new).collect(),
            manager: None,
            managed_as: None,
            needs_supplier: false,
            recommended: Vec::new(),
            accepted_proforma: None,
            active: true,
        })
        .collect())
}

impl Deal {
    /// Opens a deal on a checked project. With a partner directory, each segment that needs a
    /// supplier lists the recommended ones.
    pub fn open(project: Project, directory: Option<&PartnerIndex>) -> Result<Deal, Error> {
        let mut deal = Deal::open_with(project, BTreeMap::new()).map_err(Error::Rejected)?;
        if let Some(d) = directory {
            let recommended: BTreeMap<String, Vec<Recommended>> = deal
                .segments
                .iter()
                .filter(|s| s.needs_supplier)
                .map(|s| (s.id.clone(), rules::recommended(&deal, &s.id, d)))
                .filter(|(_, r)| !r.is_empty())
                .collect();
            if !recommended.is_empty() {
                deal = Deal::open_with(deal.project, recommended).map_err(Error::Rejected)?;
            }
        }
        Ok(deal)
    }

    /// Opens a deal with the recommendations given (replaying reads them from the first event).
    pub(super) fn open_with(
        project: Project,
        recommended: BTreeMap<String, Vec<Recommended>>,
    ) -> Result<Deal, Vec<Problem>> {
        let mut segments = segments_of(&project)?;
        for s in &mut segments {
            s.recommended = recommended.get(&s.id).cloned().unwrap_or_default();
        }
        let owner = project.project.owner.clone();
        let role = project.company(&owner).map_or(Role::Designer, |c| Role::of(c.kind));
        let mut input = json!({ "project": serde_json::to_value(&project).map_err(|e| vec![internal(e)])? });
        if let (false, Some(o)) = (recommended.is_empty(), input.as_object_mut()) {
            o.insert("recommended".into(), serde_json::to_value(&recommended).map_err(|e| vec![internal(e)])?);
        }
        let mut deal = Deal {
            format: Text::new(super::FORMAT),
            version: 1,
            project,
            companies: Vec::new(),
            segments,
            invitations: super::Shared::new(),
            requests: super::Shared::new(),
            proformas: super::Shared::new(),
            documents: super::Shared::new(),
            events: Vec::new(),
            touched: super::Touched::default(),
        };
        rules::refresh(&mut deal);
        let lang = crate::docs::project_language(&deal.project);
        let (n, u) = (
            deal.segments.iter().filter(|s| s.kind == SegmentKind::Segment).count(),
            deal.segments.iter().filter(|s| s.kind == SegmentKind::Unsourced).count(),
        );
        let need: Vec<&str> = deal.segments.iter().filter(|s| s.needs_supplier).map(|s| s.name.as_str()).collect();
        let owner_name = deal.company(&owner).map_or_else(|| owner.to_string(), |c| c.name.to_string());
        let summary = say(
            lang,
            format!(
                "{owner_name} opened project {} in Office: {n} segment(s), {u} unsourced group(s); a supplier is needed for: {}.",
                deal.project.project.id,
                if need.is_empty() { "none".to_string() } else { need.join(", ") }
            ),
            format!(
                "{owner_name}: проект {} открыт в Office — сегментов: {n}, групп без поставщика: {u}; нужен поставщик для: {}.",
                deal.project.project.id,
                if need.is_empty() { "нет".to_string() } else { need.join(", ") }
            ),
        );
        deal.events.push(Event {
            version: 1,
            actor: owner,
            role,
            action: Text::new("open"),
            at: None,
            action_id: None,
            summary,
            changes: Vec::new(),
            input,
            about: super::log::About::default(),
        });
        Ok(deal)
    }

    /// Applies one action (`deal action` JSON) for its actor. On success the deal has its new
    /// state and one more event; on refusal (`forbidden.*`, `conflict.*`, bad input) the deal is
    /// exactly as it was. A repeated `action_id` with the same action changes nothing and says
    /// so (`repeated`).
    pub fn apply(&mut self, bytes: &[u8], directory: Option<&PartnerIndex>) -> Result<Applied, Error> {
        let (action, warnings) = Action::read(bytes)?;
        if let Some(id) = &action.action_id {
            if let Some(e) = self.events.iter().find(|e| e.action_id.as_ref() == Some(id)) {
                // An invitation's event keeps the company record the directory gave.
                let mut before = e.input.clone();
                if matches!(action.act, Act::InviteSupplier { company: None, .. }) {
                    if let Some(o) = before.as_object_mut() {
                        o.remove("company");
                    }
                }
                if before == action.input {
                    return Ok(Applied { version: self.version, repeated: true, events: vec![e.clone()], warnings });
                }
                return Err(Error::Rejected(vec![problem(
                    Code::ConflictActionId,
                    "/action_id",
                    format!(
                        "The action id \"{id}\" was used by event {} ({}) for a different action; give this action its own id.",
                        e.version, e.action
                    ),
                )]));
            }
        }
        if let Some(v) = action.expected_version {
            if v != self.version {
                return Err(Error::Rejected(vec![problem(
                    Code::ConflictVersion,
                    "/expected_version",
                    format!(
                        "The deal is at version {}, not {v}: it changed since you last read it. Read it again and decide anew.",
                        self.version
                    ),
                )]));
            }
        }
        let event = self.step(action, directory).map_err(Error::Rejected)?;
        Ok(Applied { version: self.version, repeated: false, events: vec![event], warnings })
    }

    /// Applies a read action: checks, changes a copy, records the event with what changed
    /// (compared field by field and element by element, typed: only what differs is
    /// serialised), then keeps the copy.
    pub(super) fn step(&mut self, mut action: Action, directory: Option<&PartnerIndex>) -> Result<Event, Vec<Problem>> {
        let (who, role) = rules::actor(self, &action.actor, directory).map_err(|p| vec![p])?;
        let who = who.clone();
        // The copy leaves the log out: an action never reads it, and it only grows.
        let events = std::mem::take(&mut self.events);
        let mut next = self.clone();
        self.events = events;
        let at = &action.at;
        let mut record = None;
        let summary = match &action.act {
            Act::InviteSupplier { segments, supplier, company } => {
                let invited = invite(&mut next, &who, at, segments, supplier, company.as_ref(), directory)?;
                record = invited.from_directory;
                invited.summary
            }
            Act::AnswerInvitation { segments, accept } => answer(&mut next, &who, at, segments, *accept)?,
            Act::WithdrawInvitation { segments } => withdraw(&mut next, &who, at, segments)?,
            Act::RequestDocuments { segment, kind } => request(&mut next, &who, at, segment, kind, directory)?,
            Act::RecordProforma { proforma, settings } => {
                super::back_office::record(&mut next, &who, at, proforma, settings, directory)?
            }
            Act::AcceptProforma { segment, number } => {
                super::back_office::accept(&mut next, &who, segment, number, directory)?
            }
            Act::IssueDocument { kind, segments, settings } => {
                super::issue::issue(&mut next, &who, at, kind, segments, settings, directory)?
            }
            Act::ReviseDocument { number, settings } => {
                super::issue::revise(&mut next, &who, at, number, settings.as_ref(), directory)?
            }
            Act::Resegment { project } => super::resegment::resegment(&mut next, &who, project)?,
        };
        if let Some(record) = record {
            // The event keeps the record the directory gave, so replaying needs no directory.
            let record = serde_json::to_value(record).map_err(|e| vec![internal(e)])?;
            if let Some(o) = action.input.as_object_mut() {
                o.insert("company".into(), record);
            }
        }
        rules::refresh(&mut next);
        let changes = super::log::deal_changes(self, &next);
        // What this action touched was only for its changes; the next starts from nothing.
        next.touched = super::Touched::default();
        next.version = self.version.saturating_add(1);
        let event = Event {
            version: next.version,
            actor: action.actor.clone(),
            role,
            action: Text::new(action.name().as_str()),
            at: Some(action.at.clone()),
            action_id: action.action_id.clone(),
            summary,
            changes,
            about: super::log::About::of(&action),
            input: action.input,
        };
        next.events = std::mem::take(&mut self.events);
        next.events.push(event.clone());
        *self = next;
        Ok(event)
    }

    /// The project language, for summaries.
    pub(super) fn lang(&self) -> Lang {
        crate::docs::project_language(&self.project)
    }

    /// A company's name, or its id.
    pub(super) fn name_of(&self, id: &str) -> String {
        self.company(id).map_or_else(|| id.to_string(), |c| c.name.to_string())
    }
}

/// The segments an action names, each checked; every problem at once.
fn named_segments(deal: &Deal, ids: &[Text]) -> Result<Vec<DealSegment>, Vec<Problem>> {
    if ids.is_empty() {
        return Err(vec![problem(Code::FieldMissing, "/segments", "`segments` names no segment; name at least one.")]);
    }
    rules::segments(deal, ids)
}

/// An impossible state met while applying an action.
fn internal(e: impl std::fmt::Display) -> Problem {
    problem(
        Code::Internal,
        "",
        format!("The engine failed: {e}. This is a bug in Bureau; please report it with the input."),
    )
}

/// What an invitation did: its sentence, and the supplier's record when it came from the
/// partner directory.
struct Invited {
    summary: String,
    from_directory: Option<Company>,
}

/// The segments' names, for sentences.
pub(super) fn names(segments: &[DealSegment]) -> String {
    segments.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")
}

/// `invite_supplier`: the owner invites a supplier or showroom for segments.
fn invite(
    deal: &mut Deal,
    who: &Company,
    at: &Text,
    ids: &[Text],
    id: &Text,
    given: Option<&super::Read<Company>>,
    directory: Option<&PartnerIndex>,
) -> Result<Invited, Vec<Problem>> {
    if deal.project.project.owner != who.id {
        return Err(vec![rules::not_owner(deal, who, "invite suppliers")]);
    }
    let mut from_directory = None;
    let company = match (deal.company(id), given, directory.and_then(|d| d.find(id))) {
        (Some(c), _, _) => c.clone(),
        (None, Some(read), _) => {
            let c = read.clone()?;
            if c.id != *id {
                return Err(vec![problem(
                    Code::RefUnknownCompany,
                    "/company/id",
                    format!("The company record given is \"{}\", not the supplier invited, \"{id}\".", c.id),
                )]);
            }
            c
        }
        (None, None, Some(d)) => {
            from_directory = Some(d.company.clone());
            d.company.clone()
        }
        (None, None, None) => {
            return Err(vec![problem(
                Code::RefUnknownCompany,
                "/supplier",
                format!("\"{id}\" is neither a company of the project nor of the partner directory; give its record as `company`, or load the directory."),
            )])
        }
    };
    let mut problems = Vec::new();
    if !Role::of(company.kind).trades() {
        let hint = if company.kind == crate::model::CompanyKind::Factory {
            " To buy from the factory, invite a supplier with an active partnership with it."
        } else {
            ""
        };
        problems.push(problem(
            Code::ForbiddenNotCommercial,
            "/supplier",
            format!(
                "{} is a {}: only a supplier or showroom can be invited to manage a segment.{hint}",
                company.name,
                company.kind.as_str()
            ),
        ));
    }
    let segments = match named_segments(deal, ids) {
        Ok(s) => s,
        Err(mut p) => {
            problems.append(&mut p);
            Vec::new()
        }
    };
    for (i, s) in segments.iter().enumerate() {
        if let Some(open) = deal.invitations.iter().find(|v| v.segment == s.id && v.status.is_open()) {
            problems.push(problem(
                Code::DealInvitationOpen,
                format!("/segments/{i}"),
                format!(
                    "{} already has an invitation ({}) for segment \"{}\"; withdraw it before inviting another supplier.",
                    deal.name_of(&open.supplier),
                    if open.status == InvitationStatus::Pending { "pending" } else { "accepted" },
                    s.id
                ),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if deal.company(&company.id).is_none() {
        deal.companies.push(company.clone());
    }
    for s in &segments {
        deal.invitations.push_back(std::sync::Arc::new(Invitation {
            segment: s.id.clone(),
            supplier: company.id.clone(),
            status: InvitationStatus::Pending,
            invited_by: who.id.clone(),
            invited_at: at.clone(),
            closed_at: None,
        }));
    }
    let summary = say(
        deal.lang(),
        format!("{} invited {} to manage: {}.", who.name, company.name, names(&segments)),
        format!("{}: приглашение поставщику {} вести сегменты: {}.", who.name, company.name, names(&segments)),
    );
    Ok(Invited { summary, from_directory })
}

/// `accept_invitation`, `decline_invitation`: the invited supplier answers.
fn answer(deal: &mut Deal, who: &Company, at: &Text, ids: &[Text], accept: bool) -> Result<String, Vec<Problem>> {
    let segments = named_segments(deal, ids)?;
    let mut problems = Vec::new();
    let mut found = Vec::new();
    for (i, s) in segments.iter().enumerate() {
        match deal
            .invitations
            .iter()
            .position(|v| v.segment == s.id && v.supplier == who.id && v.status == InvitationStatus::Pending)
        {
            Some(n) => found.push(n),
            None => problems.push(problem(
                Code::ForbiddenNotInvited,
                format!("/segments/{i}"),
                format!(
                    "{} has no pending invitation for segment \"{}\" to {}.",
                    who.name,
                    s.id,
                    if accept { "accept" } else { "decline" }
                ),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for n in found {
        if let Some(v) = deal.invitation_mut(n) {
            v.status = if accept { InvitationStatus::Accepted } else { InvitationStatus::Declined };
            v.closed_at = Some(at.clone());
        }
    }
    let list = names(&segments);
    Ok(match (accept, deal.lang()) {
        (true, Lang::En) => format!("{} accepted the invitation and now manages: {list}.", who.name),
        (true, Lang::Ru) => format!("{}: приглашение принято, теперь ведёт сегменты: {list}.", who.name),
        (false, Lang::En) => format!("{} declined the invitation for: {list}.", who.name),
        (false, Lang::Ru) => format!("{}: приглашение отклонено для сегментов: {list}.", who.name),
    })
}

/// `withdraw_invitation`: the owner takes back pending or accepted invitations.
fn withdraw(deal: &mut Deal, who: &Company, at: &Text, ids: &[Text]) -> Result<String, Vec<Problem>> {
    if deal.project.project.owner != who.id {
        return Err(vec![rules::not_owner(deal, who, "withdraw invitations")]);
    }
    let segments = named_segments(deal, ids)?;
    let mut problems = Vec::new();
    let mut found = Vec::new();
    for (i, s) in segments.iter().enumerate() {
        match deal.invitations.iter().position(|v| v.segment == s.id && v.status.is_open()) {
            Some(n) => found.push(n),
            None => problems.push(problem(
                Code::DealNoInvitation,
                format!("/segments/{i}"),
                format!("Segment \"{}\" has no pending or accepted invitation to withdraw.", s.id),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut suppliers = Vec::new();
    for n in found {
        if let Some(v) = deal.invitation_mut(n) {
            v.status = InvitationStatus::Withdrawn;
            v.closed_at = Some(at.clone());
            suppliers.push(v.supplier.clone());
        }
    }
    suppliers.dedup();
    let whom = suppliers.iter().map(|s| deal.name_of(s)).collect::<Vec<_>>().join(", ");
    Ok(say(
        deal.lang(),
        format!("{} withdrew the invitation of {whom} for: {}.", who.name, names(&segments)),
        format!("{}: приглашение поставщика {whom} отозвано для сегментов: {}.", who.name, names(&segments)),
    ))
}

/// `request_documents`: the segment's manager (or the owner, from a showroom or supplier that
/// is the segment's own source) asks the source for documents.
fn request(
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
    let owner_asks_source =
        deal.project.project.owner == who.id && segment.managed_as == Some(super::ManagedAs::Source);
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
    deal.requests.push_back(std::sync::Arc::new(DocumentRequest {
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
    Ok(say(
        deal.lang(),
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
