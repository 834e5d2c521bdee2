//! What changed between two versions of a project, segment by segment.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap as HashMap;

use schemars::JsonSchema;
use serde::Serialize;

use super::Segmentation;
use crate::model::{Item, Project};

/// The changes from a previous version of a project to this one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Diff {
    /// Segment and group ids that are new.
    pub appeared: Vec<String>,
    /// Segment and group ids that are gone.
    pub vanished: Vec<String>,
    /// Per segment or group with any change: items added, removed, changed.
    pub segments: Vec<SegmentDiff>,
    /// Items that moved from one segment or group to another.
    pub moved: Vec<Moved>,
}

/// The changes inside one segment or unsourced group.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct SegmentDiff {
    /// Segment or group id.
    pub id: String,
    /// Items now in it that were not before.
    pub added: Vec<String>,
    /// Items that were in it and are not now.
    pub removed: Vec<String>,
    /// Items in it before and now whose fields differ.
    pub changed: Vec<ItemChange>,
}

/// An item whose fields changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct ItemChange {
    /// Item id.
    pub item: String,
    /// Names of the fields that differ, in alphabetical order.
    pub fields: Vec<String>,
}

/// An item that moved between segments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Moved {
    /// Item id.
    pub item: String,
    /// Where it was.
    pub from: String,
    /// Where it is.
    pub to: String,
}

fn placement<'s>(s: &'s Segmentation<'_>) -> (Vec<&'s str>, HashMap<&'s str, &'s str>) {
    let mut order = Vec::new();
    let mut at = HashMap::default();
    let groups = s
        .segments
        .iter()
        .map(|g| (g.id.as_str(), &g.measures))
        .chain(s.unsourced.iter().map(|g| (g.id.as_str(), &g.measures)));
    for (id, m) in groups {
        order.push(id);
        for item in &m.items {
            at.insert(*item, id);
        }
    }
    (order, at)
}

/// Compares two segmentations of two versions of a project.
pub(crate) fn diff_of(
    old_project: &Project,
    old: &Segmentation<'_>,
    new_project: &Project,
    new: &Segmentation<'_>,
) -> Diff {
    let (old_order, old_at) = placement(old);
    let (new_order, new_at) = placement(new);
    let old_items: HashMap<&str, &Item> = old_project.items.iter().map(|i| (i.id.as_str(), i)).collect();
    let new_items: HashMap<&str, &Item> = new_project.items.iter().map(|i| (i.id.as_str(), i)).collect();
    // Sets and per-group member lists, each made in one pass: the work grows with the number
    // of items and groups, not their product.
    let old_set: std::collections::HashSet<&str> = old_order.iter().copied().collect();
    let new_set: std::collections::HashSet<&str> = new_order.iter().copied().collect();
    let mut d = Diff {
        appeared: new_order.iter().filter(|g| !old_set.contains(*g)).map(|g| g.to_string()).collect(),
        vanished: old_order.iter().filter(|g| !new_set.contains(*g)).map(|g| g.to_string()).collect(),
        ..Diff::default()
    };
    let members = |items: &'_ [Item], at: &HashMap<&str, &str>| {
        let mut by_group: HashMap<String, Vec<usize>> = HashMap::default();
        for (n, item) in items.iter().enumerate() {
            if let Some(group) = at.get(item.id.as_str()) {
                by_group.entry(group.to_string()).or_default().push(n);
            }
        }
        by_group
    };
    let new_members = members(&new_project.items, &new_at);
    let old_members = members(&old_project.items, &old_at);
    let all_groups = new_order.iter().chain(old_order.iter().filter(|g| !new_set.contains(*g)));
    for group in all_groups {
        let mut sd = SegmentDiff { id: group.to_string(), ..SegmentDiff::default() };
        let now = new_members.get(*group).map_or(&[][..], Vec::as_slice);
        for item in now.iter().filter_map(|&n| new_project.items.get(n)) {
            let id = item.id.as_str();
            match old_at.get(id) {
                Some(was) if was == group => {
                    if let Some(before) = old_items.get(id) {
                        let fields = changed_fields(before, item);
                        if !fields.is_empty() {
                            sd.changed.push(ItemChange { item: id.to_string(), fields });
                        }
                    }
                }
                _ => sd.added.push(id.to_string()),
            }
        }
        let then = old_members.get(*group).map_or(&[][..], Vec::as_slice);
        for item in then.iter().filter_map(|&n| old_project.items.get(n)) {
            let id = item.id.as_str();
            if new_at.get(id) != Some(group) {
                sd.removed.push(id.to_string());
            }
        }
        if !(sd.added.is_empty() && sd.removed.is_empty() && sd.changed.is_empty()) {
            d.segments.push(sd);
        }
    }
    for item in &new_project.items {
        let id = item.id.as_str();
        if let (Some(from), Some(to)) = (old_at.get(id), new_at.get(id)) {
            if from != to && old_items.contains_key(id) && new_items.contains_key(id) {
                d.moved.push(Moved { item: id.to_string(), from: from.to_string(), to: to.to_string() });
            }
        }
    }
    d
}

fn changed_fields(a: &Item, b: &Item) -> Vec<String> {
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(a), serde_json::to_value(b))
    else {
        return Vec::new();
    };
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    keys.into_iter().filter(|k| a.get(*k) != b.get(*k)).map(|k| k.to_string()).collect()
}
