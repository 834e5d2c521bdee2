//! A partnership proposal as a letter to both sides: the supplier and the manufacturer, from the
//! project's owner, with the reasons the engine found and the items that need them.

use schemars::JsonSchema;
use serde::Serialize;

use super::{Head, ItemLine, Party};
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
