//! The event log: one event per applied action, with who, when, a sentence and what changed
//! (JSON Pointers into the deal, found by comparing the state before and after).

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;
use std::sync::Arc;

use super::Role;
use crate::model::Text;

/// One applied action.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Event {
    /// The deal's version this event made (the first event, opening the deal, makes 1).
    pub version: u32,
    /// The company that acted.
    pub actor: Text,
    /// The role it acted in.
    pub role: Role,
    /// The action's name (`open` for the first event).
    pub action: Text,
    /// When, as the host said (the opening event has none unless given).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<Text>,
    /// The host's id for the action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_id: Option<Text>,
    /// What happened, in one sentence in the project's language.
    pub summary: String,
    /// What changed in the deal.
    pub changes: Vec<Change>,
    /// The action as applied: replaying the log applies these again.
    pub input: Value,
    /// What the action was about, for views (rebuilt when the log is replayed, never saved).
    #[serde(skip)]
    #[schemars(skip)]
    pub(crate) about: About,
}

/// The segments and the supplier an action named.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct About {
    /// The segments it named (`segments`, `segment`, or its proforma's segment).
    pub segments: Vec<Text>,
    /// The supplier it invited.
    pub supplier: Option<Text>,
}

impl About {
    pub(super) fn of(action: &super::Action) -> About {
        use super::Act;
        match &action.act {
            Act::InviteSupplier { segments, supplier, .. } => {
                About { segments: segments.clone(), supplier: Some(supplier.clone()) }
            }
            Act::AnswerInvitation { segments, .. }
            | Act::WithdrawInvitation { segments }
            | Act::IssueDocument { segments, .. } => About { segments: segments.clone(), supplier: None },
            Act::RequestDocuments { segment, .. }
            | Act::AcceptProforma { segment, .. }
            | Act::TrackItems { segment, .. }
            | Act::RecordShipment { segment, .. } => About { segments: vec![segment.clone()], supplier: None },
            Act::RecordProforma { proforma, .. } => About {
                segments: proforma.as_ref().map(|p| vec![p.segment.clone()]).unwrap_or_default(),
                supplier: None,
            },
            Act::RecordConfirmation { confirmation, .. } => About {
                segments: confirmation.as_ref().map(|p| vec![p.segment.clone()]).unwrap_or_default(),
                supplier: None,
            },
            // The shipment's segment is the deal's to know: the receipt's event is seen by its
            // actor, the owner and (through the shipment) the segment's parties.
            Act::ReviseDocument { .. }
            | Act::Resegment { .. }
            | Act::DecideDocument { .. }
            | Act::SetDealSettings { .. }
            | Act::RecordReceipt { .. }
            | Act::RecordPayment { .. }
            | Act::ApplyRetainer { .. } => About::default(),
        }
    }
}

/// What a change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    /// A value was added.
    Add,
    /// A value was removed.
    Remove,
    /// A value was replaced.
    Replace,
}

impl Op {
    /// Its name.
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Add => "add",
            Op::Remove => "remove",
            Op::Replace => "replace",
        }
    }
}

/// One change to the deal.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Change {
    /// What happened there.
    pub op: Op,
    /// Where, as a JSON Pointer into the deal.
    pub path: String,
    /// The value before (a replaced or removed value, when it is not an object or list).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Value>,
    /// The value after (an added or replaced value, when it is not an object or list).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Value>,
}

/// The changes from `before` to `after`, in document order. Objects are compared field by
/// field and lists element by element; an added or removed object is one change.
pub(super) fn changes(before: &Value, after: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    walk(before, after, &mut String::new(), &mut out);
    out
}

/// The changes from `before` to `after` (two states of a deal), as [`changes`] finds them
/// between the two serialised without their log and version, in the same order, but without
/// serialising what did not change: fields and list elements are compared typed first, and
/// only those that differ are serialised and walked. An action's cost then follows what it
/// changed, not the size of the deal.
/// A part of the deal that could not be serialised to be compared (never, for the deal's own
/// types): an internal error, not a change left out.
pub(super) type Unserialisable = serde_json::Error;

pub(super) fn deal_changes(before: &super::Deal, after: &super::Deal) -> Result<Vec<Change>, Unserialisable> {
    let mut out = Vec::new();
    // The serialised deal's fields in key order, as `walk` visits an object: the fields the
    // deal had, in order (an optional one that became empty is removed), then those it gains.
    let mut gained: Vec<&str> = Vec::new();
    macro_rules! optional {
        ($field:ident, $path:literal, $compare:expr) => {
            match (before.$field.is_empty(), after.$field.is_empty()) {
                (false, false) => $compare?,
                (false, true) => out.push(Change { op: Op::Remove, path: $path.into(), from: None, to: None }),
                (true, false) => gained.push($path),
                (true, true) => {}
            }
        };
    }
    let t = &after.touched;
    optional!(
        approvals,
        "/approvals",
        shared(&before.approvals, &after.approvals, &t.approvals, "/approvals", &mut out)
    );
    optional!(companies, "/companies", list(&before.companies, &after.companies, "/companies", &mut out));
    optional!(
        confirmations,
        "/confirmations",
        shared(&before.confirmations, &after.confirmations, &t.confirmations, "/confirmations", &mut out)
    );
    shared(&before.documents, &after.documents, &t.documents, "/documents", &mut out)?;
    field(&before.format, &after.format, "/format", &mut out)?;
    shared(&before.invitations, &after.invitations, &t.invitations, "/invitations", &mut out)?;
    optional!(payments, "/payments", shared(&before.payments, &after.payments, &t.payments, "/payments", &mut out));
    shared(&before.proformas, &after.proformas, &t.proformas, "/proformas", &mut out)?;
    field(&before.project, &after.project, "/project", &mut out)?;
    shared(&before.requests, &after.requests, &t.requests, "/requests", &mut out)?;
    list(&before.segments, &after.segments, "/segments", &mut out)?;
    match (before.settings.is_default(), after.settings.is_default()) {
        (false, false) => field(&before.settings, &after.settings, "/settings", &mut out)?,
        (false, true) => out.push(Change { op: Op::Remove, path: "/settings".into(), from: None, to: None }),
        (true, false) => gained.push("/settings"),
        (true, true) => {}
    }
    optional!(
        shipments,
        "/shipments",
        shared(&before.shipments, &after.shipments, &t.shipments, "/shipments", &mut out)
    );
    optional!(tracking, "/tracking", shared(&before.tracking, &after.tracking, &t.tracking, "/tracking", &mut out));
    out.extend(gained.into_iter().map(|path| Change { op: Op::Add, path: path.into(), from: None, to: None }));
    Ok(out)
}

fn value<T: Serialize>(v: &T) -> Result<Value, Unserialisable> {
    serde_json::to_value(v)
}

fn field<T: Serialize + PartialEq>(a: &T, b: &T, path: &str, out: &mut Vec<Change>) -> Result<(), Unserialisable> {
    if a != b {
        walk(&value(a)?, &value(b)?, &mut path.to_string(), out);
    }
    Ok(())
}

fn list<T: Serialize + PartialEq>(a: &[T], b: &[T], path: &str, out: &mut Vec<Change>) -> Result<(), Unserialisable> {
    if a != b {
        list_by(a.iter(), b.iter(), path, out, |x, y| x == y)?;
    }
    Ok(())
}

/// [`list`] of shared entries: an entry the action did not touch is the same allocation, and
/// is passed over by its pointer without being compared or serialised.
fn shared<T: Serialize + PartialEq + Clone>(
    a: &super::Shared<T>,
    b: &super::Shared<T>,
    touched: &std::collections::BTreeSet<usize>,
    path: &str,
    out: &mut Vec<Change>,
) -> Result<(), Unserialisable> {
    if a.ptr_eq(b) {
        return Ok(());
    }
    #[cfg(debug_assertions)]
    let start = out.len();
    // The entries the action changed (recorded by `Deal::*_mut`), then those it added.
    for &i in touched.iter().take_while(|&&i| i < a.len().min(b.len())) {
        if let (Some(x), Some(y)) = (a.get(i), b.get(i)) {
            if !(Arc::ptr_eq(x, y) || x == y) {
                walk(&value(x)?, &value(y)?, &mut format!("{path}/{i}"), out);
            }
        }
    }
    let removed = (b.len()..a.len()).filter_map(|i| Some((i, a.get(i)?)));
    let added = (a.len()..b.len()).filter_map(|i| Some((i, b.get(i)?)));
    ends(removed, added, path, out)?;
    // A change made without `Deal::*_mut` would go unrecorded: on small deals, debug builds
    // compare with a scan of every entry.
    #[cfg(debug_assertions)]
    if a.len().saturating_add(b.len()) < 512 {
        let mut scanned = Vec::new();
        list_by(a.iter(), b.iter(), path, &mut scanned, |x, y| Arc::ptr_eq(x, y) || x == y)?;
        debug_assert_eq!(
            out.get(start..),
            Some(scanned.as_slice()),
            "an entry of {path} changed without being recorded"
        );
    }
    Ok(())
}

fn list_by<'a, T: Serialize + 'a>(
    a: impl ExactSizeIterator<Item = &'a T> + Clone,
    b: impl ExactSizeIterator<Item = &'a T> + Clone,
    path: &str,
    out: &mut Vec<Change>,
    same: impl Fn(&T, &T) -> bool,
) -> Result<(), Unserialisable> {
    let (na, nb) = (a.len(), b.len());
    for (i, (x, y)) in a.clone().zip(b.clone()).enumerate() {
        if !same(x, y) {
            walk(&value(x)?, &value(y)?, &mut format!("{path}/{i}"), out);
        }
    }
    ends(a.enumerate().skip(nb), b.enumerate().skip(na), path, out)
}

/// The entries a list lost at its end (`removed`) and gained (`added`), as `walk` names them.
fn ends<'a, T: Serialize + 'a>(
    removed: impl Iterator<Item = (usize, &'a T)>,
    added: impl Iterator<Item = (usize, &'a T)>,
    path: &str,
    out: &mut Vec<Change>,
) -> Result<(), Unserialisable> {
    for (i, x) in removed {
        out.push(Change { op: Op::Remove, path: format!("{path}/{i}"), from: scalar(&value(x)?), to: None });
    }
    for (i, y) in added {
        out.push(Change { op: Op::Add, path: format!("{path}/{i}"), from: None, to: scalar(&value(y)?) });
    }
    Ok(())
}

fn scalar(v: &Value) -> Option<Value> {
    (!v.is_object() && !v.is_array()).then(|| v.clone())
}

fn walk(a: &Value, b: &Value, path: &mut String, out: &mut Vec<Change>) {
    if a == b {
        return;
    }
    let len = path.len();
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, va) in x {
                path.push('/');
                path.push_str(&crate::problem::escape_token(k));
                match y.get(k) {
                    Some(vb) => walk(va, vb, path, out),
                    None => out.push(Change { op: Op::Remove, path: path.clone(), from: scalar(va), to: None }),
                }
                path.truncate(len);
            }
            for (k, vb) in y.iter().filter(|(k, _)| !x.contains_key(*k)) {
                let p = format!("{path}/{}", crate::problem::escape_token(k));
                out.push(Change { op: Op::Add, path: p, from: None, to: scalar(vb) });
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                path.push_str(&format!("/{i}"));
                walk(va, vb, path, out);
                path.truncate(len);
            }
            for (i, va) in x.iter().enumerate().skip(y.len()) {
                out.push(Change { op: Op::Remove, path: format!("{path}/{i}"), from: scalar(va), to: None });
            }
            for (i, vb) in y.iter().enumerate().skip(x.len()) {
                out.push(Change { op: Op::Add, path: format!("{path}/{i}"), from: None, to: scalar(vb) });
            }
        }
        _ => out.push(Change { op: Op::Replace, path: path.clone(), from: scalar(a), to: scalar(b) }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn changes_name_each_place() {
        let a = json!({ "list": [ { "status": "pending" } ], "n": 1, "gone": "x" });
        let b = json!({ "list": [ { "status": "accepted" }, { "status": "pending" } ], "n": 1, "new": 2 });
        let c = changes(&a, &b);
        let got: Vec<(&str, &str)> = c.iter().map(|c| (c.op.as_str(), c.path.as_str())).collect();
        assert_eq!(got, [("remove", "/gone"), ("replace", "/list/0/status"), ("add", "/list/1"), ("add", "/new")]);
        assert_eq!(c[1].from, Some(json!("pending")));
        assert_eq!(c[1].to, Some(json!("accepted")));
        assert_eq!(c[2].to, None);
        assert!(changes(&a, &a).is_empty());
    }
}
