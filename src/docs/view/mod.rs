//! The print form of a document model: every string already formatted in the document's
//! language (numbers, money, dates, labels), laid out as the templates print it: a title, meta
//! lines, parties, one table of lines grouped under headings, totals, words and signatures.
//! It formats; it never computes money (every amount comes from the model as it is).
//!
//! [`View`] is the template's data contract: what a template reads as `view` in `/data.json`,
//! with its JSON Schema (`schemas/document-view.schema.json`) and TypeScript type. The kit's
//! own kinds are printed in `kinds.rs`; other modules fill a [`Body`] for theirs.

mod kinds;

use schemars::JsonSchema;
use serde::Serialize;

use super::format::date;
use super::labels::{tax_id, L};
use super::model::Party;
use super::settings::Settings;
use crate::text::Lang;

/// What a template reads as `view` in `/data.json`: the document's title, number, paper and
/// branding, the layout's sizes, and what the document says (its body's fields).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "document view")]
pub struct View {
    /// The document's language.
    pub lang: Lang,
    /// typst's paper name (`a4`, `us-letter`).
    pub paper: &'static str,
    /// The accent colour, `#RRGGBB`.
    pub accent: String,
    /// The footer line (branding), if any.
    pub footer: Option<String>,
    /// The logo's path (`/assets/0`), if any.
    pub logo: Option<String>,
    /// The title ("Проформа-инвойс").
    pub title: &'static str,
    /// "№ PF-1 от 20 ноября 2026 г.".
    pub number: String,
    /// The document's number alone.
    pub ident: String,
    /// "Проект: Вилла (PRJ-2026-0142)".
    pub project: String,
    /// The sizes the engine fitted table rows for.
    pub layout: Layout,
    /// What the document says.
    #[serde(flatten)]
    pub body: Body,
}

/// What a document says, formatted: who writes, to whom, its table, totals and closing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Body {
    /// Who the PDF names as its author.
    pub author: String,
    /// Label and value lines under the title.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meta: Vec<[String; 2]>,
    /// The parties, side by side.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<PartyView>,
    /// The payment block a Russian invoice opens with: rows of two cells.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bank: Vec<[String; 2]>,
    /// A letter's paragraphs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<String>,
    /// The sentence before a list of asks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    /// What is asked, as a list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asks: Vec<String>,
    /// The table's columns.
    pub columns: Vec<Col>,
    /// The table's header, one text a column.
    pub header: Vec<String>,
    /// The table's rows, in groups.
    pub groups: Vec<Group>,
    /// The totals, right-aligned under the table.
    pub totals: Vec<TotalRow>,
    /// "Позиций: 8 на сумму …".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The total in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<String>,
    /// Notes after the totals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Who signs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<String>,
}

/// A party as printed: its label, name and the lines under it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PartyView {
    /// "ПОСТАВЩИК".
    pub label: String,
    /// Its (legal) name.
    pub name: String,
    /// Address, tax ids, bank, contacts.
    pub lines: Vec<String>,
}

/// A table column: width (mm, or a share of what is left) and alignment.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Col {
    /// Width in millimetres.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mm: Option<u32>,
    /// A share of the width the fixed columns leave.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fr: Option<u32>,
    /// `left`, `center` or `right`.
    pub align: &'static str,
}

/// Rows under a heading (a room), or without one.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Group {
    /// The heading, if any.
    pub title: Option<String>,
    /// The rows, one cell a column.
    pub rows: Vec<Vec<Cell>>,
    /// Per row: how many lines its tallest cell takes when the engine found that every text
    /// of the row fits its column at the layout's sizes (1, or 1 + the smaller lines under a
    /// name); `null` when the row must be measured.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<Option<usize>>,
    /// The rows with an image.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<usize>,
}

impl Group {
    /// `rows` without a heading.
    pub fn untitled(rows: Vec<Vec<Cell>>) -> Group {
        Group { title: None, rows, lines: Vec::new(), images: Vec::new() }
    }
}

/// One cell of a table.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Cell {
    /// A text.
    Text(String),
    /// A name (`t`) with a smaller second line (`s`, lines broken with `\n`).
    Named {
        /// The name.
        t: String,
        /// The smaller lines under it.
        s: String,
    },
    /// An image (`img`: its path, `/assets/0`).
    Image {
        /// Its path.
        img: String,
    },
}

impl Cell {
    /// A text cell.
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// A name with a second, smaller line under it (just the name when that line is empty).
    pub fn named(name: &str, sub: String) -> Cell {
        if sub.is_empty() {
            Cell::Text(name.to_string())
        } else {
            Cell::Named { t: name.to_string(), s: sub }
        }
    }
}

/// A line of the totals.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct TotalRow {
    /// "Итого".
    pub label: String,
    /// The amount, formatted.
    pub value: String,
    /// Printed bold.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub strong: bool,
}

impl TotalRow {
    /// A total.
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> TotalRow {
        TotalRow { label: label.into(), value: value.into(), strong: false }
    }

    /// A total printed bold.
    pub fn strong(label: impl Into<String>, value: impl Into<String>) -> TotalRow {
        TotalRow { strong: true, ..TotalRow::new(label, value) }
    }
}

/// The sizes Bureau's layout sets a document in (`bureau.typ` reads them from the view's
/// `layout`), and the engine fits table rows for: one place for both, so a template that sets
/// another text size is seen to (its rows are then measured, not given fitted heights).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
pub struct Layout {
    /// Body text, points.
    pub text_pt: f64,
    /// A cell's second line, points.
    pub small_pt: f64,
    /// A table cell's left (and right) inset, points.
    pub inset_x_pt: f64,
    /// The page's left (and right) margin, millimetres.
    pub margin_x_mm: f64,
}

/// Bureau's layout.
pub const LAYOUT: Layout = Layout { text_pt: 8.5, small_pt: 7.0, inset_x_pt: 2.5, margin_x_mm: 14.0 };

/// The images a document shows: asset ids in order of first use; `/assets/{index}` in the view.
#[derive(Default)]
pub struct Images {
    /// Asset ids, in the order they were first used.
    pub ids: Vec<String>,
}

impl Images {
    /// The path of image `id` in the template (`/assets/3`); `None` past the document's images.
    pub fn path(&mut self, id: &str) -> Option<String> {
        let at = match self.ids.iter().position(|i| i == id) {
            Some(at) => at,
            None if self.ids.len() < crate::docs::MAX_IMAGES => {
                self.ids.push(id.to_string());
                self.ids.len().saturating_sub(1)
            }
            None => return None,
        };
        Some(format!("/assets/{at}"))
    }
}

/// The view of `doc`, and the images it uses.
pub fn view(doc: &impl super::Form, settings: &Settings, logo: Option<&str>) -> (View, Images) {
    let head = doc.head();
    let lang = head.language;
    let mut images = Images::default();
    let logo = logo.and_then(|l| images.path(l));
    let body = doc.view(lang, &mut images);
    let view = View {
        lang,
        paper: settings.paper.typst_name(),
        accent: settings.branding.accent.as_deref().unwrap_or("#1F3A5F").to_string(),
        footer: settings.branding.footer.as_ref().map(ToString::to_string),
        logo,
        title: head.title,
        number: format!("{} {} {} {}", L::number.get(lang), head.number, L::dated.get(lang), date(&head.date, lang)),
        ident: head.number.clone(),
        project: format!("{}: {} ({})", L::project.get(lang), head.project_name, head.project),
        layout: LAYOUT,
        body,
    };
    (view, images)
}

/// A column `w` millimetres wide.
pub(crate) fn mm(w: u32, align: &'static str) -> Col {
    Col { mm: Some(w), fr: None, align }
}

/// A column taking `w` shares of the width left.
pub(crate) fn fr(w: u32) -> Col {
    Col { mm: None, fr: Some(w), align: "left" }
}

/// The line-number column, as wide as its largest number (`last`) needs, and never narrower
/// than `min` mm: a number too wide for its column would be measured by typst on every row
/// instead of having the fixed height `fit` gives it (about 1.7 mm a digit at 8.5 pt).
pub(crate) fn numbers(last: usize, min: u32) -> Col {
    let width = digits(u64::try_from(last).unwrap_or(u64::MAX)).saturating_mul(2).saturating_add(2);
    mm(min.max(width), "right")
}

fn digits(n: u64) -> u32 {
    n.checked_ilog10().unwrap_or(0).saturating_add(1)
}

/// A party as printed under `label`, with its bank details when `with_bank`.
pub(crate) fn party(label: L, p: &Party, lang: Lang, with_bank: bool) -> PartyView {
    let mut lines: Vec<String> = Vec::new();
    // The legal name heads the party; a different trading name follows it.
    if p.legal_name.as_ref().is_some_and(|l| *l != p.name) {
        lines.push(p.name.to_string());
    }
    if let Some(a) = &p.address {
        lines.push(a.to_string());
    }
    let ids: Vec<String> = p.tax_ids.iter().map(|(k, v)| format!("{} {v}", tax_id(k, lang))).collect();
    if !ids.is_empty() {
        lines.push(ids.join(", "));
    }
    if with_bank {
        if let Some(b) = &p.bank {
            let mut bank = vec![format!("{} {}", L::bank.get(lang), b.name)];
            if let Some(x) = &b.account {
                bank.push(format!("{} {x}", L::account.get(lang)));
            }
            if let Some(x) = &b.bic {
                bank.push(format!("{} {x}", L::bic.get(lang)));
            }
            if let Some(x) = &b.corr_account {
                bank.push(format!("{} {x}", L::corr_account.get(lang)));
            }
            if let Some(x) = &b.iban {
                bank.push(format!("IBAN {x}"));
            }
            if let Some(x) = &b.swift {
                bank.push(format!("SWIFT {x}"));
            }
            lines.push(bank.join(", "));
        }
    }
    let contact: Vec<&str> = [p.email.as_deref(), p.phone.as_deref()].into_iter().flatten().collect();
    if !contact.is_empty() {
        lines.push(contact.join(" · "));
    }
    PartyView { label: label.get(lang).to_string(), name: p.legal_name.as_ref().unwrap_or(&p.name).to_string(), lines }
}

/// A label and its value, as a meta line.
pub(crate) fn meta(label: L, lang: Lang, value: impl Into<String>) -> [String; 2] {
    [label.get(lang).to_string(), value.into()]
}

/// Header texts in `lang`.
pub(crate) fn header(labels: &[L], lang: Lang) -> Vec<String> {
    labels.iter().map(|l| l.get(lang).to_string()).collect()
}
