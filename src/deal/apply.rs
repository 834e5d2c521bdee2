//! Opening a deal and applying actions: the one entry point ([`Deal::apply`]), idempotency and
//! versions, and the invitation and request actions. The Back Office's actions are in
//! `back_office.rs`, documents in `issue.rs`, re-segmenting in `resegment.rs`.

use std::collections::BTreeMap;

use serde_json::json;

use super::action::problem;
use super::log::Event;
use super::rules::{self, Role};
use super::{Act, Action, Applied, Deal, SegmentKind};
use crate::codes::Code;
use crate::error::Error;
use crate::model::{Project, Text};
use crate::money::words::Lang;
use crate::partners::PartnerIndex;
use crate::problem::{Problem, Recommended};

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
        let mut segments = super::segments::of(&project)?;
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
            approvals: super::Shared::new(),
            settings: super::DealSettings::default(),
            confirmations: super::Shared::new(),
            tracking: super::Shared::new(),
            shipments: super::Shared::new(),
            payments: super::Shared::new(),
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
        let summary = lang.say(
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
        let (who, role) = match super::approvals::client_actor(self) {
            // The project's client acts as `client` (its approvals only; the rules refuse it
            // everything else).
            Some(client) if super::approvals::is_client(self, &action.actor) => (client, Role::Client),
            _ => rules::actor(self, &action.actor, directory).map(|(c, r)| (c.clone(), r)).map_err(|p| vec![p])?,
        };
        // The copy leaves the log out: an action never reads it, and it only grows.
        let events = std::mem::take(&mut self.events);
        let mut next = self.clone();
        self.events = events;
        let at = &action.at;
        let mut record = None;
        let summary = match &action.act {
            Act::InviteSupplier { segments, supplier, company } => {
                let invited =
                    super::invitations::invite(&mut next, &who, at, segments, supplier, company.as_ref(), directory)?;
                record = invited.from_directory;
                invited.summary
            }
            Act::AnswerInvitation { segments, accept } => {
                super::invitations::answer(&mut next, &who, at, segments, *accept)?
            }
            Act::WithdrawInvitation { segments } => super::invitations::withdraw(&mut next, &who, at, segments)?,
            Act::RequestDocuments { segment, kind } => {
                super::requests::request(&mut next, &who, at, segment, kind, directory)?
            }
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
            Act::DecideDocument { number, approve, items, comment } => {
                super::approvals::decide(&mut next, &who, role, at, number, *approve, items, comment.as_ref())?
            }
            Act::SetDealSettings { settings } => super::orders::set_settings(&mut next, &who, settings)?,
            Act::RecordConfirmation { number, confirmation, settings } => {
                super::orders::confirm(&mut next, &who, at, number, confirmation, settings, directory)?
            }
            Act::TrackItems { segment, updates } => {
                super::tracking::track(&mut next, &who, segment, updates, directory)?
            }
            Act::RecordShipment { segment, shipment, settings } => {
                let (summary, id) = super::tracking::ship(&mut next, &who, at, segment, shipment, directory)?;
                let number = super::issue::issue_packing_list(&mut next, &who, at, segment, settings, &id)?;
                super::tracking::set_packing_list(&mut next, &id, &number);
                next.lang()
                    .say(format!("{summary}; packing list {number}."), format!("{summary}; упаковочный лист {number}."))
            }
            Act::RecordReceipt { number, receipt } => {
                super::tracking::receive(&mut next, &who, at, number, receipt, directory)?
            }
            Act::RecordPayment { payment } => super::ledger::record(&mut next, &who, at, payment, directory)?,
            Act::ApplyRetainer { number, retainer } => {
                super::ledger::apply_retainer(&mut next, &who, number, retainer)?
            }
        };
        if let Some(record) = record {
            // The event keeps the record the directory gave, so replaying needs no directory.
            let record = serde_json::to_value(record).map_err(|e| vec![internal(e)])?;
            if let Some(o) = action.input.as_object_mut() {
                o.insert("company".into(), record);
            }
        }
        rules::refresh(&mut next);
        let changes = super::log::deal_changes(self, &next).map_err(|e| vec![internal(e)])?;
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

/// An impossible state met while applying an action.
fn internal(e: impl std::fmt::Display) -> Problem {
    problem(
        Code::Internal,
        "",
        format!("The engine failed: {e}. This is a bug in Bureau; please report it with the input."),
    )
}
