//! The Back Office as deal state: proformas recorded (every version, who and when, with the
//! reconciliation) and accepted (the newest version of a number sets the purchase prices).

use super::action::{problem, Read};
use super::{rules, Deal, ProformaRef, ProformaStatus, RecordedProforma, RequestKind, RequestStatus};
use crate::codes::Code;
use crate::model::{Company, Proforma, Text};
use crate::office::reconcile::ReconcileSettings;
use crate::partners::PartnerIndex;
use crate::problem::Problem;

/// Refuses anyone but the supplier that manages `segment` and is not its source.
fn must_manage(
    deal: &Deal,
    who: &Company,
    segment: &super::DealSegment,
    what: &str,
    directory: Option<&PartnerIndex>,
) -> Result<(), Vec<Problem>> {
    if segment.manager.as_deref() == Some(who.id.as_str()) && segment.company != who.id {
        return Ok(());
    }
    if segment.company == who.id {
        return Err(vec![problem(
            Code::ForbiddenNotManager,
            "/actor",
            format!(
                "{} is the source of segment \"{}\": its proformas are recorded by the supplier that buys from it.",
                who.name, segment.id
            ),
        )]);
    }
    Err(vec![rules::not_manager(deal, who, segment, what, "/actor", directory)])
}

/// The Back Office's reconciliation of an action's `proforma` (a proforma or an order
/// confirmation) against `project`; problems point into the action (`/proforma/…`,
/// `/settings/…`).
pub(super) fn reconcile_in_action(
    project: &crate::model::Project,
    proforma: &Proforma,
    settings: &ReconcileSettings,
) -> Result<crate::office::reconcile::Reconciliation, Vec<Problem>> {
    crate::office::reconcile::reconcile(project, proforma, settings).map_err(|ps| {
        ps.into_iter()
            .map(|p| {
                let prefix = if p.input == Some(crate::problem::Input::Settings) { "/settings" } else { "/proforma" };
                Problem { input: Some(crate::problem::Input::Action), path: format!("{prefix}{}", p.path), ..p }
            })
            .collect()
    })
}

/// `record_proforma`: the manager stores a source's proforma and its reconciliation.
pub(super) fn record(
    deal: &mut Deal,
    who: &Company,
    at: &Text,
    proforma: &Read<Proforma>,
    settings: &Read<ReconcileSettings>,
    directory: Option<&PartnerIndex>,
) -> Result<String, Vec<Problem>> {
    let proforma = proforma.as_ref().map_err(Clone::clone)?;
    let segment = rules::segment(deal, &proforma.segment, "/proforma/segment").map_err(|p| vec![p])?.clone();
    must_manage(deal, who, &segment, "record proformas", directory)?;
    let settings = settings.as_ref().map_err(Clone::clone)?;
    let report = reconcile_in_action(&deal.project, proforma, settings)?;
    let version = deal
        .proformas
        .iter()
        .filter(|p| p.segment == segment.id && p.number == proforma.number)
        .count()
        .saturating_add(1);
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    let answered: Vec<usize> = deal
        .requests
        .iter()
        .enumerate()
        .filter(|(_, r)| r.segment == segment.id && r.kind == RequestKind::Proforma && r.status == RequestStatus::Sent)
        .map(|(n, _)| n)
        .collect();
    for n in answered {
        if let Some(r) = deal.request_mut(n) {
            r.status = RequestStatus::Answered;
            r.answered_by = Some(proforma.number.clone());
        }
    }
    let counts = &report.counts;
    let (changed, missing, added) = (counts.changed, counts.missing, counts.added);
    let effect = format!("{} {}", report.effect, proforma.currency);
    deal.proformas.push_back(std::sync::Arc::new(RecordedProforma {
        segment: segment.id.clone(),
        number: proforma.number.clone(),
        version,
        recorded_by: who.id.clone(),
        at: at.clone(),
        status: ProformaStatus::Recorded,
        proforma: proforma.clone(),
        reconciliation: report,
    }));
    let from = deal.name_of(&proforma.issuer);
    Ok(deal.lang().say(
        format!(
            "{} recorded proforma {} (version {version}) from {from} for segment {}: {changed} changed, {missing} missing, {added} added line(s); effect {effect}.",
            who.name, proforma.number, segment.name
        ),
        format!(
            "{}: проформа {} (версия {version}) от {from} по сегменту {} сохранена — изменено строк: {changed}, нет: {missing}, добавлено: {added}; разница {effect}.",
            who.name, proforma.number, segment.name
        ),
    ))
}

/// `accept_proforma`: the manager accepts the newest version of a proforma number.
pub(super) fn accept(
    deal: &mut Deal,
    who: &Company,
    id: &Text,
    number: &Text,
    directory: Option<&PartnerIndex>,
) -> Result<String, Vec<Problem>> {
    let segment = rules::segment(deal, id, "/segment").map_err(|p| vec![p])?.clone();
    must_manage(deal, who, &segment, "accept proformas", directory)?;
    let Some(n) = deal.proformas.iter().rposition(|p| p.segment == segment.id && p.number == *number) else {
        let mut known: Vec<&str> =
            deal.proformas.iter().filter(|p| p.segment == segment.id).map(|p| p.number.as_str()).collect();
        known.dedup();
        let list = if known.is_empty() { "none is".to_string() } else { format!("{} are", known.join(", ")) };
        return Err(vec![problem(
            Code::DealProformaUnknown,
            "/number",
            format!(
                "No proforma \"{number}\" is recorded for segment \"{}\"; {list} (record_proforma first).",
                segment.id
            ),
        )]);
    };
    let accepted: Vec<usize> = deal
        .proformas
        .iter()
        .enumerate()
        .filter(|(_, p)| p.segment == segment.id && p.status == ProformaStatus::Accepted)
        .map(|(n, _)| n)
        .collect();
    for n in accepted {
        if let Some(p) = deal.proforma_mut(n) {
            p.status = ProformaStatus::Superseded;
        }
    }
    let mut version = 1;
    if let Some(p) = deal.proforma_mut(n) {
        p.status = ProformaStatus::Accepted;
        version = p.version;
    }
    if let Some(s) = deal.segments.iter_mut().find(|s| s.id == segment.id) {
        s.accepted_proforma = Some(ProformaRef { number: number.clone(), version });
    }
    Ok(deal.lang().say(
        format!(
            "{} accepted proforma {number} (version {version}) for segment {}: its prices are now the purchase prices.",
            who.name, segment.name
        ),
        format!(
            "{}: проформа {number} (версия {version}) по сегменту {} принята — её цены теперь закупочные.",
            who.name, segment.name
        ),
    ))
}

/// The accepted proformas of `segments` in a deal.
pub(crate) fn accepted<'d>(deal: &'d Deal, segments: &'d [String]) -> impl Iterator<Item = &'d Proforma> {
    deal.proformas
        .iter()
        .filter(|p| p.status == ProformaStatus::Accepted && segments.contains(&p.segment))
        .map(|p| &p.proforma)
}
