//! Splitting a project into segments, one per supplying company, with their money totals,
//! boxes, weights and volume; and the diff between two versions of a project.
//!
//! Rules: `segments-and-money.md`. Amounts are rounded at the line, totals are sums of lines.

pub(crate) mod diff;
mod group;

pub use diff::{Diff, ItemChange, Moved, SegmentDiff};
pub use group::{LineWarning, Measures, Totals};

use rustc_hash::FxHashMap as HashMap;

use schemars::JsonSchema;
use serde::Serialize;

use crate::codes::Code;
use crate::error::Error;
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
    let mut by_source: HashMap<&str, (usize, bool)> = HashMap::default();
    let mut by_maker: HashMap<&str, usize> = HashMap::default();

    let mut minor = group::MinorUnits::default();
    let mut errors = Vec::new();
    for (i, item) in project.items.iter().enumerate() {
        let (measures, cross_border) = match &item.source {
            Some(source) => {
                let (at, cross_border) = *by_source.entry(source.as_str()).or_insert_with(|| {
                    let company = companies.get(source.as_str()).copied();
                    segments.push(Segment {
                        id: format!("{pid}/{source}"),
                        company: source,
                        name: company.map_or("", |c| c.name.as_str()),
                        kind: company.map_or(CompanyKind::Factory, |c| c.kind),
                        measures: Measures::default(),
                    });
                    (
                        segments.len().saturating_sub(1),
                        crate::model::validate::crosses_border(company, delivery_country),
                    )
                });
                (segments.get_mut(at).map(|s| &mut s.measures), cross_border)
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
                    unsourced.len().saturating_sub(1)
                });
                // With no source there is no border to cross yet.
                (unsourced.get_mut(at).map(|g| &mut g.measures), false)
            }
        };
        let Some(measures) = measures else { continue };
        if measures.add(item, cross_border, &mut minor, rounding).is_none() {
            errors.push(Problem::new(
                Code::AmountOverflow,
                format!("/items/{i}"),
                format!(
                    "The amounts of item \"{}\" are too large to compute exactly (28 digits); check its quantity, price and packages.",
                    item.id
                ),
            ));
        }
    }
    let groups = segments.iter_mut().map(|s| (s.id.as_str(), &mut s.measures));
    for (id, m) in groups.chain(unsourced.iter_mut().map(|g| (g.id.as_str(), &mut g.measures))) {
        if m.finish().is_none() {
            errors.push(Problem::new(
                Code::AmountOverflow,
                "/items",
                format!("The totals of \"{id}\" are too large to compute exactly (28 digits); check its quantities, prices and packages."),
            ));
        }
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

/// Splits a checked project into segments with the default (commercial) rounding.
pub fn split(project: &Project) -> Result<Segmentation<'_>, Error> {
    segment(project, Rounding::default()).map_err(Error::Rejected)
}

/// Splits `project` and compares it with the `previous` version.
pub fn segment_against<'a>(project: &'a Project, previous: &Project) -> Result<Segmentation<'a>, Error> {
    let mut new = split(project)?;
    let old = split(previous).map_err(|e| e.in_input(crate::problem::Input::Previous))?;
    new.diff = Some(diff::diff_of(previous, &old, project, &new));
    Ok(new)
}
