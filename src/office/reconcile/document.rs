//! The reconciliation as a document: the one-page report a supplier sends back to the factory,
//! with every difference between what was asked and what was quoted. Its model and its print
//! form live here, beside the reconciliation; the document kit (`crate::docs`) lays it out and
//! renders it.

#![allow(clippy::arithmetic_side_effects, reason = "line numbers of a document bounded by the lines limit")]

use schemars::JsonSchema;
use serde::Serialize;

use super::{LineStatus, ReconcileSettings, Reconciliation};
use crate::codes::Code;
use crate::docs::format::{date, money, number, percent, quantity, Day};
use crate::docs::labels::{unit, L};
use crate::docs::model::{company_in, Head, Party};
use crate::docs::sheet::{Table, Value};
use crate::docs::view::{fr, header, meta, mm, numbers, party, Body, Cell, Group, Images, TotalRow};
use crate::model::{Proforma, Project, Text};
use crate::money::words::Lang;
use crate::problem::Problem;

/// A reconciliation report as a document.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ReconciliationDocument {
    /// Number, date, language, title, project, segment.
    #[serde(flatten)]
    pub head: Head,
    /// Who asked: the managing supplier (the settings' buyer), else the project's owner.
    pub from: Party,
    /// The proforma's issuer.
    pub to: Party,
    /// The proforma's date.
    pub proforma_date: Text,
    /// The report.
    pub report: Reconciliation,
}

/// The report on `proforma` as a document with `settings` (its date: the settings', else the
/// proforma's), and that date. Problems name the input `settings`.
pub(crate) fn document(
    project: &Project,
    proforma: &Proforma,
    report: Reconciliation,
    s: &ReconcileSettings,
) -> Result<(ReconciliationDocument, Day), Vec<Problem>> {
    let settings = &s.settings;
    let mut problems = crate::docs::check(project, settings, None)
        .into_iter()
        .filter(|p| p.code != Code::SettingsMissingDate)
        .map(|p| Problem { input: Some(crate::problem::Input::Settings), ..p })
        .collect::<Vec<_>>();
    let date = settings.date.clone().unwrap_or_else(|| proforma.date.clone());
    let Some(day) = crate::docs::format::parse_date(&date) else {
        problems.push(Problem {
            input: Some(crate::problem::Input::Settings),
            ..Problem::new(Code::DateInvalid, "/date", format!("\"{date}\" is not a date written YYYY-MM-DD."))
        });
        return Err(problems);
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let company = |id: &str| company_in(project, settings, id);
    let lang = crate::docs::language(project, settings);
    let number = settings.number.as_deref().map_or_else(|| format!("RC-{}", proforma.number), str::to_string);
    let document = ReconciliationDocument {
        head: Head {
            number,
            date: Text::new(&date),
            language: lang,
            title: L::reconciliation.get(lang),
            project: project.project.id.clone(),
            project_name: project.project.name.clone(),
            segment: Some(report.segment.clone()),
        },
        from: company(settings.buyer.as_deref().unwrap_or(&project.project.owner)).map(Party::from).unwrap_or_default(),
        to: company(&proforma.issuer).map(Party::from).unwrap_or_default(),
        proforma_date: proforma.date.clone(),
        report,
    };
    Ok((document, day))
}

impl crate::docs::Form for ReconciliationDocument {
    fn kind(&self) -> &'static str {
        "reconciliation"
    }
    fn head(&self) -> &Head {
        &self.head
    }
    fn view(&self, lang: Lang, _: &mut Images) -> Body {
        print(self, lang)
    }
    fn sheet(&self, lang: Lang) -> Option<Table> {
        Some(table(self, lang))
    }
}

fn status_label(s: LineStatus) -> L {
    match s {
        LineStatus::Accepted => L::st_accepted,
        LineStatus::Changed => L::st_changed,
        LineStatus::Missing => L::st_missing,
        LineStatus::Added => L::st_added,
    }
}

fn field_label(field: &str) -> L {
    match field {
        "unit_price" => L::f_unit_price,
        "discount_pct" => L::f_discount,
        "quantity" => L::f_quantity,
        "unit" => L::f_unit,
        _ => L::f_lead_time,
    }
}

/// The report as a table: each line with its status, the requested and quoted nets, the
/// effect and what changed (the values as the report states them); the sums under them.
fn table(d: &ReconciliationDocument, lang: Lang) -> Table {
    let r = &d.report;
    let dp = crate::money::currency_minor_units(&r.currency).unwrap_or(2);
    let cols = [
        L::col_no,
        L::col_item,
        L::col_sku,
        L::col_name,
        L::col_status,
        L::col_requested,
        L::col_quoted,
        L::col_effect,
        L::col_changes,
    ];
    let mut t = Table::new(d.head.title, lang, &cols);
    for (i, l) in r.lines.iter().enumerate() {
        let changes = l
            .changes
            .iter()
            .map(|c| {
                let v = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
                format!("{}: {} › {}", field_label(c.field).get(lang), v(&c.requested), v(&c.quoted))
            })
            .collect::<Vec<_>>()
            .join("; ");
        let net = |a: &Option<crate::money::LineAmounts>| a.as_ref().map_or(Value::Empty, |a| Value::money(a.net, dp));
        t.rows.push(vec![
            Value::int((i + 1) as u64),
            Value::text(l.item.as_deref().unwrap_or("")),
            Value::text(l.sku.as_str()),
            Value::text(l.name.as_deref().unwrap_or("")),
            Value::text(status_label(l.status).get(lang)),
            net(&l.requested),
            net(&l.quoted),
            Value::money(l.effect, dp),
            Value::text(changes),
        ]);
    }
    t.total(L::requested_net.get(lang), 3, 5, Value::money(r.requested_net, dp));
    t.total(L::quoted_net.get(lang), 3, 6, Value::money(r.quoted_net, dp));
    t.total(L::effect.get(lang), 3, 7, Value::money(r.effect, dp));
    t.fact(L::number, Value::text(d.head.number.as_str()));
    t.fact(L::date, Value::date(&d.head.date));
    t.fact(L::project, Value::text(format!("{} ({})", d.head.project_name, d.head.project)));
    t.fact(L::segment, Value::text(r.segment.as_str()));
    t.fact(L::proforma_no, Value::text(r.number.as_str()));
    t.fact(L::dated, Value::date(&d.proforma_date));
    t.fact(L::from, Value::text(d.from.legal_name.as_ref().unwrap_or(&d.from.name).as_str()));
    t.fact(L::to, Value::text(d.to.legal_name.as_ref().unwrap_or(&d.to.name).as_str()));
    t.fact(L::currency, Value::text(r.currency.as_str()));
    if let Some(w) = r.lead_time_weeks {
        t.fact(L::longest_lead, Value::int(w));
    }
    for a in &r.arithmetic {
        let field = match a.field {
            "net" => L::net_total,
            "vat" => L::vat,
            _ => L::total_due,
        };
        t.fact(L::arithmetic, Value::text(format!("{}: {} ≠ {}", field.get(lang), a.stated, a.computed)));
    }
    t
}

/// The reconciliation report: one row per line with its status, what changed ("requested ›
/// quoted": Noto Sans has no arrows) and its money effect; the sums, the lead time, and the
/// proforma's arithmetic.
fn print(d: &ReconciliationDocument, lang: Lang) -> Body {
    let r = &d.report;
    let cur = r.currency.as_str();
    let cols = vec![numbers(r.lines.len(), 7), mm(26, "left"), fr(1), mm(28, "left"), fr(1), mm(24, "right")];
    let head = header(&[L::col_no, L::col_sku, L::col_name, L::col_status, L::col_changes, L::col_effect], lang);
    let value = |field: &str, v: &Option<String>| -> String {
        let Some(v) = v else { return "—".into() };
        match (field, v.parse::<rust_decimal::Decimal>()) {
            ("unit_price", Ok(x)) => number(x, lang),
            ("discount_pct", Ok(x)) => percent(x, lang),
            ("quantity", Ok(x)) => quantity(x, lang),
            ("unit", _) => unit(v, lang).to_string(),
            _ => v.clone(),
        }
    };
    let rows: Vec<Vec<Cell>> = r
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let status = status_label(l.status);
            let changes = l
                .changes
                .iter()
                .map(|c| {
                    format!(
                        "{}: {} › {}",
                        field_label(c.field).get(lang),
                        value(c.field, &c.requested),
                        value(c.field, &c.quoted)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            vec![
                Cell::text((i + 1).to_string()),
                Cell::text(l.sku.as_str()),
                Cell::text(l.name.as_deref().unwrap_or("")),
                Cell::text(status.get(lang)),
                Cell::text(changes),
                Cell::text(if l.effect.is_zero() { String::new() } else { number(l.effect, lang) }),
            ]
        })
        .collect();
    let m = |x| money(x, cur, lang);
    let mut totals = vec![
        TotalRow::new(L::requested_net.get(lang), m(r.requested_net)),
        TotalRow::new(L::quoted_net.get(lang), m(r.quoted_net)),
        TotalRow::strong(L::effect.get(lang), m(r.effect)),
    ];
    if let Some(w) = r.lead_time_weeks {
        let was = r.requested_lead_time_weeks.map_or_else(String::new, |x| format!("{x} › "));
        totals.push(TotalRow::new(L::longest_lead.get(lang), format!("{was}{w}")));
    }
    let notes: Vec<String> = r
        .arithmetic
        .iter()
        .map(|a| {
            let field = match a.field {
                "net" => L::net_total,
                "vat" => L::vat,
                _ => L::total_due,
            };
            format!(
                "{}: {} — {} {}, {} {}",
                L::arithmetic.get(lang),
                field.get(lang),
                L::stated.get(lang),
                m(a.stated),
                L::computed.get(lang),
                m(a.computed)
            )
        })
        .collect();
    let number_line =
        format!("{} {} {} {}", L::number.get(lang), r.number, L::dated.get(lang), date(&d.proforma_date, lang));
    Body {
        author: d.from.legal_name.as_ref().unwrap_or(&d.from.name).to_string(),
        meta: vec![
            meta(L::proforma_no, lang, number_line),
            meta(L::segment, lang, r.segment.as_str()),
            meta(L::currency, lang, cur),
        ],
        parties: vec![party(L::from, &d.from, lang, false), party(L::to, &d.to, lang, false)],
        columns: cols,
        header: head,
        groups: vec![Group::untitled(rows)],
        totals,
        notes,
        ..Body::default()
    }
}
