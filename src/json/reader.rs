//! The lenient, path-tracking readers behind [`super::read_document`].

use std::collections::BTreeMap;
use std::marker::PhantomData;

use rust_decimal::Decimal;
use serde::de::{IgnoredAny, MapAccess};

use super::compound::{ListSeed, ObjectElem, ObjectSeed, TextElem, TextMapSeed};
use super::scalar::{Key, KeySeed, Number, Scalar, ScalarSeed, NULL};

use crate::codes::Code;
use crate::problem::{escape_token, Problems};
use crate::text::Text;

/// Longest text field accepted, in bytes (asset data has its own limit).
pub(crate) const MAX_TEXT: usize = 100_000;
/// Longest base64 asset accepted, in bytes.
const MAX_ASSET: usize = 32 * 1024 * 1024;

/// The state of one field after reading.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) enum Slot<T> {
    /// The field was not in the input.
    #[default]
    Absent,
    /// The field was there but unusable; the problem is already recorded.
    Bad,
    /// The field was read.
    Set(T),
}

impl<T> Slot<T> {
    /// The value, if read.
    pub(crate) fn get(self) -> Option<T> {
        match self {
            Slot::Set(v) => Some(v),
            _ => None,
        }
    }
}

/// One step of a JSON Pointer.
#[derive(Debug, Clone)]
pub(super) enum Seg {
    Field(&'static str),
    Index(usize),
    /// A key chosen by the input (an item id in a map), escaped when printed.
    Key(String),
}

/// Where the reader is, and what it found so far.
#[derive(Default)]
pub(crate) struct Ctx {
    pub(super) path: Vec<Seg>,
    pub(crate) problems: Problems,
}

impl Ctx {
    fn pointer(&self) -> String {
        let mut s = String::new();
        for seg in &self.path {
            s.push('/');
            match seg {
                Seg::Field(f) => s.push_str(f),
                Seg::Index(i) => s.push_str(&i.to_string()),
                Seg::Key(k) => s.push_str(&escape_token(k)),
            }
        }
        s
    }

    fn pointer_with(&self, key: &str) -> String {
        let mut s = self.pointer();
        s.push('/');
        s.push_str(&escape_token(key));
        s
    }

    pub(super) fn report(&mut self, key: Option<&str>, code: Code, message: String) {
        let path = match key {
            Some(k) => self.pointer_with(k),
            None => self.pointer(),
        };
        self.problems.push(code, path, message);
    }
}

/// A type read from a JSON object, field by field.
pub(crate) trait ReadObject: Sized {
    /// What the object is, for messages ("an item", "a company").
    const WHAT: &'static str;
    /// Reads the object's fields from `r` and builds the value; missing required fields are
    /// recorded through [`ObjReader::required`].
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error>;
}

/// A value written as one of a fixed set of names.
pub(crate) trait Choice: Sized {
    /// The names, in the order messages list them.
    const NAMES: &'static [&'static str];
    /// The value a name stands for.
    fn parse(name: &str) -> Option<Self>;
    /// The name of a value.
    fn name(self) -> &'static str;
}

/// Reads the fields of one JSON object.
pub(crate) struct ObjReader<'c, 'de, A: MapAccess<'de>> {
    map: A,
    ctx: &'c mut Ctx,
    _de: PhantomData<&'de ()>,
}

/// Range a decimal must lie in.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Range {
    /// Any value.
    Any,
    /// Zero or more.
    NonNegative,
    /// More than zero.
    Positive,
    /// 0 to 100 inclusive.
    Percent,
    /// 0 to 5 inclusive.
    Rating,
}

impl<'c, 'de, A: MapAccess<'de>> ObjReader<'c, 'de, A> {
    pub(super) fn new(map: A, ctx: &'c mut Ctx) -> Self {
        ObjReader { map, ctx, _de: PhantomData }
    }

    /// The next field name, or `None` at the end of the object.
    pub(crate) fn next_key(&mut self) -> Result<Option<Key<'de>>, A::Error> {
        self.map.next_key_seed(KeySeed)
    }

    fn read_value<T, F>(&mut self, key: &str, slot: &mut Slot<T>, f: F) -> Result<(), A::Error>
    where
        F: FnOnce(&mut Ctx, &str, Scalar<'de>) -> Slot<T>,
    {
        let scalar = self.map.next_value_seed(ScalarSeed)?;
        if matches!(scalar, Scalar::Other(NULL)) {
            return Ok(()); // `null` means absent, as in most JSON producers
        }
        if !matches!(slot, Slot::Absent) {
            self.ctx.report(
                Some(key),
                Code::JsonDuplicateKey,
                format!("The field `{key}` appears twice in this object; keep one."),
            );
            *slot = Slot::Bad;
            return Ok(());
        }
        *slot = f(self.ctx, key, scalar);
        Ok(())
    }

    /// Reads a text field.
    pub(crate) fn text(&mut self, key: &str, slot: &mut Slot<Text>) -> Result<(), A::Error> {
        self.read_value(key, slot, |ctx, key, v| match v {
            Scalar::Str(s) if s.len() > MAX_TEXT => {
                ctx.report(
                    Some(key),
                    Code::StringTooLong,
                    format!("`{key}` is {} bytes long; at most {MAX_TEXT} are accepted.", s.len()),
                );
                Slot::Bad
            }
            Scalar::Str(s) => Slot::Set(Text::new(&*s)),
            other => {
                ctx.report(Some(key), Code::FieldType, format!("`{key}` must be text, not {}.", other.kind()));
                Slot::Bad
            }
        })
    }

    /// Reads base64 data (a larger limit than text).
    pub(crate) fn data(&mut self, key: &str, slot: &mut Slot<String>) -> Result<(), A::Error> {
        self.read_value(key, slot, |ctx, key, v| match v {
            Scalar::Str(s) if s.len() > MAX_ASSET => {
                ctx.report(
                    Some(key),
                    Code::StringTooLong,
                    format!(
                        "`{key}` is {} bytes long; assets of at most {MAX_ASSET} bytes of base64 are accepted.",
                        s.len()
                    ),
                );
                Slot::Bad
            }
            Scalar::Str(s) => Slot::Set(s.into_owned()),
            other => {
                ctx.report(Some(key), Code::FieldType, format!("`{key}` must be base64 text, not {}.", other.kind()));
                Slot::Bad
            }
        })
    }

    /// Reads a decimal string and checks its range.
    pub(crate) fn decimal(&mut self, key: &str, range: Range, slot: &mut Slot<Decimal>) -> Result<(), A::Error> {
        self.read_value(key, slot, |ctx, key, v| match v {
            Scalar::Str(s) => match parse_decimal(&s) {
                Ok(d) => check_range(ctx, key, range, d),
                Err(code) => {
                    let msg = match code {
                        Code::DecimalTooLarge => format!("`{key}` is \"{}\": more digits than can be kept exactly (28 significant digits at most).", clip(&s)),
                        _ => format!("`{key}` is \"{}\", which is not a decimal; write digits with an optional leading `-` and a `.` before the fraction, like \"12450.00\".", clip(&s)),
                    };
                    ctx.report(Some(key), code, msg);
                    Slot::Bad
                }
            },
            Scalar::Number(n) => {
                ctx.report(Some(key), Code::DecimalNotAString, format!("`{key}` is the JSON number {n}; write it as a string, \"{n}\", so that no precision is lost."));
                Slot::Bad
            }
            other => {
                ctx.report(Some(key), Code::FieldType, format!("`{key}` must be a decimal string like \"12.50\", not {}.", other.kind()));
                Slot::Bad
            }
        })
    }

    /// Reads a whole number between 0 and `max`.
    pub(crate) fn integer(&mut self, key: &str, max: u64, slot: &mut Slot<u32>) -> Result<(), A::Error> {
        self.read_value(key, slot, |ctx, key, v| match v {
            Scalar::Number(Number::U(n)) if n <= max => Slot::Set(u32::try_from(n).unwrap_or(u32::MAX)),
            Scalar::Number(n) => {
                ctx.report(
                    Some(key),
                    Code::IntegerInvalid,
                    format!("`{key}` is {n}; it must be a whole number from 0 to {max}."),
                );
                Slot::Bad
            }
            other => {
                ctx.report(
                    Some(key),
                    Code::FieldType,
                    format!("`{key}` must be a whole number, not {}.", other.kind()),
                );
                Slot::Bad
            }
        })
    }

    /// Reads `true` or `false`.
    pub(crate) fn boolean(&mut self, key: &str, slot: &mut Slot<bool>) -> Result<(), A::Error> {
        self.read_value(key, slot, |ctx, key, v| match v {
            Scalar::Other("true") => Slot::Set(true),
            Scalar::Other("false") => Slot::Set(false),
            other => {
                ctx.report(Some(key), Code::FieldType, format!("`{key}` must be true or false, not {}.", other.kind()));
                Slot::Bad
            }
        })
    }

    /// Reads one of a fixed set of names.
    pub(crate) fn choice<T: Choice>(&mut self, key: &str, slot: &mut Slot<T>) -> Result<(), A::Error> {
        self.read_value(key, slot, |ctx, key, v| match v {
            Scalar::Str(s) => match T::parse(&s) {
                Some(c) => Slot::Set(c),
                None => {
                    ctx.report(
                        Some(key),
                        Code::ValueUnknown,
                        format!("`{key}` is \"{}\"; it must be one of: {}.", clip(&s), T::NAMES.join(", ")),
                    );
                    Slot::Bad
                }
            },
            other => {
                ctx.report(
                    Some(key),
                    Code::FieldType,
                    format!("`{key}` must be one of: {}; not {}.", T::NAMES.join(", "), other.kind()),
                );
                Slot::Bad
            }
        })
    }

    /// Reads a nested object as plain JSON, to be read later by the reader of its own format
    /// (a deal action's `proforma`, `project` or `settings`).
    pub(crate) fn json_object(&mut self, key: &str, slot: &mut Slot<serde_json::Value>) -> Result<(), A::Error> {
        let value = self.map.next_value::<serde_json::Value>()?;
        let got = match value {
            serde_json::Value::Null => return Ok(()),
            v @ serde_json::Value::Object(_) => Slot::Set(v),
            _ => {
                self.ctx.report(Some(key), Code::FieldType, format!("`{key}` must be a JSON object."));
                Slot::Bad
            }
        };
        self.store(key, slot, got);
        Ok(())
    }

    /// Reads a nested object.
    pub(crate) fn object<T: ReadObject>(&mut self, key: &'static str, slot: &mut Slot<T>) -> Result<(), A::Error> {
        self.ctx.path.push(Seg::Field(key));
        let got = self.map.next_value_seed(ObjectSeed::<T>::new(self.ctx));
        self.ctx.path.pop();
        self.store(key, slot, got?);
        Ok(())
    }

    /// Reads an object under a key the input chose (a map's entry): its problems' paths name
    /// the key.
    pub(crate) fn object_at<T: ReadObject>(&mut self, key: &str, slot: &mut Slot<T>) -> Result<(), A::Error> {
        self.ctx.path.push(Seg::Key(key.to_string()));
        let got = self.map.next_value_seed(ObjectSeed::<T>::new(self.ctx));
        self.ctx.path.pop();
        self.store(key, slot, got?);
        Ok(())
    }

    /// Reads a list of objects.
    pub(crate) fn list<T: ReadObject>(&mut self, key: &'static str, slot: &mut Slot<Vec<T>>) -> Result<(), A::Error> {
        self.ctx.path.push(Seg::Field(key));
        let got = self.map.next_value_seed(ListSeed::<ObjectElem<T>>::new(self.ctx));
        self.ctx.path.pop();
        self.store(key, slot, got?);
        Ok(())
    }

    /// Reads a list of text values.
    pub(crate) fn text_list(&mut self, key: &'static str, slot: &mut Slot<Vec<Text>>) -> Result<(), A::Error> {
        self.ctx.path.push(Seg::Field(key));
        let got = self.map.next_value_seed(ListSeed::<TextElem>::new(self.ctx));
        self.ctx.path.pop();
        self.store(key, slot, got?);
        Ok(())
    }

    /// Reads an object whose values are all text (`tax_ids`).
    pub(crate) fn text_map(
        &mut self,
        key: &'static str,
        slot: &mut Slot<BTreeMap<String, String>>,
    ) -> Result<(), A::Error> {
        self.ctx.path.push(Seg::Field(key));
        let got = self.map.next_value_seed(TextMapSeed::new(self.ctx));
        self.ctx.path.pop();
        self.store(key, slot, got?);
        Ok(())
    }

    fn store<T>(&mut self, key: &str, slot: &mut Slot<T>, got: Slot<T>) {
        if matches!(slot, Slot::Absent) {
            *slot = got;
        } else {
            self.ctx.report(
                Some(key),
                Code::JsonDuplicateKey,
                format!("The field `{key}` appears twice in this object; keep one."),
            );
            *slot = Slot::Bad;
        }
    }

    /// Passes over a field's value without reading it (a field the caller gives itself).
    pub(crate) fn skip(&mut self) -> Result<(), A::Error> {
        self.map.next_value::<IgnoredAny>()?;
        Ok(())
    }

    /// Skips a field this format does not define, with a warning.
    pub(crate) fn unknown(&mut self, key: &str) -> Result<(), A::Error> {
        self.map.next_value::<IgnoredAny>()?;
        self.ctx.report(
            Some(key),
            Code::FieldUnknown,
            format!("`{key}` is not a field of this object; it is ignored."),
        );
        Ok(())
    }

    /// The value of a required field; records `field.missing` (or `string.empty`) and returns
    /// a default when it is absent.
    pub(crate) fn required<T: Default>(&mut self, key: &str, slot: Slot<T>) -> T {
        match slot {
            Slot::Set(v) => v,
            Slot::Bad => T::default(),
            Slot::Absent => {
                self.ctx.report(Some(key), Code::FieldMissing, format!("`{key}` is required here."));
                T::default()
            }
        }
    }

    /// A required text field that must also be non-empty.
    pub(crate) fn required_text(&mut self, key: &str, slot: Slot<Text>) -> Text {
        let was_set = matches!(slot, Slot::Set(_));
        let v = self.required(key, slot);
        if was_set && v.trim().is_empty() {
            self.ctx.report(Some(key), Code::StringEmpty, format!("`{key}` is empty; it must say something."));
        }
        v
    }

    /// Records a problem about the field `key` of this object.
    pub(crate) fn problem(&mut self, key: &str, code: Code, message: String) {
        self.ctx.report(Some(key), code, message);
    }
}

fn clip(s: &str) -> String {
    if s.chars().count() > 40 {
        let mut c: String = s.chars().take(40).collect();
        c.push('…');
        c
    } else {
        s.to_string()
    }
}

/// Parses a decimal string of the form `-?[0-9]+(\.[0-9]+)?`, exactly.
pub(crate) fn parse_decimal(s: &str) -> Result<Decimal, Code> {
    let body = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || frac.is_some_and(|f| !digits(f)) {
        return Err(Code::DecimalSyntax);
    }
    Decimal::from_str_exact(s).map_err(|_| Code::DecimalTooLarge)
}

fn check_range(ctx: &mut Ctx, key: &str, range: Range, d: Decimal) -> Slot<Decimal> {
    let (ok, code, what) = match range {
        Range::Any => (true, Code::DecimalOutOfRange, ""),
        Range::NonNegative => (!d.is_sign_negative() || d.is_zero(), Code::DecimalNegative, "zero or more"),
        Range::Positive => (d > Decimal::ZERO, Code::DecimalNotPositive, "greater than zero"),
        Range::Percent => {
            (d >= Decimal::ZERO && d <= Decimal::ONE_HUNDRED, Code::DecimalOutOfRange, "a percentage from 0 to 100")
        }
        Range::Rating => (d >= Decimal::ZERO && d <= Decimal::from(5), Code::DecimalOutOfRange, "a rating from 0 to 5"),
    };
    if ok {
        Slot::Set(d)
    } else {
        ctx.report(Some(key), code, format!("`{key}` is {d}; it must be {what}."));
        Slot::Bad
    }
}

/// The seed for a whole document.
pub(crate) fn root_seed<T>(ctx: &mut Ctx) -> super::compound::Visit<ObjectSeed<'_, T>> {
    ObjectSeed::root(ctx)
}
