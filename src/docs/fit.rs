//! Which table rows are known to fit on their lines, so the template can give them a fixed
//! height. typst lays an `auto` row out twice (once to measure it, once to place it); a row with
//! a fixed height is laid out once, which takes about a third off a long table.
//!
//! A row is marked only when it is certain: every text of the row, measured with the embedded
//! fonts' advances (kerning and ligatures are off in the templates, so a line is as wide as the
//! sum of its glyphs), is narrower than its column. A text that might wrap, a line break or an
//! image leaves the row `auto`. The template measures the height of one and of two lines itself,
//! so this module knows nothing of leading or insets but the horizontal one.

use std::sync::LazyLock;

use serde_json::Value;
use ttf_parser::Face;

use super::glyphs::FONTS;
use super::settings::Paper;
use super::view::LAYOUT;

/// Body text size, in points: the layout's, which `bureau.typ` reads from the view.
const BODY_PT: f64 = LAYOUT.text_pt;
/// The size of a cell's second line.
const SMALL_PT: f64 = LAYOUT.small_pt;
/// The page's left plus right margin, in millimetres.
const MARGINS_MM: f64 = LAYOUT.margin_x_mm * 2.0;
/// A cell's left plus right inset, in points.
const INSETS_PT: f64 = LAYOUT.inset_x_pt * 2.0;
/// Room kept for what the sum of advances does not see (contextual forms, rounding).
const SLACK: f64 = 0.97;

const PT_PER_MM: f64 = 72.0 / 25.4;

/// `view` with `lines` in every group: per row, how many lines its tallest cell takes when
/// every text of the row fits its column line by line (1 for one line; 1 + k for a name with k
/// smaller lines under it), `null` when the row must be measured. Rows with an image are listed
/// in the group's `images`: their height is at least the image's.
pub fn annotated(mut view: Value, paper: Paper) -> Value {
    let widths = column_widths(&view, paper);
    let Some(groups) = view.get_mut("groups").and_then(Value::as_array_mut) else { return view };
    for group in groups {
        let rows = group.get("rows").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        let lines: Vec<Value> = rows.iter().map(|r| row_lines(r, &widths).map_or(Value::Null, Value::from)).collect();
        let images: Vec<Value> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.as_array().is_some_and(|cells| cells.iter().any(is_image)))
            .map(|(i, _)| Value::from(i))
            .collect();
        if let Some(g) = group.as_object_mut() {
            g.insert("lines".into(), Value::Array(lines));
            g.insert("images".into(), Value::Array(images));
        }
    }
    view
}

fn is_image(cell: &Value) -> bool {
    cell.as_object().is_some_and(|o| o.contains_key("img"))
}

fn page_width_mm(paper: Paper) -> f64 {
    match paper {
        Paper::A4 => 210.0,
        Paper::UsLetter => 215.9,
    }
}

/// Each column's room for text, in points: its width less the cell's insets.
fn column_widths(view: &Value, paper: Paper) -> Vec<f64> {
    let cols = view.get("columns").and_then(Value::as_array).cloned().unwrap_or_default();
    let mm = |c: &Value| c.get("mm").and_then(Value::as_f64);
    let fr = |c: &Value| c.get("fr").and_then(Value::as_f64);
    let fixed: f64 = cols.iter().filter_map(mm).sum();
    let shares: f64 = cols.iter().filter_map(fr).sum();
    let left = (page_width_mm(paper) - MARGINS_MM - fixed).max(0.0);
    cols.iter()
        .map(|c| {
            let width = mm(c).or_else(|| fr(c).filter(|_| shares > 0.0).map(|f| left * f / shares)).unwrap_or(0.0);
            width * PT_PER_MM - INSETS_PT
        })
        .collect()
}

/// How many lines a row takes, when that is certain. An image does not count: its height is
/// fixed, and the template takes the larger of the two.
fn row_lines(row: &Value, widths: &[f64]) -> Option<usize> {
    let cells = row.as_array()?;
    if cells.len() != widths.len() {
        return None;
    }
    let mut lines = 1;
    for (cell, &room) in cells.iter().zip(widths) {
        match cell {
            Value::String(s) => fits(s, BODY_PT, room).then_some(())?,
            cell if is_image(cell) => {}
            Value::Object(o) => {
                let first = o.get("t").and_then(Value::as_str)?;
                // The engine breaks a second line where it means to, with "\n"; each piece
                // must then fit on its own line.
                let second: Vec<&str> = o.get("s").and_then(Value::as_str)?.split('\n').collect();
                (fits(first, BODY_PT, room) && second.iter().all(|s| fits(s, SMALL_PT, room))).then_some(())?;
                lines = lines.max(second.len().saturating_add(1));
            }
            _ => return None,
        }
    }
    Some(lines)
}

/// Whether `text` at `size` points is surely narrower than `room` points, on one line.
fn fits(text: &str, size: f64, room: f64) -> bool {
    if text.chars().any(|c| matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')) {
        return false;
    }
    width_em(text).is_some_and(|em| em * size <= room * SLACK)
}

/// The regular face, parsed once.
static REGULAR: LazyLock<Option<Face<'static>>> = LazyLock::new(|| {
    let font = FONTS.iter().find(|f| f.info().variant.weight.to_number() == 400)?;
    Face::parse(font.data().as_slice(), font.index()).ok()
});

/// Characters below this have their advance in [`ADVANCES`]: Latin, Cyrillic, general
/// punctuation, currency signs, letterlike symbols (№) and the math operators (−, ×).
const TABLED: u32 = 0x2300;
/// Where a character has no glyph in the regular face.
const NO_GLYPH: u16 = u16::MAX;

/// The regular face's advances, in font units, of the characters below [`TABLED`], read once:
/// looking each character up in the font's tables costs more than the rest of the fitting.
static ADVANCES: LazyLock<Vec<u16>> =
    LazyLock::new(|| (0..TABLED).map(|c| char::from_u32(c).and_then(advance_in_face).unwrap_or(NO_GLYPH)).collect());

fn advance_in_face(c: char) -> Option<u16> {
    let face = REGULAR.as_ref()?;
    face.glyph_hor_advance(face.glyph_index(c)?).filter(|&a| a != NO_GLYPH)
}

/// The width of `text` in ems in the regular face: the sum of its glyphs' advances. `None` when
/// a character is not in the face (typst would set a fallback whose width is unknown here).
fn width_em(text: &str) -> Option<f64> {
    let per_em = f64::from(REGULAR.as_ref()?.units_per_em());
    let units = text.chars().try_fold(0u64, |sum, c| {
        let tabled = ADVANCES.get(c as usize).copied();
        let advance = match tabled {
            Some(NO_GLYPH) => None,
            Some(a) => Some(a),
            None => advance_in_face(c),
        }?;
        sum.checked_add(u64::from(advance))
    })?;
    Some(units as f64 / per_em)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn view(rows: Value) -> Value {
        json!({ "columns": [{ "mm": 20, "align": "left" }, { "fr": 1, "align": "left" }], "groups": [{ "rows": rows }] })
    }

    #[test]
    fn short_rows_have_their_lines_and_long_ones_are_measured() {
        let long = "Диван трёхместный с механизмом трансформации и съёмными чехлами из бархата".repeat(2);
        let v = view(json!([
            ["1", "Кресло"],
            ["2", { "t": "Кресло", "s": "Ткань: бархат" }],
            ["3", long],
            ["4", "a\nb"],
            ["5", { "img": "/assets/0" }],
            ["a very long sku that cannot fit", "x"],
            ["7"],
        ]));
        let named = |s: &str| json!([["1", { "t": "Кресло", "s": s }]]);
        let lines = |v: Value| annotated(view(v), Paper::A4)["groups"][0]["lines"][0].clone();
        assert_eq!(lines(named("SKU-1 · Factory\nТкань: бархат")), json!(3));
        assert_eq!(lines(named("a\nb\nc")), json!(4));
        assert_eq!(lines(named(&format!("a\n{long}"))), json!(null));
        assert_eq!(lines(named("a\rb")), json!(null));
        let v = annotated(v, Paper::A4);
        assert_eq!(v["groups"][0]["lines"], json!([1, 2, null, null, 1, null, null]));
        assert_eq!(v["groups"][0]["images"], json!([4]));
    }

    #[test]
    fn the_free_column_takes_what_the_fixed_ones_leave() {
        let w = column_widths(&view(json!([])), Paper::A4);
        assert!((w[0] - (20.0 * PT_PER_MM - INSETS_PT)).abs() < 1e-9);
        assert!((w[1] - ((210.0 - 28.0 - 20.0) * PT_PER_MM - INSETS_PT)).abs() < 1e-9);
        let letter = column_widths(&view(json!([])), Paper::UsLetter);
        assert!(letter[1] > w[1]);
    }

    #[test]
    fn width_grows_with_text_and_unknown_characters_are_not_guessed() {
        let short = width_em("Кресло").unwrap_or(0.0);
        assert!(short > 2.0 && short < 5.0, "{short}");
        assert!(width_em("Кресло Кресло").unwrap_or(0.0) > 2.0 * short);
        assert_eq!(width_em("漢"), None);
        // The table and the face agree, inside the table and past it.
        for c in ['a', 'Ж', '\u{a0}', '₽', '№', '×', '−', '→', '∑', '⌀'] {
            let face = REGULAR.as_ref().and_then(|f| f.glyph_index(c).and_then(|g| f.glyph_hor_advance(g)));
            let per_em = REGULAR.as_ref().map_or(1.0, |f| f64::from(f.units_per_em()));
            assert_eq!(width_em(&c.to_string()), face.map(|a| f64::from(a) / per_em), "{c}");
        }
    }
}
