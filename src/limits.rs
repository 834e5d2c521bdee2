//! How much one call may ask of its host: bytes read, items, lines and boxes per document,
//! pages, decoded image pixels, host fonts, template size, events per deal, segments per
//! action, problems per error body. Each limit has a stable code (`limit.*`) and is checked
//! before the engine allocates for what it counts.
//!
//! The defaults serve any real project; a host lowers them in its engine options
//! (`{"limits": {"lines": 500}}`, the C `bureau_engine_new`, Python's `Engine(options)`, the
//! WASM `configure`), never raises them. A call runs under the limits of its engine
//! ([`scoped`]); outside any scope the process default applies ([`set_default`]).

use std::cell::Cell;
use std::sync::RwLock;

use crate::codes::Code;
use crate::problem::Problem;

/// The limits of one engine. Every field is a maximum; `Limits::default()` is the ceiling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of one input of a call (a project, a request, a saved deal, a directory).
    pub input_bytes: u64,
    /// Items of one project.
    pub items: u64,
    /// Lines of one document (its items, or a proforma's lines, with own cost lines).
    pub lines: u64,
    /// Boxes of one packing list.
    pub boxes: u64,
    /// Pages of one rendered document.
    pub pages: u64,
    /// Decoded pixels of every raster image of one document together.
    pub image_pixels: u64,
    /// Host fonts given in one document's settings.
    pub fonts: u64,
    /// Bytes of every host font of one document together (decoded).
    pub font_bytes: u64,
    /// Faces of one font collection.
    pub font_faces: u64,
    /// Bytes of a host's own typst template.
    pub template_bytes: u64,
    /// Events of one deal's log.
    pub events: u64,
    /// Segments one deal action names.
    pub segments: u64,
    /// Problems listed in one error body (the rest are counted in a last `limit.problems`).
    pub problems: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            input_bytes: 64 * 1024 * 1024,
            items: 50_000,
            lines: 2_000,
            boxes: 10_000,
            pages: 500,
            image_pixels: 100_000_000,
            fonts: 16,
            font_bytes: 32 * 1024 * 1024,
            font_faces: 16,
            template_bytes: 256 * 1024,
            events: 10_000,
            segments: 1_000,
            problems: 100,
        }
    }
}

/// One row of the limits table: its name in the engine options, its code and what it counts.
pub struct Row {
    /// The key in `{"limits": {…}}`.
    pub name: &'static str,
    /// The code a call exceeding it fails with.
    pub code: Code,
    /// What is counted.
    pub counts: &'static str,
    /// Its value in a set of limits.
    pub get: fn(&Limits) -> u64,
    set: fn(&mut Limits, u64),
}

macro_rules! rows {
    ($( $field:ident, $code:ident, $counts:literal; )*) => {
        /// Every limit, in the order of the README's table.
        pub const TABLE: &[Row] = &[$(Row {
            name: stringify!($field),
            code: Code::$code,
            counts: $counts,
            get: |l| l.$field,
            set: |l, v| l.$field = v,
        },)*];
    };
}

rows! {
    input_bytes, LimitInputBytes, "bytes of one input of a call";
    items, LimitItems, "items of one project";
    lines, LimitLines, "lines of one document";
    boxes, LimitBoxes, "boxes of one packing list";
    pages, LimitPages, "pages of one rendered document";
    image_pixels, LimitImagePixels, "decoded pixels of one document's raster images together";
    fonts, LimitFonts, "host fonts of one document";
    font_bytes, LimitFonts, "bytes of one document's host fonts together";
    font_faces, LimitFonts, "faces of one font collection";
    template_bytes, LimitTemplate, "bytes of a host's template";
    events, LimitEvents, "events of one deal";
    segments, LimitSegments, "segments one deal action names";
    problems, LimitProblems, "problems listed in one error body";
}

static DEFAULT: RwLock<Option<Limits>> = RwLock::new(None);

thread_local! {
    static SCOPED: Cell<Option<Limits>> = const { Cell::new(None) };
}

/// The limits the current call runs under.
pub(crate) fn current() -> Limits {
    SCOPED.with(Cell::get).or_else(|| DEFAULT.read().ok().and_then(|d| *d)).unwrap_or_default()
}

/// Sets the process's limits for calls outside any [`scoped`] engine (the WASM module's
/// `configure`; the CLI's defaults).
pub fn set_default(limits: Limits) {
    if let Ok(mut d) = DEFAULT.write() {
        *d = Some(limits);
    }
}

/// Runs `f` under `limits` on this thread; the previous limits come back after, even if `f`
/// panics.
pub fn scoped<R>(limits: Limits, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Limits>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED.with(|s| s.set(self.0));
        }
    }
    let _restore = Restore(SCOPED.with(|s| s.replace(Some(limits))));
    f()
}

/// Reads `{"limits": {name: n, …}}` (each `n` a whole number from 1 to the default) from
/// engine options: every unknown name and every value out of range is a problem at its
/// pointer.
pub fn from_options(bytes: &[u8]) -> Result<Limits, Vec<Problem>> {
    let options = match serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(bytes) {
        Ok(m) => m,
        Err(e) => {
            let message = format!("Engine options must be a JSON object: {e}.");
            return Err(vec![Problem::new(Code::OptionsInvalid, "", message)]);
        }
    };
    let mut limits = Limits::default();
    let mut problems = Vec::new();
    let bad = |path: String, message: String| Problem::new(Code::OptionsInvalid, path, message);
    for (key, value) in &options {
        if key != "limits" {
            problems.push(bad(
                format!("/{}", crate::problem::escape_token(key)),
                format!("`{key}` is not an engine option; the engine reads `limits`."),
            ));
            continue;
        }
        let Some(given) = value.as_object() else {
            problems.push(bad("/limits".into(), "`limits` must be an object of limits by name.".into()));
            continue;
        };
        for (name, value) in given {
            let path = format!("/limits/{}", crate::problem::escape_token(name));
            let Some(row) = TABLE.iter().find(|r| r.name == name) else {
                let names: Vec<&str> = TABLE.iter().map(|r| r.name).collect();
                problems.push(bad(path, format!("`{name}` is not a limit; the limits are {}.", names.join(", "))));
                continue;
            };
            let ceiling = (row.get)(&Limits::default());
            match value.as_u64() {
                Some(n) if (1..=ceiling).contains(&n) => (row.set)(&mut limits, n),
                _ => problems.push(bad(
                    path,
                    format!(
                        "`{name}` must be a whole number from 1 to {ceiling} (a host can lower a limit, not raise it)."
                    ),
                )),
            }
        }
    }
    if problems.is_empty() {
        Ok(limits)
    } else {
        Err(problems)
    }
}

/// `Some(problem)` when `count` passes `limit` (named by `name` in the table).
pub(crate) fn exceeded(count: u64, limit: u64, code: Code, path: impl Into<String>, what: &str) -> Option<Problem> {
    (count > limit).then(|| {
        Problem::new(
            code,
            path,
            format!(
                "This asks for {count} {what}; the engine's limit is {limit}. Split the work, or lower what it holds."
            ),
        )
    })
}

/// The first `limits.problems` problems, and one `limit.problems` counting the rest.
pub(crate) fn cap(problems: &[Problem]) -> Vec<Problem> {
    let keep = usize::try_from(current().problems).unwrap_or(usize::MAX);
    match problems.get(keep..) {
        Some(rest) if !rest.is_empty() => {
            let mut kept: Vec<Problem> = problems.iter().take(keep).cloned().collect();
            kept.push(Problem {
                input: problems.last().and_then(|p| p.input),
                ..Problem::new(
                    Code::LimitProblems,
                    "",
                    format!(
                        "{} more problem(s) are not listed; fix these first, or lower what the call holds.",
                        rest.len()
                    ),
                )
            });
            kept
        }
        _ => problems.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(json: &str) -> &[u8] {
        json.as_bytes()
    }

    #[test]
    fn a_host_lowers_a_limit_and_cannot_raise_one() {
        let l = from_options(options(r#"{"limits": {"lines": 50, "events": 10}}"#)).unwrap();
        assert_eq!((l.lines, l.events, l.items), (50, 10, Limits::default().items));
        let e = from_options(options(r#"{"limits": {"lines": 2001, "pages": 0, "nope": 1}, "x": 1}"#)).unwrap_err();
        let paths: Vec<&str> = e.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["/limits/lines", "/limits/nope", "/limits/pages", "/x"]);
    }

    #[test]
    fn scoped_limits_apply_on_their_thread_and_come_back_after() {
        let low = Limits { lines: 3, ..Limits::default() };
        assert_eq!(scoped(low, || current().lines), 3);
        assert_eq!(current().lines, Limits::default().lines);
        let caught = std::panic::catch_unwind(|| scoped(low, || panic!("inside")));
        assert!(caught.is_err());
        assert_eq!(current().lines, Limits::default().lines);
    }

    #[test]
    fn an_error_body_lists_the_first_problems_and_counts_the_rest() {
        let many: Vec<Problem> = (0..250).map(|i| Problem::new(Code::FieldMissing, format!("/{i}"), "x")).collect();
        let capped = scoped(Limits { problems: 100, ..Limits::default() }, || cap(&many));
        assert_eq!(capped.len(), 101);
        assert_eq!(capped.last().map(|p| p.code), Some(Code::LimitProblems));
        assert!(capped.last().is_some_and(|p| p.message.starts_with("150 more")));
        assert_eq!(cap(&many[..3]).len(), 3);
    }
}
