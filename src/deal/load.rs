//! Loading a saved deal: the file's event log is replayed from its first event, and the state
//! it rebuilds must be the file's own, field for field. A newer format is refused by name, a cut
//! or broken file is a JSON error, and an edited one is `deal.tampered` with the first place
//! that differs. No directory is needed: the log holds every company record it used.

use std::collections::BTreeMap;

use serde_json::Value;

use super::action::Action;
use super::{Deal, FORMAT};
use crate::codes::Code;
use crate::error::Error;
use crate::problem::{Problem, Recommended};

fn refuse(code: Code, path: impl Into<String>, message: impl Into<String>) -> Error {
    Error::Rejected(vec![Problem { input: Some(crate::problem::Input::Deal), ..Problem::new(code, path, message) }])
}

/// Reads a `deal/1` file by replaying its log, and checks that it is what the log makes.
pub fn load(bytes: &[u8]) -> Result<Deal, Error> {
    crate::json::check_size(bytes)
        .map_err(|p| Error::Rejected(vec![Problem { input: Some(crate::problem::Input::Deal), ..p }]))?;
    let stored: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            let mut p = crate::json::syntax_problem(&e);
            p.input = Some(crate::problem::Input::Deal);
            return Err(Error::Rejected(vec![p]));
        }
    };
    check_format(&stored)?;
    let Some(events) = stored.get("events").and_then(Value::as_array) else {
        return Err(refuse(
            Code::FieldMissing,
            "/events",
            "The deal has no `events`: a deal is rebuilt from its event log.",
        ));
    };
    let limit = crate::limits::current().events;
    if let Some(p) = crate::limits::exceeded(events.len() as u64, limit, Code::LimitEvents, "/events", "events") {
        return Err(Error::Rejected(vec![Problem { input: Some(crate::problem::Input::Deal), ..p }]));
    }
    let Some(first) = events.first() else {
        return Err(refuse(
            Code::DealTampered,
            "/events",
            "The deal's event log is empty; it must start with the event that opened it.",
        ));
    };
    let project =
        first.pointer("/input/project").filter(|_| first.get("action").and_then(Value::as_str) == Some("open"));
    let Some(project) = project else {
        return Err(refuse(
            Code::DealTampered,
            "/events/0",
            "The deal's first event is not the one that opened it (with the project).",
        ));
    };
    let project = serde_json::to_vec(project).map_err(|e| Error::Internal(e.to_string()))?;
    let project = crate::model::read_project(&project).map_err(|e| tampered_input(e, "/events/0/input/project"))?.value;
    let recommended: BTreeMap<String, Vec<Recommended>> = match first.pointer("/input/recommended") {
        None => BTreeMap::new(),
        Some(v) => recommended_of(v).ok_or_else(|| {
            refuse(
                Code::DealTampered,
                "/events/0/input/recommended",
                "The opening event's recommendations are not readable.",
            )
        })?,
    };
    let mut deal =
        Deal::open_with(project, recommended).map_err(|ps| tampered_input(Error::Rejected(ps), "/events/0"))?;
    for (i, event) in events.iter().enumerate().skip(1) {
        let input = event.get("input").cloned().unwrap_or(Value::Null);
        let bytes = serde_json::to_vec(&input).map_err(|e| Error::Internal(e.to_string()))?;
        let (action, _) = Action::read(&bytes).map_err(|e| tampered_input(e, &format!("/events/{i}/input")))?;
        let rebuilt =
            deal.step(action, None).map_err(|ps| tampered_input(Error::Rejected(ps), &format!("/events/{i}/input")))?;
        // Each event is checked as it is rebuilt: a log edited at its start is refused there,
        // without replaying the rest.
        let rebuilt = serde_json::to_value(&rebuilt).map_err(|e| Error::Internal(e.to_string()))?;
        if let Some(first) = super::log::changes(event, &rebuilt).into_iter().next() {
            return Err(mismatch(&format!("/events/{i}"), first));
        }
    }
    // A file as Bureau saved it is the rebuilt deal's bytes; anything else is compared field by
    // field to find where it differs (a host may have re-indented it, which is no change).
    if deal.to_json()? == bytes {
        return Ok(deal);
    }
    let rebuilt = serde_json::to_value(&deal).map_err(|e| Error::Internal(e.to_string()))?;
    if let Some(first) = super::log::changes(&stored, &rebuilt).into_iter().next() {
        return Err(mismatch("", first));
    }
    Ok(deal)
}

/// `deal.tampered` at the first difference (its path under `prefix`): the file holds what its
/// log does not make.
fn mismatch(prefix: &str, first: super::log::Change) -> Error {
    let path = format!("{prefix}{}", first.path);
    let shown = |v: Option<Value>| v.map_or_else(|| "something".to_string(), |v| v.to_string());
    let why = match first.op {
        super::log::Op::Replace => format!("{} where the log makes {}", shown(first.from), shown(first.to)),
        super::log::Op::Add => "the log makes a value the file lacks".to_string(),
        super::log::Op::Remove => "a value the log does not make".to_string(),
    };
    let message = format!("The deal does not match its own event log at {path} ({why}): it was edited or damaged. Load the host's last good copy.");
    refuse(Code::DealTampered, path, message)
}

fn check_format(stored: &Value) -> Result<(), Error> {
    let Some(format) = stored.get("format").and_then(Value::as_str) else {
        return Err(refuse(
            Code::FieldMissing,
            "/format",
            format!("The deal has no `format`; Bureau saves deals as \"{FORMAT}\"."),
        ));
    };
    if format == FORMAT {
        return Ok(());
    }
    let newer = format.strip_prefix("deal/").and_then(|v| v.parse::<u32>().ok()).is_some_and(|v| v > 1);
    if newer {
        return Err(refuse(
            Code::DealFormatNewer,
            "/format",
            format!("This deal was saved as \"{format}\" by a newer Bureau; this one reads \"{FORMAT}\". Upgrade Bureau to open it."),
        ));
    }
    Err(refuse(
        Code::FormatUnsupported,
        "/format",
        format!("\"{format}\" is not a deal format; Bureau saves deals as \"{FORMAT}\"."),
    ))
}

fn recommended_of(v: &Value) -> Option<BTreeMap<String, Vec<Recommended>>> {
    let mut out = BTreeMap::new();
    for (segment, list) in v.as_object()? {
        let mut got = Vec::new();
        for r in list.as_array()? {
            let s = |k: &str| r.get(k).and_then(Value::as_str).map(str::to_string);
            got.push(Recommended {
                supplier: s("supplier")?,
                name: s("name")?,
                covers: r
                    .get("covers")?
                    .as_array()?
                    .iter()
                    .map(|c| c.as_str().map(str::to_string))
                    .collect::<Option<_>>()?,
                share: s("share")?.parse().ok()?,
            });
        }
        out.insert(segment.clone(), got);
    }
    Some(out)
}

/// An event that no longer applies: the log itself was edited.
fn tampered_input(e: Error, at: &str) -> Error {
    let first = e.problems().into_iter().next();
    let why = first.map_or_else(String::new, |p| format!(": {} ({})", p.message, p.code.as_str()));
    refuse(Code::DealTampered, at, format!("The deal's event at {at} does not replay{why}. The log was edited or damaged; load the host's last good copy."))
}
