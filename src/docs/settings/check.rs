//! The checks of settings that need the project: dates, currencies and rates, the buyer, the
//! logo. Paths are JSON Pointers into the settings (or request) object.

use crate::codes::Code;
use crate::model::validate::{currency, date, incoterm};
use crate::model::Project;
use crate::problem::Problems;

use super::Settings;

/// Records every problem of `s` against `project`.
pub fn check(s: &Settings, project: &Project, p: &mut Problems) {
    match (&s.date, &project.project.date) {
        (Some(d), _) => date(d, "/date", p),
        (None, Some(_)) => {}
        (None, None) => p.push(
            Code::SettingsMissingDate,
            "/date",
            "The document needs a date: give `date` in the settings (the project has none, and the clock is never read).",
        ),
    }
    if let Some(d) = &s.ship_date {
        date(d, "/ship_date", p);
    }
    if let Some(d) = &s.valid_until {
        date(d, "/valid_until", p);
    }
    if let Some(c) = &s.currency {
        currency(c, "/currency", p);
    }
    for (i, r) in s.fx.iter().enumerate() {
        currency(&r.from, &format!("/fx/{i}/from"), p);
        currency(&r.to, &format!("/fx/{i}/to"), p);
    }
    if let Some(t) = &s.template {
        let limit = crate::limits::current().template_bytes;
        if let Some(problem) =
            crate::limits::exceeded(t.len() as u64, limit, Code::LimitTemplate, "/template", "bytes of template")
        {
            p.errors.push(problem);
        }
    }
    if let Some(t) = &s.incoterm {
        incoterm(t, "/incoterm", p);
    }
    for (i, c) in s.companies.iter().enumerate() {
        if c.id.is_empty() || c.id.contains('/') {
            p.push(Code::IdInvalid, format!("/companies/{i}/id"), "A company id must be non-empty and without `/`.");
        }
    }
    if let Some(b) = &s.buyer {
        if project.company(b).is_none() && !s.companies.iter().any(|c| c.id == *b) {
            p.push(
                Code::RefUnknownCompany,
                "/buyer",
                format!("The buyer \"{b}\" is neither in the project's `companies` nor in the settings' `companies`; add it there."),
            );
        }
    }
    if let Some(logo) = &s.branding.logo {
        if !project.assets.iter().any(|a| a.id == *logo) {
            p.push(
                Code::RefUnknownAsset,
                "/branding/logo",
                format!("The logo \"{logo}\" is not an asset of the project; add it to `assets`."),
            );
        }
    }
    if let Some(c) = &s.branding.accent {
        let hex = c.strip_prefix('#').unwrap_or("");
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            p.push(
                Code::ColourInvalid,
                "/branding/accent",
                format!("\"{c}\" is not a colour written #RRGGBB, like \"#1F4E79\"."),
            );
        }
    }
}
