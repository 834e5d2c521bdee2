//! typst prints an empty box, silently, for a character no font has. Before rendering, every
//! string of the document model is checked against the embedded fonts' coverage; each text with
//! such characters gets a warning that names the item and the field.
//!
//! The embedded fonts' coverage is a generated table (`coverage.rs`), so the engine built without
//! its renderer (the core WASM module) warns exactly as the renderer does; the fonts a host adds
//! are read by typst (`host.rs`, the renderer only).

mod coverage;
#[cfg(feature = "docs")]
mod host;

use std::sync::LazyLock;

use serde::Serialize;
use serde_json::Value;

use crate::codes::Code;
use crate::problem::{escape_token, Problem};

#[cfg(feature = "docs")]
pub(super) use host::{host_fonts, in_fonts, FONTS};

/// The Basic Multilingual Plane's coverage as bits, built once from the table: a binary search
/// per character would be a few milliseconds per long document.
static BMP: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    for &(start, end) in coverage::EMBEDDED.iter().filter(|(start, _)| *start < 0x10000) {
        for c in start..=end.min(0xFFFF) {
            if let Some(word) = bits.get_mut(c as usize / 64) {
                *word |= 1 << (c % 64);
            }
        }
    }
    bits
});

/// Whether some embedded font has a glyph for `c` (spaces and controls need none).
pub(super) fn covered(c: char) -> bool {
    let code = c as u32;
    c.is_whitespace()
        || c.is_control()
        || match BMP.get(code as usize / 64) {
            Some(word) => word & (1 << (code % 64)) != 0,
            None => coverage::EMBEDDED.binary_search_by(|&(start, end)| range_order(start, end, code)).is_ok(),
        }
}

/// Where the range `start..=end` stands relative to `code`.
fn range_order(start: u32, end: u32, code: u32) -> std::cmp::Ordering {
    if end < code {
        std::cmp::Ordering::Less
    } else if start > code {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}

/// Appends a `text.missing_glyph` warning for every string of `model` with characters neither
/// the embedded fonts nor the host's `fonts` cover. `json` is the model as JSON text: when all
/// its characters are covered, as nearly always, there is nothing to name and the model is not
/// walked. (Outside strings JSON is ASCII, and what JSON escapes are controls, which need no
/// glyph; so the text has an uncovered character exactly when some string of the model has.)
pub(super) fn check<T: Serialize>(model: &T, json: &str, host: &dyn Fn(char) -> bool, warnings: &mut Vec<Problem>) {
    let covered = |c: char| covered(c) || host(c);
    if json.chars().all(covered) {
        return;
    }
    if let Ok(model) = serde_json::to_value(model) {
        walk(&model, &covered, &mut String::new(), None, warnings);
    }
}

fn walk(v: &Value, covered: &dyn Fn(char) -> bool, path: &mut String, item: Option<&str>, warnings: &mut Vec<Problem>) {
    match v {
        Value::String(s) => {
            let mut missing: Vec<char> = s.chars().filter(|c| !covered(*c)).collect();
            if missing.is_empty() {
                return;
            }
            missing.dedup();
            let chars = missing.iter().map(|c| format!("\"{c}\" (U+{:04X})", *c as u32)).collect::<Vec<_>>().join(", ");
            let field = path.rsplit('/').next().unwrap_or("");
            let whose = item.map_or_else(String::new, |i| format!("Item \"{i}\", field `{field}`: "));
            warnings.push(Problem::new(
                Code::TextMissingGlyph,
                path.clone(),
                format!("{whose}{chars} are in no font of the document and would print as empty boxes; add a font that has them, or change the text."),
            ));
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("/{i}"));
                walk(x, covered, path, item, warnings);
                path.truncate(len);
            }
        }
        Value::Object(o) => {
            let item = o.get("item").and_then(Value::as_str).or(item);
            for (k, x) in o {
                let len = path.len();
                path.push('/');
                path.push_str(&escape_token(k));
                walk(x, covered, path, item, warnings);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_knows_cyrillic_the_rouble_and_the_euro_but_not_han_or_emoji() {
        assert!(covered('К') && covered('₽') && covered('€') && covered(' ') && covered('\n'));
        assert!(!covered('漢') && !covered('😀'));
    }
}
