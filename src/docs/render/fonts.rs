//! The fonts embedded in the library: Noto Sans (SIL OFL 1.1, `fonts/OFL.txt`), which covers
//! Latin, Cyrillic and the ₽ sign. typst's bundled fonts have no sans-serif, and Libertinus
//! lacks ₽.

use typst::foundations::Bytes;
use typst::text::Font;

/// The font files, compiled into the library.
pub(super) const FILES: &[&[u8]] =
    &[include_bytes!("fonts/NotoSans-Regular.ttf"), include_bytes!("fonts/NotoSans-Bold.ttf")];

/// Every face of every embedded file.
pub(super) fn embedded() -> Vec<Font> {
    FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect()
}
