//! A partnership proposal as a letter to both sides: the supplier and the manufacturer, from the
//! project's owner, with the reasons the engine found and the items that need them. Its model
//! and print form; the document kit (`crate::docs`) lays it out and renders it.

#![allow(clippy::arithmetic_side_effects, reason = "line numbers of a letter's items, bounded by the items limit")]

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::{json, Value};

use crate::docs::format::quantity;
use crate::docs::labels::{unit, L};
use crate::docs::model::{Head, ItemLine, Party};
use crate::docs::view::{fr, mm, numbers, party, Images};
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
    fn view(&self, lang: Lang, _: &mut Images) -> Value {
        print(self, lang)
    }
}

/// The partnership proposal: the three parties, the letter's paragraphs, the reasons as a list,
/// the manufacturer's items, the closing and the sender's signature.
fn print(d: &ProposalLetter, lang: Lang) -> Value {
    let cols = vec![numbers(d.items.len(), 7), mm(30, "left"), fr(1), mm(22, "right"), mm(14, "left")];
    let header: Vec<&str> =
        [L::col_no, L::col_sku, L::col_name, L::col_qty, L::col_unit].into_iter().map(|l| l.get(lang)).collect();
    let rows: Vec<Value> = d
        .items
        .iter()
        .enumerate()
        .map(|(i, x)| json!([(i + 1).to_string(), x.sku, x.name, quantity(x.quantity, lang), unit(&x.unit, lang)]))
        .collect();
    let mut paragraphs = vec![d.text.greeting.clone()];
    paragraphs.extend(d.text.body.iter().cloned());
    let asks: Vec<&str> = d.proposal.reasons.iter().map(|r| r.text.as_str()).collect();
    json!({
        "author": d.from.legal_name.as_ref().unwrap_or(&d.from.name),
        "parties": [party(L::from, &d.from, lang, false), party(L::to, &d.supplier, lang, false), party(L::to, &d.manufacturer, lang, false)],
        "paragraphs": paragraphs,
        "intro": d.text.why, "asks": asks,
        "columns": cols, "header": header, "groups": [{ "title": null, "rows": rows }],
        "notes": [d.text.closing],
        "signatures": [d.from.legal_name.as_ref().unwrap_or(&d.from.name).as_str()],
    })
}
