//! Splitting a project into segments, one per supplying company, with their money totals,
//! boxes, weights and volume; and the diff between two versions of a project.
//!
//! Rules: `segments-and-money.md`. Amounts are rounded at the line, totals are sums of lines.

pub(crate) mod diff;
mod group;

pub use diff::{Diff, ItemChange, Moved, SegmentDiff};
pub use group::{Line, LineWarning, Measures, Totals};

use std::collections::HashMap;

use schemars::JsonSchema;
use serde::Serialize;

use crate::codes::Code;
use crate::model::{CompanyKind, Project};
use crate::money::Rounding;
use crate::problem::Problem;

/// A project split into segments (`bureau segment`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Segmentation<'a> {
    /// Which project.
    pub project: ProjectSummary<'a>,
    /// One segment per source, in order of first appearance in `items`.
    pub segments: Vec<Segment<'a>>,
    /// Items with no source, grouped by manufacturer: what a supplier must be invited for.
    pub unsourced: Vec<UnsourcedGroup<'a>>,
    /// Changes against a previous version of the project, when one was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<Diff>,
}

/// The project a segmentation is of.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ProjectSummary<'a> {
    /// Project id.
    pub id: &'a str,
    /// Project name.
    pub name: &'a str,
    /// Owner's company id.
    pub owner: &'a str,
    /// Currency of client-facing totals.
    pub currency: &'a str,
}

/// The part of a project that one company delivers.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Segment<'a> {
    /// `"{project id}/{source id}"`.
    pub id: String,
    /// The source's company id.
    pub company: &'a str,
    /// The source's name.
    pub name: &'a str,
    /// The source's kind.
    pub kind: CompanyKind,
    /// Figures of the segment.
    #[serde(flatten)]
    pub measures: Measures<'a>,
}

/// Unsourced items of one manufacturer.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct UnsourcedGroup<'a> {
    /// `"{project id}/unsourced/{manufacturer id}"`.
    pub id: String,
    /// The manufacturer's company id.
    pub manufacturer: &'a str,
    /// The manufacturer's name.
    pub name: &'a str,
    /// Figures of the group.
    #[serde(flatten)]
    pub measures: Measures<'a>,
}

/// Splits a validated project into segments and unsourced groups.
///
/// Fails only when an amount does not fit in 28 digits (`amount.overflow`).
pub fn segment(project: &Project, rounding: Rounding) -> Result<Segmentation<'_>, Vec<Problem>> {
    let pid = project.project.id.as_str();
    let companies: HashMap<&str, &crate::model::Company> =
        project.companies.iter().map(|c| (c.id.as_str(), c)).collect();
    let delivery_country = project.project.delivery.as_ref().map(|d| d.country.as_str());
    let mut segments: Vec<Segment<'_>> = Vec::new();
    let mut unsourced: Vec<UnsourcedGroup<'_>> = Vec::new();
    let mut by_source: HashMap<&str, usize> = HashMap::new();
    let mut by_maker: HashMap<&str, usize> = HashMap::new();
    let mut minor = group::MinorUnits::default();
    let mut errors = Vec::new();

    for (i, item) in project.items.iter().enumerate() {
        let measures = match &item.source {
            Some(source) => {
                let company = companies.get(source.as_str()).copied();
                let at = *by_source.entry(source.as_str()).or_insert_with(|| {
                    segments.push(Segment {
                        id: format!("{pid}/{source}"),
                        company: source,
                        name: company.map_or("", |c| c.name.as_str()),
                        kind: company.map_or(CompanyKind::Factory, |c| c.kind),
                        measures: Measures::default(),
                    });
                    segments.len() - 1
                });
                segments.get_mut(at).map(|s| &mut s.measures)
            }
            None => {
                let maker = item.manufacturer.as_str();
                let at = *by_maker.entry(maker).or_insert_with(|| {
                    unsourced.push(UnsourcedGroup {
                        id: format!("{pid}/unsourced/{maker}"),
                        manufacturer: maker,
                        name: companies.get(maker).map_or("", |c| c.name.as_str()),
                        measures: Measures::default(),
                    });
                    unsourced.len() - 1
                });
                unsourced.get_mut(at).map(|g| &mut g.measures)
            }
        };
        let Some(measures) = measures else { continue };
        let source_country = item.source.as_deref().and_then(|s| companies.get(s)).and_then(|c| c.country.as_deref());
        let cross_border = matches!((source_country, delivery_country), (Some(a), Some(b)) if a != b);
        if measures.add(item, cross_border, &mut minor, rounding).is_none() {
            errors.push(Problem::new(
                Code::AmountOverflow,
                format!("/items/{i}"),
                format!("The amounts of item \"{}\" are too large to compute exactly (28 digits); check its quantity, price and packages.", item.id),
            ));
        }
    }
    for m in segments.iter_mut().map(|s| &mut s.measures).chain(unsourced.iter_mut().map(|g| &mut g.measures)) {
        m.finish();
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Segmentation {
        project: ProjectSummary {
            id: pid,
            name: &project.project.name,
            owner: &project.project.owner,
            currency: &project.project.currency,
        },
        segments,
        unsourced,
        diff: None,
    })
}
