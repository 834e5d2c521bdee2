//! Documents: a document model (plain data, every amount computed and rounded, every label in
//! the document's language) and its rendering through typst, embedded as a library.
//!
//! The data walks one way: project → segment → document model → JSON → typst template → PDF.
//! A template reads its data from `/data.json` (`json("/data.json")`); no text is ever pasted
//! into markup, so a product called `#read("/etc/passwd")` prints exactly those characters.

pub mod render;
