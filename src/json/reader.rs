//! The lenient, path-tracking readers behind [`super::read_document`].

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use rust_decimal::Decimal;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::codes::Code;
use crate::model::Text;
use crate::problem::{escape_token, Problems};

/// Longest text field accepted, in bytes (asset data has its own limit).
const MAX_TEXT: usize = 100_000;
/// Longest base64 asset accepted, in bytes.
const MAX_ASSET: usize = 32 * 1024 * 1024;

/// The state of one field after reading.
#[derive(Debug, Default, Clone, PartialEq)]
pub enum Slot<T> {
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
    pub fn get(self) -> Option<T> {
        match self {
            Slot::Set(v) => Some(v),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
enum Seg {
    Field(&'static str),
    Index(usize),
}

/// Where the reader is, and what it found so far.
#[derive(Default)]
pub(crate) struct Ctx {
    path: Vec<Seg>,
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

    fn report(&mut self, key: Option<&str>, code: Code, message: String) {
        let path = match key {
            Some(k) => self.pointer_with(k),
            None => self.pointer(),
        };
        self.problems.push(code, path, message);
    }
}

/// A type read from a JSON object, field by field.
pub trait ReadObject: Sized {
    /// What the object is, for messages ("an item", "a company").
    const WHAT: &'static str;
    /// Reads the object's fields from `r` and builds the value; missing required fields are
    /// recorded through [`ObjReader::required`].
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error>;
}

/// A value written as one of a fixed set of names.
pub trait Choice: Sized {
    /// The names, in the order messages list them.
    const NAMES: &'static [&'static str];
    /// The value a name stands for.
    fn parse(name: &str) -> Option<Self>;
}

/// Reads the fields of one JSON object.
pub struct ObjReader<'c, 'de, A: MapAccess<'de>> {
    map: A,
    ctx: &'c mut Ctx,
    _de: PhantomData<&'de ()>,
}

/// Range a decimal must lie in.
#[derive(Debug, Clone, Copy)]
pub enum Range {
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

fn json_kind(u: de::Unexpected<'_>) -> &'static str {
    match u {
        de::Unexpected::Bool(_) => "true/false",
        de::Unexpected::Unsigned(_) | de::Unexpected::Signed(_) | de::Unexpected::Float(_) => "a number",
        de::Unexpected::Str(_) => "text",
        de::Unexpected::Unit | de::Unexpected::Option => "null",
        de::Unexpected::Seq => "a list",
        de::Unexpected::Map => "an object",
        _ => "another kind of value",
    }
}

impl<'c, 'de, A: MapAccess<'de>> ObjReader<'c, 'de, A> {
    /// The next field name, or `None` at the end of the object.
    pub fn next_key(&mut self) -> Result<Option<Key<'de>>, A::Error> {
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
    pub fn text(&mut self, key: &str, slot: &mut Slot<Text>) -> Result<(), A::Error> {
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
    pub fn data(&mut self, key: &str, slot: &mut Slot<String>) -> Result<(), A::Error> {
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
    pub fn decimal(&mut self, key: &str, range: Range, slot: &mut Slot<Decimal>) -> Result<(), A::Error> {
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
    pub fn integer(&mut self, key: &str, max: u64, slot: &mut Slot<u32>) -> Result<(), A::Error> {
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

    /// Reads one of a fixed set of names.
    pub fn choice<T: Choice>(&mut self, key: &str, slot: &mut Slot<T>) -> Result<(), A::Error> {
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

    /// Reads a nested object.
    pub fn object<T: ReadObject>(&mut self, key: &'static str, slot: &mut Slot<T>) -> Result<(), A::Error> {
        self.ctx.path.push(Seg::Field(key));
        let got = self.map.next_value_seed(ObjectSeed::<T>::new(self.ctx));
        self.ctx.path.pop();
        self.store(key, slot, got?);
        Ok(())
    }

    /// Reads a list of objects.
    pub fn list<T: ReadObject>(&mut self, key: &'static str, slot: &mut Slot<Vec<T>>) -> Result<(), A::Error> {
        self.ctx.path.push(Seg::Field(key));
        let got = self.map.next_value_seed(ListSeed { ctx: &mut *self.ctx, _t: PhantomData::<ObjectElem<T>> });
        self.ctx.path.pop();
        self.store(key, slot, got?);
        Ok(())
    }

    /// Reads a list of text values.
    pub fn text_list(&mut self, key: &'static str, slot: &mut Slot<Vec<Text>>) -> Result<(), A::Error> {
        self.ctx.path.push(Seg::Field(key));
        let got = self.map.next_value_seed(ListSeed { ctx: &mut *self.ctx, _t: PhantomData::<TextElem> });
        self.ctx.path.pop();
        self.store(key, slot, got?);
        Ok(())
    }

    /// Reads an object whose values are all text (`tax_ids`).
    pub fn text_map(&mut self, key: &'static str, slot: &mut Slot<BTreeMap<String, String>>) -> Result<(), A::Error> {
        self.ctx.path.push(Seg::Field(key));
        let got = self.map.next_value_seed(TextMapSeed { ctx: &mut *self.ctx });
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

    /// Skips a field this format does not define, with a warning.
    pub fn unknown(&mut self, key: &str) -> Result<(), A::Error> {
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
    pub fn required<T: Default>(&mut self, key: &str, slot: Slot<T>) -> T {
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
    pub fn required_text(&mut self, key: &str, slot: Slot<Text>) -> Text {
        let was_set = matches!(slot, Slot::Set(_));
        let v = self.required(key, slot);
        if was_set && v.trim().is_empty() {
            self.ctx.report(Some(key), Code::StringEmpty, format!("`{key}` is empty; it must say something."));
        }
        v
    }

    /// Records a problem about the field `key` of this object.
    pub fn problem(&mut self, key: &str, code: Code, message: String) {
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
fn parse_decimal(s: &str) -> Result<Decimal, Code> {
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

/// A JSON number as the reader saw it (only to be named in a message, never used as a value).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Number {
    U(u64),
    I(i64),
    F(f64),
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Number::U(n) => write!(f, "{n}"),
            Number::I(n) => write!(f, "{n}"),
            Number::F(n) => write!(f, "{n}"),
        }
    }
}

/// How `null` is named in messages, and recognised as "absent".
const NULL: &str = "null";

/// A scalar value, or the kind of a compound value that was skipped.
pub(crate) enum Scalar<'de> {
    Str(std::borrow::Cow<'de, str>),
    Number(Number),
    Other(&'static str),
}

impl Scalar<'_> {
    fn kind(&self) -> &'static str {
        match self {
            Scalar::Str(_) => "text",
            Scalar::Number(_) => "a number",
            Scalar::Other(k) => k,
        }
    }
}

struct ScalarSeed;

impl<'de> DeserializeSeed<'de> for ScalarSeed {
    type Value = Scalar<'de>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(v.into()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(v.to_owned().into()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Scalar::Str(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Scalar::Number(Number::U(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Scalar::Number(if v >= 0 { Number::U(v.unsigned_abs()) } else { Number::I(v) }))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Scalar::Number(Number::F(v)))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Scalar::Other(json_kind(de::Unexpected::Bool(v))))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Other(NULL))
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Other(NULL))
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other("a list"))
    }
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other("an object"))
    }
}

/// A field name, borrowed from the input when it can be.
pub struct Key<'de>(std::borrow::Cow<'de, str>);

impl std::ops::Deref for Key<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Key(v.into()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Key(v.to_owned().into()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Key(v.into()))
    }
}

/// Reads an object of type `T`, or records that something else stands there.
pub(crate) struct ObjectSeed<'c, T> {
    ctx: &'c mut Ctx,
    root: bool,
    _t: PhantomData<T>,
}

impl<'c, T> ObjectSeed<'c, T> {
    fn new(ctx: &'c mut Ctx) -> Self {
        ObjectSeed { ctx, root: false, _t: PhantomData }
    }
}

/// The seed for a whole document.
pub(crate) fn root_seed<T>(ctx: &mut Ctx) -> ObjectSeed<'_, T> {
    ObjectSeed { ctx, root: true, _t: PhantomData }
}

impl<'de, T: ReadObject> DeserializeSeed<'de> for ObjectSeed<'_, T> {
    type Value = Slot<T>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, T: ReadObject> Visitor<'de> for ObjectSeed<'_, T> {
    type Value = Slot<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", T::WHAT)
    }
    fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Self::Value, M::Error> {
        let mut r = ObjReader { map, ctx: self.ctx, _de: PhantomData };
        T::read(&mut r).map(Slot::Set)
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(self.wrong("a list"))
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(self.wrong("text"))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(self.wrong("a number"))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(self.wrong("a number"))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(self.wrong("a number"))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(self.wrong("true/false"))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(self.null())
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(self.null())
    }
}

impl<T: ReadObject> ObjectSeed<'_, T> {
    /// `null` is absent, except for the whole document.
    fn null(self) -> Slot<T> {
        if self.root {
            self.wrong("null")
        } else {
            Slot::Absent
        }
    }

    fn wrong(self, got: &str) -> Slot<T> {
        let what = if self.root { "The input" } else { "This field" };
        self.ctx.report(None, Code::FieldType, format!("{what} must be {}, not {got}.", T::WHAT));
        Slot::Bad
    }
}

/// How one element of a list is read.
trait Elem {
    type Out;
    const WHAT: &'static str;
    fn read<'de, S: SeqAccess<'de>>(seq: &mut S, ctx: &mut Ctx) -> Result<Option<Slot<Self::Out>>, S::Error>;
}

struct ObjectElem<T>(PhantomData<T>);

impl<T: ReadObject> Elem for ObjectElem<T> {
    type Out = T;
    const WHAT: &'static str = "a list of objects";
    fn read<'de, S: SeqAccess<'de>>(seq: &mut S, ctx: &mut Ctx) -> Result<Option<Slot<T>>, S::Error> {
        seq.next_element_seed(ObjectSeed::<T>::new(ctx))
    }
}

struct TextElem;

impl Elem for TextElem {
    type Out = Text;
    const WHAT: &'static str = "a list of text values";
    fn read<'de, S: SeqAccess<'de>>(seq: &mut S, ctx: &mut Ctx) -> Result<Option<Slot<Text>>, S::Error> {
        Ok(seq.next_element_seed(ScalarSeed)?.map(|v| match v {
            Scalar::Str(s) if s.len() <= MAX_TEXT => Slot::Set(Text::new(&*s)),
            Scalar::Str(_) => {
                ctx.report(None, Code::StringTooLong, format!("This text is longer than {MAX_TEXT} bytes."));
                Slot::Bad
            }
            other => {
                ctx.report(None, Code::FieldType, format!("This must be text, not {}.", other.kind()));
                Slot::Bad
            }
        }))
    }
}

struct ListSeed<'c, E> {
    ctx: &'c mut Ctx,
    _t: PhantomData<E>,
}

impl<'de, E: Elem> DeserializeSeed<'de> for ListSeed<'_, E> {
    type Value = Slot<Vec<E::Out>>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, E: Elem> Visitor<'de> for ListSeed<'_, E> {
    type Value = Slot<Vec<E::Out>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(E::WHAT)
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        let mut all_good = true;
        let mut i = 0;
        loop {
            self.ctx.path.push(Seg::Index(i));
            let got = E::read(&mut seq, self.ctx);
            self.ctx.path.pop();
            match got? {
                None => break,
                Some(Slot::Set(v)) => out.push(v),
                Some(_) => all_good = false,
            }
            i += 1;
        }
        Ok(if all_good { Slot::Set(out) } else { Slot::Bad })
    }
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(self.wrong("an object"))
    }
    fn visit_str<Er>(self, _: &str) -> Result<Self::Value, Er> {
        Ok(self.wrong("text"))
    }
    fn visit_u64<Er>(self, _: u64) -> Result<Self::Value, Er> {
        Ok(self.wrong("a number"))
    }
    fn visit_i64<Er>(self, _: i64) -> Result<Self::Value, Er> {
        Ok(self.wrong("a number"))
    }
    fn visit_f64<Er>(self, _: f64) -> Result<Self::Value, Er> {
        Ok(self.wrong("a number"))
    }
    fn visit_bool<Er>(self, _: bool) -> Result<Self::Value, Er> {
        Ok(self.wrong("true/false"))
    }
    fn visit_unit<Er>(self) -> Result<Self::Value, Er> {
        Ok(Slot::Absent)
    }
    fn visit_none<Er>(self) -> Result<Self::Value, Er> {
        Ok(Slot::Absent)
    }
}

impl<E: Elem> ListSeed<'_, E> {
    fn wrong(self, got: &str) -> Slot<Vec<E::Out>> {
        self.ctx.report(None, Code::FieldType, format!("This field must be {}, not {got}.", E::WHAT));
        Slot::Bad
    }
}

struct TextMapSeed<'c> {
    ctx: &'c mut Ctx,
}

impl<'de> DeserializeSeed<'de> for TextMapSeed<'_> {
    type Value = Slot<BTreeMap<String, String>>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TextMapSeed<'_> {
    type Value = Slot<BTreeMap<String, String>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of text values")
    }
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
        let mut out = BTreeMap::new();
        let mut good = true;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            match map.next_value_seed(ScalarSeed)? {
                Scalar::Str(s) if s.len() <= MAX_TEXT => {
                    out.insert(key.0.into_owned(), s.into_owned());
                }
                other => {
                    self.ctx.report(
                        Some(&key),
                        Code::FieldType,
                        format!("`{}` must be text (at most {MAX_TEXT} bytes), not {}.", &*key, other.kind()),
                    );
                    good = false;
                }
            }
        }
        Ok(if good { Slot::Set(out) } else { Slot::Bad })
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(self.wrong("a list"))
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(self.wrong("text"))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(self.wrong("a number"))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(self.wrong("a number"))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(self.wrong("a number"))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(self.wrong("true/false"))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Slot::Absent)
    }
}

impl TextMapSeed<'_> {
    fn wrong(self, got: &str) -> Slot<BTreeMap<String, String>> {
        self.ctx.report(None, Code::FieldType, format!("This field must be an object of text values, not {got}."));
        Slot::Bad
    }
}
