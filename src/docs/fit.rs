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

use ttf_parser::Face;

use super::glyphs::FONTS;
use super::settings::Paper;
use super::view::{Cell, Col, View, LAYOUT};

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
/// smaller lines under it), `None` when the row must be measured. Rows with an image are listed
/// in the group's `images`: their height is at least the image's.
pub(super) fn annotated(mut view: View, paper: Paper) -> View {
    let widths = column_widths(&view.body.columns, paper);
    for group in &mut view.body.groups {
        group.lines = group.rows.iter().map(|r| row_lines(r, &widths)).collect();
        group.images = group
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.iter().any(|c| matches!(c, Cell::Image { .. })))
            .map(|(i, _)| i)
            .collect();
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
fn column_widths(cols: &[Col], paper: Paper) -> Vec<f64> {
    let mm = |c: &Col| c.mm.map(f64::from);
    let fr = |c: &Col| c.fr.map(f64::from);
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
fn row_lines(cells: &[Cell], widths: &[f64]) -> Option<usize> {
    if cells.len() != widths.len() {
        return None;
    }
    let mut lines = 1;
    for (cell, &room) in cells.iter().zip(widths) {
        match cell {
            Cell::Text(s) => fits(s, BODY_PT, room).then_some(())?,
            Cell::Image { .. } => {}
            Cell::Named { t, s } => {
                // The engine breaks a second line where it means to, with "\n"; each piece
                // must then fit on its own line.
                let second: Vec<&str> = s.split('\n').collect();
                (fits(t, BODY_PT, room) && second.iter().all(|s| fits(s, SMALL_PT, room))).then_some(())?;
                lines = lines.max(second.len().saturating_add(1));
            }
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
    use crate::docs::view::{fr, mm, Body, Group};

    fn view(rows: Vec<Vec<Cell>>) -> View {
        let body =
            Body { columns: vec![mm(20, "left"), fr(1)], groups: vec![Group::untitled(rows)], ..Body::default() };
        View {
            lang: crate::text::Lang::Ru,
            paper: "a4",
            accent: String::new(),
            footer: None,
            logo: None,
            title: "",
            number: String::new(),
            ident: String::new(),
            project: String::new(),
            layout: LAYOUT,
            body,
        }
    }

    fn t(s: &str) -> Cell {
        Cell::text(s)
    }

    fn named(t: &str, s: &str) -> Cell {
        Cell::Named { t: t.into(), s: s.into() }
    }

    #[test]
    fn short_rows_have_their_lines_and_long_ones_are_measured() {
        let long = "Диван трёхместный с механизмом трансформации и съёмными чехлами из бархата".repeat(2);
        let v = view(vec![
            vec![t("1"), t("Кресло")],
            vec![t("2"), named("Кресло", "Ткань: бархат")],
            vec![t("3"), t(&long)],
            vec![t("4"), t("a\nb")],
            vec![t("5"), Cell::Image { img: "/assets/0".into() }],
            vec![t("a very long sku that cannot fit"), t("x")],
            vec![t("7")],
        ]);
        let lines =
            |s: &str| annotated(view(vec![vec![t("1"), named("Кресло", s)]]), Paper::A4).body.groups[0].lines[0];
        assert_eq!(lines("SKU-1 · Factory\nТкань: бархат"), Some(3));
        assert_eq!(lines("a\nb\nc"), Some(4));
        assert_eq!(lines(&format!("a\n{long}")), None);
        assert_eq!(lines("a\rb"), None);
        let v = annotated(v, Paper::A4);
        assert_eq!(v.body.groups[0].lines, vec![Some(1), Some(2), None, None, Some(1), None, None]);
        assert_eq!(v.body.groups[0].images, vec![4]);
    }

    #[test]
    fn the_free_column_takes_what_the_fixed_ones_leave() {
        let cols = [mm(20, "left"), fr(1)];
        let w = column_widths(&cols, Paper::A4);
        assert!((w[0] - (20.0 * PT_PER_MM - INSETS_PT)).abs() < 1e-9);
        assert!((w[1] - ((210.0 - 28.0 - 20.0) * PT_PER_MM - INSETS_PT)).abs() < 1e-9);
        let letter = column_widths(&cols, Paper::UsLetter);
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
