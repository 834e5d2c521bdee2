//! A partnership proposal as a letter to both sides: the supplier and the manufacturer, from the
//! project's owner, with the reasons the engine found and the items that need them. Its model
//! and print form; the document kit (`crate::docs`) lays it out and renders it.

#![allow(clippy::arithmetic_side_effects, reason = "line numbers of a letter's items, bounded by the items limit")]

use schemars::JsonSchema;
use serde::Serialize;

use crate::docs::format::quantity;
use crate::docs::labels::{unit, L};
use crate::docs::model::{Head, ItemLine, Party};
use crate::docs::view::{fr, header, mm, numbers, party, Body, Cell, Group, Images};
use crate::money::words::Lang;
use crate::partners::Proposal;

/// A partnership proposal letter.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ProposalLetter {
    /// Number, date, language, title, project, segment (the unsourced group).
    #[serde(flatten)]
    pub head: Head,
    /// Who writes: the project's owner.
    pub from: Party,
    /// The proposed supplier.
    pub supplier: Party,
    /// The manufacturer no supplier covers.
    pub manufacturer: Party,
    /// The proposal and its reasons.
    pub proposal: Proposal,
    /// The manufacturer's items in the project that need a supplier.
    pub items: Vec<ItemLine>,
    /// The letter's sentences: greeting, body paragraphs, the heading of the reasons, closing.
    pub text: LetterText,
}

/// The words of a letter, in its language.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct LetterText {
    /// "Dear colleagues at …".
    pub greeting: String,
    /// The paragraphs before the reasons.
    pub body: Vec<String>,
    /// "Why … :".
    pub why: String,
    /// The closing paragraph.
    pub closing: String,
}

impl crate::docs::Form for ProposalLetter {
    fn kind(&self) -> &'static str {
        "proposal_letter"
    }
    fn head(&self) -> &Head {
        &self.head
    }
    fn view(&self, lang: Lang, _: &mut Images) -> Body {
        print(self, lang)
    }
}

/// The partnership proposal: the three parties, the letter's paragraphs, the reasons as a list,
/// the manufacturer's items, the closing and the sender's signature.
fn print(d: &ProposalLetter, lang: Lang) -> Body {
    let cols = vec![numbers(d.items.len(), 7), mm(30, "left"), fr(1), mm(22, "right"), mm(14, "left")];
    let rows: Vec<Vec<Cell>> = d
        .items
        .iter()
        .enumerate()
        .map(|(i, x)| {
            vec![
                Cell::text((i + 1).to_string()),
                Cell::text(x.sku.as_str()),
                Cell::text(x.name.as_str()),
                Cell::text(quantity(x.quantity, lang)),
                Cell::text(unit(&x.unit, lang)),
            ]
        })
        .collect();
    let mut paragraphs = vec![d.text.greeting.clone()];
    paragraphs.extend(d.text.body.iter().cloned());
    let author = d.from.legal_name.as_ref().unwrap_or(&d.from.name).to_string();
    Body {
        author: author.clone(),
        parties: vec![
            party(L::from, &d.from, lang, false),
            party(L::to, &d.supplier, lang, false),
            party(L::to, &d.manufacturer, lang, false),
        ],
        paragraphs,
        intro: Some(d.text.why.clone()),
        asks: d.proposal.reasons.iter().map(|r| r.text.clone()).collect(),
        columns: cols,
        header: header(&[L::col_no, L::col_sku, L::col_name, L::col_qty, L::col_unit], lang),
        groups: vec![Group::untitled(rows)],
        notes: vec![d.text.closing.clone()],
        signatures: vec![author],
        ..Body::default()
    }
}
