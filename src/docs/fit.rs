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

/// Body text size in the templates (`bureau.typ`), in points.
const BODY_PT: f64 = 8.5;
/// The size of a cell's second line.
const SMALL_PT: f64 = 7.0;
/// The page's left plus right margin (`bureau.typ`), in millimetres.
const MARGINS_MM: f64 = 28.0;
/// A cell's left plus right inset (`bureau.typ`), in points.
const INSETS_PT: f64 = 5.0;
/// Room kept for what the sum of advances does not see (contextual forms, rounding).
const SLACK: f64 = 0.97;

const PT_PER_MM: f64 = 72.0 / 25.4;

/// `view` with `lines` in every group: per row, 1 or 2 when every text of the row fits its
/// column on one line, `null` when the row must be measured.
pub fn annotated(mut view: Value, paper: Paper) -> Value {
    let widths = column_widths(&view, paper);
    let Some(groups) = view.get_mut("groups").and_then(Value::as_array_mut) else { return view };
    for group in groups {
        let lines: Vec<Value> = group
            .get("rows")
            .and_then(Value::as_array)
            .map(|rows| rows.iter().map(|r| row_lines(r, &widths).map_or(Value::Null, Value::from)).collect())
            .unwrap_or_default();
        if let Some(g) = group.as_object_mut() {
            g.insert("lines".into(), Value::Array(lines));
        }
    }
    view
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

/// How many lines a row takes, when that is certain.
fn row_lines(row: &Value, widths: &[f64]) -> Option<u8> {
    let cells = row.as_array()?;
    if cells.len() != widths.len() {
        return None;
    }
    let mut lines = 1;
    for (cell, &room) in cells.iter().zip(widths) {
        match cell {
            Value::String(s) => fits(s, BODY_PT, room).then_some(())?,
            Value::Object(o) if o.contains_key("img") => return None,
            Value::Object(o) => {
                let first = o.get("t").and_then(Value::as_str)?;
                let second = o.get("s").and_then(Value::as_str)?;
                (fits(first, BODY_PT, room) && fits(second, SMALL_PT, room)).then_some(())?;
                lines = 2;
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

/// The width of `text` in ems in the regular face: the sum of its glyphs' advances. `None` when
/// a character is not in the face (typst would set a fallback whose width is unknown here).
fn width_em(text: &str) -> Option<f64> {
    let face = REGULAR.as_ref()?;
    let per_em = f64::from(face.units_per_em());
    text.chars().try_fold(0.0, |sum, c| {
        let glyph = face.glyph_index(c)?;
        Some(sum + f64::from(face.glyph_hor_advance(glyph)?) / per_em)
    })
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
        let v = annotated(v, Paper::A4);
        assert_eq!(v["groups"][0]["lines"], json!([1, 2, null, null, null, null, null]));
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
    }
}
