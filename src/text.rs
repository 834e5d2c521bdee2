//! The bottom floor's words: [`Text`], the type of every id, name and code, and [`Lang`], the
//! language a document or a sentence is written in. Every module above may use them; this
//! module uses none of them.

use serde::{Deserialize, Serialize};

/// Text in the model: ids, names, codes. Up to 23 bytes it is stored inline, without a heap
/// allocation: most ids, SKUs, currency and country codes are, which keeps a large project's
/// model small and its items close together in memory.
pub type Text = smol_str::SmolStr;

/// The language of a document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Russian.
    #[default]
    Ru,
    /// English.
    En,
}

impl Lang {
    /// One sentence in this language, from its two versions.
    pub fn say(self, en: String, ru: String) -> String {
        match self {
            Lang::En => en,
            Lang::Ru => ru,
        }
    }
}
