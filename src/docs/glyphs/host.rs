//! The fonts as typst reads them (the renderer only): the embedded faces, the fonts a host adds,
//! and the test that keeps the generated coverage table equal to the embedded fonts.

use std::sync::LazyLock;

use base64::Engine as _;
use typst::foundations::Bytes;
use typst::text::Font;

use crate::codes::Code;
use crate::docs::settings::Settings;
use crate::problem::Problem;

/// The embedded faces, parsed once.
pub(in crate::docs) static FONTS: LazyLock<Vec<Font>> = LazyLock::new(crate::docs::render::embedded_fonts);

/// The fonts the settings add, parsed; a font collection gives all its faces. Data that is not
/// a font is an error naming it.
pub(crate) fn host_fonts(settings: &Settings) -> Result<Vec<Font>, Vec<Problem>> {
    let mut fonts = Vec::new();
    let mut problems = Vec::new();
    let limits = crate::limits::current();
    // Counted and sized before anything is decoded: base64 holds 3 bytes in 4 characters.
    let decoded: u64 = settings.fonts.iter().map(|f| (f.data_base64.len() as u64 / 4).saturating_mul(3)).sum();
    let too_many =
        crate::limits::exceeded(settings.fonts.len() as u64, limits.fonts, Code::LimitFonts, "/fonts", "host fonts")
            .or_else(|| {
                crate::limits::exceeded(decoded, limits.font_bytes, Code::LimitFonts, "/fonts", "bytes of host fonts")
            });
    if let Some(p) = too_many {
        return Err(vec![Problem { input: Some(crate::problem::Input::Request), ..p }]);
    }
    for (i, font) in settings.fonts.iter().enumerate() {
        let data = base64::engine::general_purpose::STANDARD.decode(font.data_base64.as_bytes()).unwrap_or_default();
        if let Some(p) = collection_too_large(&data, limits.font_faces, i) {
            problems.push(p);
            continue;
        }
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

/// `limit.fonts` for a font collection (`ttcf`) that claims more faces than the limit, or more
/// than its bytes can list (12 bytes of header and 4 per face): read from the header before a
/// face is parsed, so a 12-byte file claiming 2³² faces costs nothing.
fn collection_too_large(data: &[u8], max_faces: u64, i: usize) -> Option<Problem> {
    let header = data.get(..12).filter(|h| h.starts_with(b"ttcf"))?;
    let claimed = u64::from(u32::from_be_bytes([*header.get(8)?, *header.get(9)?, *header.get(10)?, *header.get(11)?]));
    let room = (data.len() as u64).saturating_sub(12) / 4;
    (claimed > max_faces || claimed > room).then(|| {
        Problem::request(
            Code::LimitFonts,
            format!("/fonts/{i}/data_base64"),
            format!(
                "This font collection claims {claimed} faces; the engine reads at most {max_faces} and its bytes list {room}. Give the faces the documents use as separate fonts."
            ),
        )
    })
}

/// Whether one of `fonts` has a glyph for `c`.
pub(crate) fn in_fonts(fonts: &[Font], c: char) -> bool {
    fonts.iter().any(|f| f.info().coverage.contains(c as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The code points the embedded fonts cover, as inclusive ranges.
    fn ranges() -> Vec<(u32, u32)> {
        let mut points: Vec<u32> = FONTS.iter().flat_map(|f| f.info().coverage.iter()).collect();
        points.sort_unstable();
        points.dedup();
        let mut out: Vec<(u32, u32)> = Vec::new();
        for p in points {
            match out.last_mut() {
                Some((_, end)) if p == *end + 1 => *end = p,
                _ => out.push((p, p)),
            }
        }
        out
    }

    #[test]
    fn the_coverage_table_is_the_embedded_fonts_coverage() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/docs/glyphs/coverage.rs");
        let mut text = String::from(
            "//! The code points the embedded fonts (Noto Sans Regular and Bold) have glyphs for, as\n\
             //! inclusive ranges: generated from the fonts, so that the engine without its renderer\n\
             //! (the core WASM module) warns about the same characters. A test in `host.rs` compares it\n\
             //! with the fonts; regenerate with `BUREAU_BLESS=1 cargo test -p bureau --lib coverage`.\n\n\
             /// Inclusive ranges of code points, ascending.\n\
             #[rustfmt::skip]\n\
             pub(super) const EMBEDDED: &[(u32, u32)] = &[\n",
        );
        for chunk in ranges().chunks(6) {
            let line: Vec<String> = chunk.iter().map(|(a, b)| format!("(0x{a:04X}, 0x{b:04X})")).collect();
            text.push_str(&format!("    {},\n", line.join(", ")));
        }
        text.push_str("];\n");
        if std::env::var_os("BUREAU_BLESS").is_some() {
            std::fs::write(path, &text).unwrap_or_else(|e| panic!("writing {path}: {e}"));
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == text,
            "{path} is not the embedded fonts' coverage; run `BUREAU_BLESS=1 cargo test -p bureau --lib coverage` and commit"
        );
    }

    #[test]
    fn the_table_agrees_with_the_fonts_for_every_character_of_the_plane() {
        let slow = |c: char| c.is_whitespace() || c.is_control() || in_fonts(&FONTS, c);
        let differ: Vec<char> =
            (0..0x11_0000).filter_map(char::from_u32).filter(|&c| super::super::covered(c) != slow(c)).collect();
        assert!(differ.is_empty(), "{differ:?}");
    }
}
