//! A problem found in an input: where (JSON Pointer), what (a stable code) and a sentence.

use crate::codes::Code;
use schemars::JsonSchema;
use serde::Serialize;

/// The inputs of the engine's calls, as a problem names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Input {
    /// A `studio-project/1`.
    Project,
    /// The earlier version of a project, compared with.
    Previous,
    /// A `partner-directory/1`.
    Directory,
    /// A directory update.
    Update,
    /// A `proforma/1`.
    Proforma,
    /// A document, invoice or letter request.
    Request,
    /// Document or reconcile settings.
    Settings,
    /// Recommendation options.
    Options,
    /// A deal action.
    Action,
    /// A saved `deal/1`.
    Deal,
    /// The audience of a deal view.
    Audience,
}

impl Input {
    /// Its name.
    pub fn as_str(self) -> &'static str {
        match self {
            Input::Project => "project",
            Input::Previous => "previous",
            Input::Directory => "directory",
            Input::Update => "update",
            Input::Proforma => "proforma",
            Input::Request => "request",
            Input::Settings => "settings",
            Input::Options => "options",
            Input::Action => "action",
            Input::Deal => "deal",
            Input::Audience => "audience",
        }
    }
}

/// One error or warning about an input.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
pub struct Problem {
    /// The stable machine code (see the catalogue).
    pub code: Code,
    /// JSON Pointer to the place in the input (`/items/3/unit_price`); `""` is the whole input.
    pub path: String,
    /// A sentence a person can act on.
    pub message: String,
    /// Which input of a call with several inputs (`project`, `previous`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// 1-based line of a JSON syntax error, or of a host template's error or warning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column of a JSON syntax error, or of a host template's error or warning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// Suppliers to invite instead, on a `forbidden.supplier_required` refusal when a partner
    /// directory is loaded (best first).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recommended: Option<Box<Vec<Recommended>>>,
}

/// A supplier a refusal recommends: one with active partnerships with the manufacturer asked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
pub struct Recommended {
    /// Its company id.
    pub supplier: String,
    /// Its name.
    pub name: String,
    /// The manufacturers of the segment it has active partnerships with.
    pub covers: Vec<String>,
    /// The part of the segment's value (or lines) it covers, 0–1.
    pub share: rust_decimal::Decimal,
}

impl Problem {
    /// A problem at `path`.
    pub fn new(code: Code, path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            code,
            path: path.into(),
            message: message.into(),
            input: None,
            line: None,
            column: None,
            recommended: None,
        }
    }
}

/// Escapes one reference token of a JSON Pointer (RFC 6901): `~` → `~0`, `/` → `~1`.
pub(crate) fn escape_token(token: &str) -> std::borrow::Cow<'_, str> {
    if token.contains(['~', '/']) {
        token.replace('~', "~0").replace('/', "~1").into()
    } else {
        token.into()
    }
}

/// The first few of `names`, and how many more: a message names what the input has without
/// repeating a list as long as the input (`a, b, c, … and 2997 more`).
pub(crate) fn listing<S: AsRef<str>>(names: &[S]) -> String {
    const SHOWN: usize = 10;
    let shown: Vec<&str> = names.iter().take(SHOWN).map(AsRef::as_ref).collect();
    match names.len().saturating_sub(SHOWN) {
        0 => shown.join(", "),
        more => format!("{}, … and {more} more", shown.join(", ")),
    }
}

/// Collects errors and warnings in the order they are found.
#[derive(Debug, Default)]
pub struct Problems {
    /// Problems that reject the input.
    pub errors: Vec<Problem>,
    /// Problems that only weaken what can be built.
    pub warnings: Vec<Problem>,
}

impl Problems {
    /// Records a problem; its code's severity decides the list.
    pub fn push(&mut self, code: Code, path: impl Into<String>, message: impl Into<String>) {
        let p = Problem::new(code, path, message);
        match code.severity() {
            crate::codes::Severity::Error => self.errors.push(p),
            crate::codes::Severity::Warning => self.warnings.push(p),
        }
    }
}
