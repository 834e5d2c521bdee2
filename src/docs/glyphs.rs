//! typst prints an empty box, silently, for a character no font has. Before rendering, every
//! string of the document model is checked against the embedded fonts' coverage; each text with
//! such characters gets a warning that names the item and the field.

use std::sync::LazyLock;

use base64::Engine as _;
use serde::Serialize;
use serde_json::Value;
use typst::foundations::Bytes;
use typst::text::Font;

use super::settings::Settings;
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

/// The fonts the settings add, parsed; a font collection gives all its faces. Data that is not
/// a font is an error naming it.
pub fn host_fonts(settings: &Settings) -> Result<Vec<Font>, Vec<Problem>> {
    let mut fonts = Vec::new();
    let mut problems = Vec::new();
    for (i, font) in settings.fonts.iter().enumerate() {
        let data = base64::engine::general_purpose::STANDARD.decode(font.data_base64.as_bytes()).unwrap_or_default();
        let faces: Vec<Font> = Font::iter(Bytes::new(data)).collect();
        if faces.is_empty() {
            problems.push(Problem::request(
                Code::FontInvalid,
                format!("/fonts/{i}/data_base64"),
                "This is not a TrueType or OpenType font in base64; give the font file's bytes.",
            ));
        }
        fonts.extend(faces);
    }
    if problems.is_empty() {
        Ok(fonts)
    } else {
        Err(problems)
    }
}

/// Appends a `text.missing_glyph` warning for every string of `model` with characters neither
/// the embedded fonts nor the host's `fonts` cover. `json` is the model as JSON text: when all
/// its characters are covered, as nearly always, there is nothing to name and the model is not
/// walked. (Outside strings JSON is ASCII, and what JSON escapes are controls, which need no
/// glyph; so the text has an uncovered character exactly when some string of the model has.)
pub fn check<T: Serialize>(model: &T, json: &str, fonts: &[Font], warnings: &mut Vec<Problem>) {
    let covered = |c: char| covered(c) || fonts.iter().any(|f| f.info().coverage.contains(c as u32));
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
    fn the_bit_set_agrees_with_the_fonts_for_every_character_of_the_plane() {
        let slow =
            |c: char| c.is_whitespace() || c.is_control() || FONTS.iter().any(|f| f.info().coverage.contains(c as u32));
        let differ: Vec<char> = (0..0x10000).filter_map(char::from_u32).filter(|&c| covered(c) != slow(c)).collect();
        assert!(differ.is_empty(), "{differ:?}");
        assert!(covered('К') && covered('₽') && covered('€') && covered(' '));
        assert!(!covered('漢') && !covered('😀'));
    }
}
