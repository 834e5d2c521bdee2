//! The event log: one event per applied action, with who, when, a sentence and what changed
//! (JSON Pointers into the deal, found by comparing the state before and after).

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;

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
}

/// One change to the deal.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Change {
    /// `add`, `remove` or `replace`.
    pub op: &'static str,
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
                    None => out.push(Change { op: "remove", path: path.clone(), from: scalar(va), to: None }),
                }
                path.truncate(len);
            }
            for (k, vb) in y.iter().filter(|(k, _)| !x.contains_key(*k)) {
                let p = format!("{path}/{}", crate::problem::escape_token(k));
                out.push(Change { op: "add", path: p, from: None, to: scalar(vb) });
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                path.push_str(&format!("/{i}"));
                walk(va, vb, path, out);
                path.truncate(len);
            }
            for (i, va) in x.iter().enumerate().skip(y.len()) {
                out.push(Change { op: "remove", path: format!("{path}/{i}"), from: scalar(va), to: None });
            }
            for (i, vb) in y.iter().enumerate().skip(x.len()) {
                out.push(Change { op: "add", path: format!("{path}/{i}"), from: None, to: scalar(vb) });
            }
        }
        _ => out.push(Change { op: "replace", path: path.clone(), from: scalar(a), to: scalar(b) }),
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
        let got: Vec<(&str, &str)> = c.iter().map(|c| (c.op, c.path.as_str())).collect();
        assert_eq!(got, [("remove", "/gone"), ("replace", "/list/0/status"), ("add", "/list/1"), ("add", "/new")]);
        assert_eq!(c[1].from, Some(json!("pending")));
        assert_eq!(c[1].to, Some(json!("accepted")));
        assert_eq!(c[2].to, None);
        assert!(changes(&a, &a).is_empty());
    }
}
