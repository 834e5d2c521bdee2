//! Reading JSON into the model in one pass, collecting every problem with its JSON Pointer.
//!
//! The reader never stops at the first problem: a wrong type, a bad decimal or a missing field
//! is recorded and reading goes on, so one call reports all of them. Only broken JSON syntax
//! stops it (there is nothing sound left to read).

mod compound;
mod reader;
mod scalar;

pub(crate) use reader::{parse_decimal, MAX_TEXT};
pub(crate) use reader::{Choice, ObjReader, Range, ReadObject, Slot};

/// A [`Choice`] from its names, each written once: `choice!(Paper { "a4" => Paper::A4, … })`
/// gives the names messages list, the value of a name, and the name of a value.
macro_rules! choice {
    ($t:ty { $($name:literal => $v:path),* $(,)? }) => {
        impl $crate::json::Choice for $t {
            const NAMES: &'static [&'static str] = &[$($name),*];
            fn parse(name: &str) -> Option<Self> {
                match name { $($name => Some($v),)* _ => None }
            }
            fn name(self) -> &'static str {
                match self { $($v => $name,)* }
            }
        }
    };
}
pub(crate) use choice;

/// A [`ReadObject`] whose fields are each read one way and finished one way, each named once:
/// `object_reader!(Room, "an object", { id: text => required_text, name: text => required_text })`.
/// A field is `name: how(args) => finish`: `how` is the [`ObjReader`] method that reads its
/// value (given the key, then `args`), `finish` one of `required` (a missing one is a
/// problem), `required_text` (nor empty), `optional`, `or_default`. Other keys are unknown
/// fields (a warning). Fields are finished in the order listed, so problems come in that order.
macro_rules! object_reader {
    ($t:ident, $what:literal, { $($field:ident: $how:ident $(($($arg:expr),*))? => $finish:ident),* $(,)? }) => {
        impl $crate::json::ReadObject for $t {
            const WHAT: &'static str = $what;
            fn read<'de, A: serde::de::MapAccess<'de>>(
                r: &mut $crate::json::ObjReader<'_, 'de, A>,
            ) -> Result<Self, A::Error> {
                $(let mut $field = $crate::json::Slot::Absent;)*
                while let Some(key) = r.next_key()? {
                    match &*key {
                        $(stringify!($field) => r.$how(stringify!($field), $($($arg,)*)? &mut $field)?,)*
                        _ => r.unknown(&key)?,
                    }
                }
                Ok($t { $($field: $crate::json::object_reader!(@finish r, $field, $finish),)* })
            }
        }
    };
    (@finish $r:ident, $f:ident, required) => { $r.required(stringify!($f), $f) };
    (@finish $r:ident, $f:ident, required_text) => { $r.required_text(stringify!($f), $f) };
    (@finish $r:ident, $f:ident, optional) => { $f.get() };
    (@finish $r:ident, $f:ident, or_default) => { $f.get().unwrap_or_default() };
}
pub(crate) use object_reader;

use crate::codes::Code;
use crate::problem::{Problem, Problems};

/// Reads a whole document of type `T` from JSON bytes.
///
/// Returns the value and the problems found. When `problems.errors` is not empty the value is
/// incomplete (missing fields hold defaults) and must not be used.
pub(crate) fn read_document<T: ReadObject>(bytes: &[u8]) -> Result<(T, Problems), Problem> {
    check_size(bytes)?;
    let mut ctx = reader::Ctx::default();
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let got = serde::de::DeserializeSeed::deserialize(reader::root_seed::<T>(&mut ctx), &mut de)
        .and_then(|v| de.end().map(|()| v));
    match got {
        Ok(Slot::Set(v)) => Ok((v, ctx.problems)),
        Ok(_) => Err(ctx
            .problems
            .errors
            .into_iter()
            .next()
            .unwrap_or_else(|| Problem::new(Code::FieldType, "", "The input must be a JSON object."))),
        Err(e) => Err(syntax_problem(&e)),
    }
}

/// Serialises `value` as its JSON value, objects' keys in order: how a deal has always saved
/// the documents it keeps (a `serde_json::Value` orders keys), so saved deals stay byte for
/// byte what they were.
pub(crate) fn sorted<T: serde::Serialize, S: serde::Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::Error as _;
    serde::Serialize::serialize(&serde_json::to_value(value).map_err(S::Error::custom)?, s)
}

/// Reads a whole input that must have no errors: its value and its warnings, every problem
/// naming `input` when given (a nested input leaves that to its container).
pub(crate) fn read_input<T: ReadObject>(
    bytes: &[u8],
    input: Option<crate::problem::Input>,
) -> Result<(T, Vec<Problem>), crate::error::Error> {
    let named = |mut ps: Vec<Problem>| {
        for p in ps.iter_mut().filter(|p| p.input.is_none()) {
            p.input = input;
        }
        ps
    };
    let (value, problems) = read_document::<T>(bytes).map_err(|p| crate::error::Error::Rejected(named(vec![p])))?;
    if !problems.errors.is_empty() {
        return Err(crate::error::Error::Rejected(named(problems.errors)));
    }
    Ok((value, named(problems.warnings)))
}

/// `limit.input_bytes` when an input is larger than the limit, before anything is parsed.
pub(crate) fn check_size(bytes: &[u8]) -> Result<(), Problem> {
    let limit = crate::limits::current().input_bytes;
    match crate::limits::exceeded(bytes.len() as u64, limit, Code::LimitInputBytes, "", "bytes in one input") {
        Some(p) => Err(p),
        None => Ok(()),
    }
}

pub(crate) fn syntax_problem(e: &serde_json::Error) -> Problem {
    let text = e.to_string();
    // serde_json reports its nesting limit as a syntax error; name it for what it is.
    let (code, message) = if text.contains("recursion limit") {
        (Code::JsonTooDeep, "The JSON nests more than 128 levels deep; no valid input does.".to_string())
    } else if e.is_eof() {
        (Code::JsonSyntax, "The JSON ends too early: it is truncated or a bracket is not closed.".to_string())
    } else {
        let detail = text.split(" at line ").next().unwrap_or(&text);
        (Code::JsonSyntax, format!("The input is not valid JSON: {detail}."))
    };
    let mut p = Problem::new(code, "", message);
    p.line = Some(e.line());
    p.column = Some(e.column());
    p
}
