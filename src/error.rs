//! The one public error type. Its `code()` is what the C status, the JSON error body, the JS
//! error and the Python exception all carry.

use serde::Serialize;

use crate::codes::Code;
use crate::problem::Problem;

/// Why a call failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    /// The input was rejected; every problem found is listed.
    #[error("{}", summary(.0))]
    Rejected(Vec<Problem>),
    /// A bug in the engine (a caught panic, an impossible state).
    #[error("internal error: {0}")]
    Internal(String),
}

fn summary(problems: &[Problem]) -> String {
    match problems {
        [] => "the input was rejected".to_string(),
        [one] => format!("{} ({} at \"{}\")", one.message, one.code.as_str(), one.path),
        [first, rest @ ..] => format!(
            "{} ({} at \"{}\"), and {} more problem(s)",
            first.message,
            first.code.as_str(),
            first.path,
            rest.len()
        ),
    }
}

/// The JSON error body: `{ "errors": [ { "code", "path", "message", … } ] }`.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ErrorBody<'a> {
    /// Every problem found.
    pub errors: &'a [Problem],
}

impl Error {
    /// The stable code: the first problem's code, or `internal`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Rejected(p) => p.first().map_or(Code::Internal.as_str(), |p| p.code.as_str()),
            Error::Internal(_) => Code::Internal.as_str(),
        }
    }

    /// Every problem, as the error body lists them: the first `limits.problems`, then one
    /// `limit.problems` counting the rest.
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            Error::Rejected(p) => crate::limits::cap(p),
            Error::Internal(m) => vec![Problem::new(
                Code::Internal,
                "",
                format!("The engine failed: {m}. This is a bug in Bureau; please report it with the input."),
            )],
        }
    }

    /// The JSON error body.
    pub fn to_json(&self) -> Vec<u8> {
        let problems = self.problems();
        serde_json::to_vec(&ErrorBody { errors: &problems }).unwrap_or_else(|_| {
            br#"{"errors":[{"code":"internal","path":"","message":"The error could not be serialised."}]}"#.to_vec()
        })
    }

    /// Marks every problem as coming from the named input of a call with several inputs
    /// (a problem that already names its input keeps it).
    pub fn in_input(self, input: crate::problem::Input) -> Self {
        match self {
            Error::Rejected(mut ps) => {
                for p in ps.iter_mut().filter(|p| p.input.is_none()) {
                    p.input = Some(input);
                }
                Error::Rejected(ps)
            }
            other => other,
        }
    }
}
