//! A proposal as a letter to both sides (PDF through the documents engine, Russian or English):
//! from the project's owner to the supplier and the manufacturer, with the reasons and the
//! manufacturer's items that need a supplier.

use schemars::JsonSchema;
use serde::de::MapAccess;
use serde::Serialize;

mod form;

pub use form::{LetterText, ProposalLetter};

use super::index::PartnerIndex;
use super::options::{PastProject, RecommendOptions};
use crate::codes::Code;
use crate::docs::model::{Head, ItemLine, Party};
use crate::docs::settings::read::SettingsSlots;
use crate::docs::settings::{Output, Settings};
use crate::json::{ObjReader, ReadObject, Slot};
use crate::model::{Project, Text};
use crate::money::words::Lang;
use crate::problem::Problem;

/// A letter request (`letter-request`): which proposal, and the document settings.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "letter request")]
pub struct LetterRequest {
    /// The manufacturer no supplier covers.
    pub manufacturer: Text,
    /// The proposed supplier (default: the first proposal).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supplier: Option<Text>,
    /// The host's other projects, as for `recommend` (they change the reasons).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<PastProject>,
    /// `pdf` (default), `png` or `json` (the letter's model).
    #[schemars(default)]
    pub format: Output,
    /// The page a PNG preview shows, from 1.
    #[schemars(default)]
    pub page: u32,
    /// `date`, `number`, `language`, `branding`, `paper`, …
    #[serde(flatten)]
    pub settings: Settings,
}

impl ReadObject for LetterRequest {
    const WHAT: &'static str = "a letter request object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let mut s = SettingsSlots::default();
        let (mut manufacturer, mut supplier, mut projects) = (Slot::Absent, Slot::Absent, Slot::Absent);
        let (mut format, mut page) = (Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "manufacturer" => r.text(&key, &mut manufacturer)?,
                "supplier" => r.text(&key, &mut supplier)?,
                "projects" => r.list("projects", &mut projects)?,
                "format" => r.choice(&key, &mut format)?,
                "page" => r.integer(&key, 10_000, &mut page)?,
                _ => {
                    if !s.read(&key, r)? {
                        r.unknown(&key)?;
                    }
                }
            }
        }
        Ok(LetterRequest {
            manufacturer: r.required_text("manufacturer", manufacturer),
            supplier: supplier.get(),
            projects: projects.get().unwrap_or_default(),
            format: format.get().unwrap_or_default(),
            page: page.get().unwrap_or(1).max(1),
            settings: s.finish(),
        })
    }
}

fn problem(code: Code, path: &str, message: String) -> Problem {
    Problem { input: Some(crate::problem::Input::Request), ..Problem::new(code, path, message) }
}

/// The letter's model for a checked project, or what stops it.
pub(crate) fn letter(
    project: &Project,
    index: &PartnerIndex,
    r: &LetterRequest,
) -> Result<ProposalLetter, Vec<Problem>> {
    let settings = &r.settings;
    let mut problems = crate::docs::check(project, settings, None);
    let lang = crate::docs::language(project, settings);
    let o =
        RecommendOptions { projects: r.projects.clone(), language: Some(lang), proposals: 100, ..Default::default() };
    let m = r.manufacturer.as_str();
    let needs = match super::needs::needs(project, &o) {
        Ok(needs) => needs,
        Err(mut overflow) => {
            problems.append(&mut overflow);
            return Err(problems);
        }
    };
    let need = needs.list.iter().find(|n| n.manufacturer == m);
    let covered = need.is_some_and(|_| {
        index
            .number(m)
            .is_some_and(|n| index.links_of(n).iter().any(|l| l.status == crate::model::PartnershipStatus::Active))
    });
    let Some(need) = need.filter(|_| !covered) else {
        let uncovered: Vec<&str> = needs
            .list
            .iter()
            .map(|n| n.manufacturer)
            .filter(|x| {
                index.number(x).is_none_or(|n| {
                    index.links_of(n).iter().all(|l| l.status != crate::model::PartnershipStatus::Active)
                })
            })
            .collect();
        problems.push(problem(
            Code::ProposalUnknown,
            "/manufacturer",
            format!(
                "\"{m}\" is not a manufacturer of this project that no supplier covers; proposals are made for: {}.",
                if uncovered.is_empty() { "none".to_string() } else { uncovered.join(", ") }
            ),
        ));
        return Err(problems);
    };
    let region = project.project.delivery.as_ref().and_then(|d| d.region.as_deref());
    let proposals = super::proposals::propose(index, project, &o, m, region, lang);
    let chosen = match &r.supplier {
        Some(s) => proposals.iter().find(|p| p.supplier == *s),
        None => proposals.first(),
    };
    let Some(proposal) = chosen.cloned() else {
        let ids: Vec<&str> = proposals.iter().map(|p| p.supplier.as_str()).collect();
        problems.push(problem(
            Code::ProposalUnknown,
            if r.supplier.is_some() { "/supplier" } else { "/manufacturer" },
            format!(
                "The directory holds no evidence for proposing {} to \"{m}\"; proposed: {}.",
                r.supplier.as_deref().map_or("a supplier".to_string(), |s| format!("\"{s}\"")),
                if ids.is_empty() { "none".to_string() } else { ids.join(", ") }
            ),
        ));
        return Err(problems);
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let party = |id: &str| {
        crate::docs::model::company_in(project, settings, id)
            .map(Party::from)
            .or_else(|| index.find(id).map(|c| Party::from(&c.company)))
            .unwrap_or_else(|| Party { id: Some(Text::new(id)), name: Text::new(id), ..Party::default() })
    };
    let from = party(&project.project.owner);
    let date = settings.date.clone().or_else(|| project.project.date.clone()).unwrap_or_default();
    let number = settings
        .number
        .as_ref()
        .map_or_else(|| format!("PP-{}-{m}-{}", project.project.id, proposal.supplier), |n| n.to_string());
    let items: Vec<ItemLine> = need
        .items
        .iter()
        .filter_map(|&i| project.items.get(i))
        .map(|i| ItemLine {
            item: i.id.clone(),
            sku: i.sku.clone(),
            name: i.name.clone(),
            quantity: i.quantity,
            unit: i.unit.clone().unwrap_or_else(|| Text::new("pcs")),
        })
        .collect();
    let text = words(project, &proposal.supplier_name, &proposal.manufacturer_name, &from.name, lang);
    Ok(ProposalLetter {
        head: Head {
            number,
            date: Text::new(&date),
            language: lang,
            title: crate::docs::labels::L::proposal_letter.get(lang),
            project: project.project.id.clone(),
            project_name: project.project.name.clone(),
            segment: need.groups.first().cloned(),
        },
        from,
        supplier: party(&proposal.supplier),
        manufacturer: party(m),
        proposal,
        items,
        text,
    })
}

fn words(project: &Project, supplier: &str, manufacturer: &str, from: &str, lang: Lang) -> LetterText {
    let p = &project.project.name;
    match lang {
        Lang::Ru => LetterText {
            greeting: format!("Уважаемые коллеги из {supplier} и {manufacturer}!"),
            body: vec![
                format!("В проекте «{p}» есть изделия {manufacturer}, перечисленные ниже. Ни у одного поставщика в нашем каталоге партнёров нет действующего партнёрства с {manufacturer}, а заказать их у фабрики напрямую мы не можем: это делает поставщик с коммерческими функциями."),
                format!("Мы предлагаем {supplier} и {manufacturer} установить партнёрство. Тогда {supplier} сможет запросить проформу, поставить эти изделия и вести сегмент проекта."),
            ],
            why: format!("Почему {supplier}"),
            closing: format!("Если предложение вам интересно, ответьте на это письмо, и {from} передаст контакты обеим сторонам."),
        },
        Lang::En => LetterText {
            greeting: format!("Dear colleagues at {supplier} and {manufacturer},"),
            body: vec![
                format!("The project “{p}” includes the {manufacturer} products listed below. No supplier in our partner directory has an active partnership with {manufacturer}, and we cannot order from the factory directly: that takes a supplier with commercial functions."),
                format!("We propose that {supplier} and {manufacturer} enter a partnership. {supplier} could then request a proforma, deliver these products and manage this part of the project."),
            ],
            why: format!("Why {supplier}"),
            closing: format!("If the proposal interests you, reply to this letter and {from} will put both sides in touch."),
        },
    }
}
