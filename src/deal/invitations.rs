//! The invitation actions: the owner invites a supplier for segments or takes the invitation
//! back; the supplier accepts or declines.

use std::sync::Arc;

use super::action::problem;
use super::segments::{named, names};
use super::{rules, Deal, Invitation, InvitationStatus, Role};
use crate::codes::Code;
use crate::model::{Company, Text};
use crate::partners::PartnerIndex;
use crate::problem::Problem;
use crate::text::Lang;

/// What an invitation did: its sentence, and the supplier's record when it came from the
/// partner directory.
pub(super) struct Invited {
    pub summary: String,
    pub from_directory: Option<Company>,
}

/// `invite_supplier`: the owner invites a supplier or showroom for segments.
pub(super) fn invite(
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
    let segments = match named(deal, ids) {
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
        deal.invitations.push_back(Arc::new(Invitation {
            segment: s.id.clone(),
            supplier: company.id.clone(),
            status: InvitationStatus::Pending,
            invited_by: who.id.clone(),
            invited_at: at.clone(),
            closed_at: None,
        }));
    }
    let summary = deal.lang().say(
        format!("{} invited {} to manage: {}.", who.name, company.name, names(&segments)),
        format!("{}: приглашение поставщику {} вести сегменты: {}.", who.name, company.name, names(&segments)),
    );
    Ok(Invited { summary, from_directory })
}

/// `accept_invitation`, `decline_invitation`: the invited supplier answers.
pub(super) fn answer(
    deal: &mut Deal,
    who: &Company,
    at: &Text,
    ids: &[Text],
    accept: bool,
) -> Result<String, Vec<Problem>> {
    let segments = named(deal, ids)?;
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
pub(super) fn withdraw(deal: &mut Deal, who: &Company, at: &Text, ids: &[Text]) -> Result<String, Vec<Problem>> {
    if deal.project.project.owner != who.id {
        return Err(vec![rules::not_owner(deal, who, "withdraw invitations")]);
    }
    let segments = named(deal, ids)?;
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
    Ok(deal.lang().say(
        format!("{} withdrew the invitation of {whom} for: {}.", who.name, names(&segments)),
        format!("{}: приглашение поставщика {whom} отозвано для сегментов: {}.", who.name, names(&segments)),
    ))
}
