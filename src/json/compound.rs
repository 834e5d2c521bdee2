//! Objects, lists and maps of text: read when they are the shape a field needs, skipped and
//! reported when they are not. One visitor serves all three; each says only what it does with
//! its own shape.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::reader::{Ctx, ObjReader, ReadObject, Seg, Slot, MAX_TEXT};
use super::scalar::{KeySeed, Scalar, ScalarSeed};
use crate::codes::Code;
use crate::text::Text;

/// What a reader of one compound shape does with each JSON shape it may meet.
pub(super) trait Compound<'de>: Sized {
    /// What it gives.
    type Value;
    /// What it expects, for serde's own messages.
    const EXPECTING: &'static str;
    /// An object: by default the wrong shape, skipped.
    fn map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(self.wrong("an object"))
    }
    /// A list: by default the wrong shape, skipped.
    fn seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(self.wrong("a list"))
    }
    /// Records that `got` stands where this shape belongs.
    fn wrong(self, got: &'static str) -> Self::Value;
    /// `null`: absent, by default.
    fn null(self) -> Self::Value;
}

/// The one visitor (and seed) over any [`Compound`].
pub(super) struct Visit<C>(pub(super) C);

impl<'de, C: Compound<'de>> DeserializeSeed<'de> for Visit<C> {
    type Value = C::Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, C: Compound<'de>> Visitor<'de> for Visit<C> {
    type Value = C::Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(C::EXPECTING)
    }
    fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Self::Value, M::Error> {
        self.0.map(map)
    }
    fn visit_seq<S: SeqAccess<'de>>(self, seq: S) -> Result<Self::Value, S::Error> {
        self.0.seq(seq)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(self.0.wrong("text"))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(self.0.wrong("a number"))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(self.0.wrong("a number"))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(self.0.wrong("a number"))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(self.0.wrong("true/false"))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(self.0.null())
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(self.0.null())
    }
}

/// Reads an object of type `T`.
pub(super) struct ObjectSeed<'c, T> {
    ctx: &'c mut Ctx,
    root: bool,
    _t: PhantomData<T>,
}

impl<'c, T> ObjectSeed<'c, T> {
    /// An object inside the document.
    pub(super) fn new(ctx: &'c mut Ctx) -> Visit<Self> {
        Visit(ObjectSeed { ctx, root: false, _t: PhantomData })
    }

    /// The whole document.
    pub(super) fn root(ctx: &'c mut Ctx) -> Visit<Self> {
        Visit(ObjectSeed { ctx, root: true, _t: PhantomData })
    }
}

impl<'de, T: ReadObject> Compound<'de> for ObjectSeed<'_, T> {
    type Value = Slot<T>;
    const EXPECTING: &'static str = "an object";
    fn map<M: MapAccess<'de>>(self, map: M) -> Result<Self::Value, M::Error> {
        let mut r = ObjReader::new(map, self.ctx);
        T::read(&mut r).map(Slot::Set)
    }
    fn wrong(self, got: &'static str) -> Slot<T> {
        let what = if self.root { "The input" } else { "This field" };
        self.ctx.report(None, Code::FieldType, format!("{what} must be {}, not {got}.", T::WHAT));
        Slot::Bad
    }
    /// `null` is absent, except for the whole document.
    fn null(self) -> Slot<T> {
        if self.root {
            self.wrong("null")
        } else {
            Slot::Absent
        }
    }
}

/// How one element of a list is read.
pub(super) trait Elem {
    /// What an element gives.
    type Out;
    /// What the list is, for messages.
    const WHAT: &'static str;
    /// Reads the next element, if any.
    fn read<'de, S: SeqAccess<'de>>(seq: &mut S, ctx: &mut Ctx) -> Result<Option<Slot<Self::Out>>, S::Error>;
}

/// Elements that are objects of type `T`.
pub(super) struct ObjectElem<T>(PhantomData<T>);

impl<T: ReadObject> Elem for ObjectElem<T> {
    type Out = T;
    const WHAT: &'static str = "a list of objects";
    fn read<'de, S: SeqAccess<'de>>(seq: &mut S, ctx: &mut Ctx) -> Result<Option<Slot<T>>, S::Error> {
        seq.next_element_seed(ObjectSeed::<T>::new(ctx))
    }
}

/// Elements that are text.
pub(super) struct TextElem;

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

/// Reads a list whose elements `E` reads; every element is read even after a bad one.
pub(super) struct ListSeed<'c, E> {
    ctx: &'c mut Ctx,
    _e: PhantomData<E>,
}

impl<'c, E> ListSeed<'c, E> {
    pub(super) fn new(ctx: &'c mut Ctx) -> Visit<Self> {
        Visit(ListSeed { ctx, _e: PhantomData })
    }
}

impl<'de, E: Elem> Compound<'de> for ListSeed<'_, E> {
    type Value = Slot<Vec<E::Out>>;
    const EXPECTING: &'static str = "a list";
    fn seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
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
            i = i.saturating_add(1);
        }
        Ok(if all_good { Slot::Set(out) } else { Slot::Bad })
    }
    fn wrong(self, got: &'static str) -> Self::Value {
        self.ctx.report(None, Code::FieldType, format!("This field must be {}, not {got}.", E::WHAT));
        Slot::Bad
    }
    fn null(self) -> Self::Value {
        Slot::Absent
    }
}

/// Reads an object whose values are all text (`tax_ids`).
pub(super) struct TextMapSeed<'c> {
    ctx: &'c mut Ctx,
}

impl<'c> TextMapSeed<'c> {
    pub(super) fn new(ctx: &'c mut Ctx) -> Visit<Self> {
        Visit(TextMapSeed { ctx })
    }
}

impl<'de> Compound<'de> for TextMapSeed<'_> {
    type Value = Slot<BTreeMap<String, String>>;
    const EXPECTING: &'static str = "an object of text values";
    fn map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
        let mut out = BTreeMap::new();
        let mut good = true;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            match map.next_value_seed(ScalarSeed)? {
                Scalar::Str(s) if s.len() <= MAX_TEXT => {
                    out.insert(key.0.into_owned(), s.into_owned());
                }
                other => {
                    let message = format!("`{}` must be text (at most {MAX_TEXT} bytes), not {}.", &*key, other.kind());
                    self.ctx.report(Some(&key), Code::FieldType, message);
                    good = false;
                }
            }
        }
        Ok(if good { Slot::Set(out) } else { Slot::Bad })
    }
    fn wrong(self, got: &'static str) -> Self::Value {
        self.ctx.report(None, Code::FieldType, format!("This field must be an object of text values, not {got}."));
        Slot::Bad
    }
    fn null(self) -> Self::Value {
        Slot::Absent
    }
}
