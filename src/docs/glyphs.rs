//! typst prints an empty box, silently, for a character no font has. Before rendering, every
//! string of the document model is checked against the embedded fonts' coverage; each text with
//! such characters gets a warning that names the item and the field.

use std::sync::LazyLock;

use serde_json::Value;
use typst::text::Font;

use crate::codes::Code;
use crate::problem::{escape_token, Problem};

pub(super) static FONTS: LazyLock<Vec<Font>> = LazyLock::new(super::render::embedded_fonts);

/// The Basic Multilingual Plane's coverage as bits, built once: typst's `Coverage::contains`
/// walks a font's runs from the start for each character, a few milliseconds per document.
static BMP: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    for c in FONTS.iter().flat_map(|f| f.info().coverage.iter()) {
        if let Some(word) = bits.get_mut(c as usize / 64) {
            *word |= 1 << (c % 64);
        }
    }
    bits
});

/// Whether some embedded font has a glyph for `c` (spaces and controls need none).
pub fn covered(c: char) -> bool {
    let code = c as u32;
    c.is_whitespace()
        || c.is_control()
        || match BMP.get(code as usize / 64) {
            Some(word) => word & (1 << (code % 64)) != 0,
            None => FONTS.iter().any(|f| f.info().coverage.contains(code)),
        }
}

/// Appends a `text.missing_glyph` warning for every string of `model` with uncovered characters.
pub fn check(model: &Value, warnings: &mut Vec<Problem>) {
    walk(model, &mut String::new(), None, warnings);
}

fn walk(v: &Value, path: &mut String, item: Option<&str>, warnings: &mut Vec<Problem>) {
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
                walk(x, path, item, warnings);
                path.truncate(len);
            }
        }
        Value::Object(o) => {
            let item = o.get("item").and_then(Value::as_str).or(item);
            for (k, x) in o {
                let len = path.len();
                path.push('/');
                path.push_str(&escape_token(k));
                walk(x, path, item, warnings);
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
    fn the_bit_set_agrees_with_the_fonts_for_every_character_of_the_plane() {
        let slow =
            |c: char| c.is_whitespace() || c.is_control() || FONTS.iter().any(|f| f.info().coverage.contains(c as u32));
        let differ: Vec<char> = (0..0x10000).filter_map(char::from_u32).filter(|&c| covered(c) != slow(c)).collect();
        assert!(differ.is_empty(), "{differ:?}");
        assert!(covered('К') && covered('₽') && covered('€') && covered(' '));
        assert!(!covered('漢') && !covered('😀'));
    }
}
