//! A deal's segments: made from a project's segmentation, named in sentences, and looked up
//! for an action that names them.

use super::action::problem;
use super::{rules, Deal, DealSegment, SegmentKind};
use crate::codes::Code;
use crate::model::{Item, Project, Text};
use crate::problem::Problem;

/// `project` with the segment's items as `lay` sets them (an order's prices, a shipment's
/// quantities); an item of the segment `lay` says no to is left out. The other segments'
/// items stay as they are.
pub(super) fn laid_over(project: &Project, segment: &DealSegment, lay: impl Fn(&mut Item) -> bool) -> Project {
    let mut p = project.clone();
    p.items.retain_mut(|i| !segment.items.contains(&i.id) || lay(i));
    p
}

/// The deal segments of a project: its segments, then its unsourced groups.
pub(super) fn of(project: &Project) -> Result<Vec<DealSegment>, Vec<Problem>> {
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

/// The segments an action names, each checked; every problem at once.
pub(super) fn named(deal: &Deal, ids: &[Text]) -> Result<Vec<DealSegment>, Vec<Problem>> {
    if ids.is_empty() {
        return Err(vec![problem(Code::FieldMissing, "/segments", "`segments` names no segment; name at least one.")]);
    }
    rules::segments(deal, ids)
}

/// The segments' names, for sentences.
pub(super) fn names(segments: &[DealSegment]) -> String {
    segments.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")
}
