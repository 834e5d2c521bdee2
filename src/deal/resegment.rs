//! Re-segmenting after the project changed: the segments are made again; what a segment had
//! (invitations, requests, proformas) stays with its id, a segment that vanished stays as
//! `active: false`, moved items are named in the event, and issued documents whose segments
//! changed are marked out of date (their snapshots stay as they were).

use std::collections::BTreeSet;

use super::action::{problem, Read};
use super::segments;
use super::{rules, Deal, DocumentStatus};
use crate::codes::Code;
use crate::model::{Company, Project};
use crate::problem::Problem;

/// `resegment`: the owner hands in the edited project.
pub(super) fn resegment(deal: &mut Deal, who: &Company, project: &Read<Project>) -> Result<String, Vec<Problem>> {
    if deal.project.project.owner != who.id {
        return Err(vec![rules::not_owner(deal, who, "re-segment the project")]);
    }
    let project = project.clone()?;
    let (old, new) = (&deal.project.project, &project.project);
    if old.id != new.id || old.owner != new.owner {
        return Err(vec![problem(
            Code::DealProjectMismatch,
            "/project/project",
            format!(
                "This deal is project {} owned by {}; the project given is {} owned by {}. Open a new deal for another project.",
                old.id, old.owner, new.id, new.owner
            ),
        )]);
    }
    let before = crate::segment::split(&deal.project).map_err(|e| e.problems())?;
    let after = crate::segment::split(&project).map_err(|e| e.problems())?;
    let diff = crate::segment::diff::diff_of(&deal.project, &before, &project, &after);
    let mut segments = segments::of(&project)?;
    for s in &mut segments {
        if let Some(was) = deal.segment(&s.id) {
            s.recommended = was.recommended.clone();
            s.accepted_proforma = was.accepted_proforma.clone();
        }
    }
    for was in &deal.segments {
        if !segments.iter().any(|s| s.id == was.id) {
            segments.push(super::DealSegment { active: false, ..was.clone() });
        }
    }
    let touched: BTreeSet<&str> =
        diff.segments.iter().map(|s| s.id.as_str()).chain(diff.vanished.iter().map(String::as_str)).collect();
    let project_changed = !touched.is_empty() || !diff.appeared.is_empty();
    let mut stale = 0usize;
    let hit = |d: &super::IssuedDocument| {
        d.status == DocumentStatus::Current
            && if d.segments.is_empty() {
                project_changed
            } else {
                d.segments.iter().any(|s| touched.contains(s.as_str()))
            }
    };
    let hits: Vec<usize> = deal.documents.iter().enumerate().filter(|(_, d)| hit(d)).map(|(n, _)| n).collect();
    for n in hits {
        if let Some(d) = deal.document_mut(n) {
            d.status = DocumentStatus::OutOfDate;
            stale = stale.saturating_add(1);
        }
    }
    let changed_items: BTreeSet<&str> = diff
        .segments
        .iter()
        .flat_map(|s| {
            s.added.iter().chain(&s.removed).map(String::as_str).chain(s.changed.iter().map(|c| c.item.as_str()))
        })
        .chain(diff.moved.iter().map(|m| m.item.as_str()))
        .collect();
    super::approvals::after_resegment(deal, &changed_items, deal.version.saturating_add(1));
    let moved: Vec<String> = diff.moved.iter().map(|m| format!("{} ({} → {})", m.item, m.from, m.to)).collect();
    let summary = deal.lang().say(
        format!(
            "{} re-segmented the project: {} segment(s) changed, {} new, {} gone; moved: {}; {stale} document(s) out of date.",
            who.name,
            diff.segments.len(),
            diff.appeared.len(),
            diff.vanished.len(),
            if moved.is_empty() { "none".to_string() } else { moved.join(", ") }
        ),
        format!(
            "{}: проект пересегментирован — изменено сегментов: {}, новых: {}, исчезло: {}; перемещены: {}; устарело документов: {stale}.",
            who.name,
            diff.segments.len(),
            diff.appeared.len(),
            diff.vanished.len(),
            if moved.is_empty() { "нет".to_string() } else { moved.join(", ") }
        ),
    );
    deal.project = project;
    deal.segments = segments;
    Ok(summary)
}
