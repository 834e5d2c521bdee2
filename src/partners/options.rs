//! What a recommendation may be told: its scope, what is already managed, rates, past
//! projects for co-occurrence, the language of its reasons and how long its lists are.

use schemars::JsonSchema;
use serde::de::MapAccess;
use serde::Serialize;

use crate::docs::settings::FxRate;
use crate::json::{object_reader, ObjReader, ReadObject, Slot};
use crate::model::Text;
use crate::money::words::Lang;

/// Options of `recommend` (`recommend-options`): every field optional.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(default, title = "recommend options")]
pub struct RecommendOptions {
    /// One segment (`{project}/{source}`) or unsourced group (`{project}/unsourced/{manufacturer}`)
    /// instead of the whole project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment: Option<Text>,
    /// Segments and unsourced groups a supplier already manages (a deal knows them): they need no one.
    pub managed: Vec<Text>,
    /// Rates from each line's currency into the project's, to weigh manufacturers by value
    /// when the lines are in several currencies.
    pub fx: Vec<FxRate>,
    /// Other projects of the host, for co-occurrence: which manufacturers appeared together.
    pub projects: Vec<PastProject>,
    /// The language of the reasons (default: the project's locale).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
    /// How many suppliers the ranking lists (default 10; the cover's are always explained).
    pub limit: u32,
    /// How many proposals per uncovered manufacturer (default 3).
    pub proposals: u32,
}

impl Default for RecommendOptions {
    fn default() -> Self {
        RecommendOptions {
            segment: None,
            managed: Vec::new(),
            fx: Vec::new(),
            projects: Vec::new(),
            language: None,
            limit: 10,
            proposals: 3,
        }
    }
}

impl RecommendOptions {
    /// The rate converting `from` into `to` (1 for the same currency).
    pub fn rate(&self, from: &str, to: &str) -> Option<rust_decimal::Decimal> {
        FxRate::find(&self.fx, from, to)
    }
}

/// The manufacturers of another project: evidence of which manufacturers go together.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct PastProject {
    /// Its id (for the reasons).
    pub id: Text,
    /// The manufacturers it used.
    pub manufacturers: Vec<Text>,
}

impl ReadObject for RecommendOptions {
    const WHAT: &'static str = "a recommend options object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut segment, mut managed, mut fx, mut projects) = (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        let (mut language, mut limit, mut proposals) = (Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "segment" => r.text(&key, &mut segment)?,
                "managed" => r.text_list("managed", &mut managed)?,
                "fx" => r.list("fx", &mut fx)?,
                "projects" => r.list("projects", &mut projects)?,
                "language" => r.choice(&key, &mut language)?,
                "limit" => r.integer(&key, 1000, &mut limit)?,
                "proposals" => r.integer(&key, 100, &mut proposals)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(RecommendOptions {
            segment: segment.get(),
            managed: managed.get().unwrap_or_default(),
            fx: fx.get().unwrap_or_default(),
            projects: projects.get().unwrap_or_default(),
            language: language.get(),
            limit: limit.get().unwrap_or(10),
            proposals: proposals.get().unwrap_or(3),
        })
    }
}

object_reader!(PastProject, "a project object", {
    id: text => required_text,
    manufacturers: text_list => required,
});
