//! The sentences of a recommendation, in Russian and English. Every number in them comes
//! computed; this file only words it.

use rust_decimal::Decimal;

use super::rank::Criterion;
use crate::docs::format::{date, percent};
use crate::money::words::Lang;

/// A share (0–1) as a percentage with two decimals: `83,33 %` / `83.33%`.
pub(super) fn share(s: Decimal, lang: Lang) -> String {
    let mut p = s.checked_mul(Decimal::ONE_HUNDRED).unwrap_or(Decimal::ONE_HUNDRED).round_dp(2);
    p.rescale(2);
    percent(p.normalize(), lang)
}

/// `a`, `a and b`, `a, b and c`.
pub(super) fn list(names: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Ru => " и ",
        Lang::En => " and ",
    };
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
    }
}

/// One partnership: `Fabbrica Verdi (since 15 September 2022, discount 30%)`.
pub(super) fn partnership(name: &str, since: Option<&str>, discount: Option<Decimal>, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(s) = since {
        parts.push(match lang {
            Lang::Ru => format!("с {}", date(s, lang)),
            Lang::En => format!("since {}", date(s, lang)),
        });
    }
    if let Some(d) = discount {
        parts.push(match lang {
            Lang::Ru => format!("скидка {}", percent(d, lang)),
            Lang::En => format!("discount {}", percent(d, lang)),
        });
    }
    if parts.is_empty() {
        name.to_string()
    } else {
        format!("{name} ({})", parts.join(", "))
    }
}

/// What a supplier covers.
pub(super) fn covers(partnerships: &[String], lang: Lang) -> String {
    match lang {
        Lang::Ru => format!("Действующее партнёрство: {}.", list(partnerships, lang)),
        Lang::En => format!("Active partnership with {}.", list(partnerships, lang)),
    }
}

/// The share a supplier covers: `2 of 3 manufacturers needing a supplier, 83.33% of the value`.
pub(super) fn covered(n: usize, of: usize, s: Decimal, by_lines: bool, lang: Lang) -> String {
    let s = share(s, lang);
    match (lang, by_lines) {
        (Lang::Ru, false) => format!("Покрывает производителей, которым нужен поставщик: {n} из {of}, {s} стоимости."),
        (Lang::Ru, true) => format!("Покрывает производителей, которым нужен поставщик: {n} из {of}, {s} позиций."),
        (Lang::En, false) => format!("Covers {n} of {of} manufacturers needing a supplier: {s} of the value."),
        (Lang::En, true) => format!("Covers {n} of {of} manufacturers needing a supplier: {s} of the lines."),
    }
}

/// The discount, weighted by value (or by lines).
pub(super) fn discount(d: Decimal, by_lines: bool, lang: Lang) -> String {
    let d = percent(d, lang);
    match (lang, by_lines) {
        (Lang::Ru, false) => format!("Скидка производителей, взвешенная по стоимости: {d}."),
        (Lang::Ru, true) => format!("Скидка производителей, взвешенная по числу позиций: {d}."),
        (Lang::En, false) => format!("Manufacturers' discount, weighted by value: {d}."),
        (Lang::En, true) => format!("Manufacturers' discount, weighted by lines: {d}."),
    }
}

/// Whether a supplier serves the delivery region.
pub(super) fn region(region: &str, serves: bool, lang: Lang) -> String {
    match (lang, serves) {
        (Lang::Ru, true) => format!("Работает в регионе доставки {region}."),
        (Lang::Ru, false) => format!("Не работает в регионе доставки {region}."),
        (Lang::En, true) => format!("Serves the delivery region {region}."),
        (Lang::En, false) => format!("Does not serve the delivery region {region}."),
    }
}

/// A rating.
pub(super) fn rating(r: Option<Decimal>, lang: Lang) -> String {
    match (lang, r) {
        (Lang::Ru, Some(r)) => format!("Рейтинг {}.", crate::docs::format::quantity(r, lang)),
        (Lang::Ru, None) => "Рейтинга нет.".into(),
        (Lang::En, Some(r)) => format!("Rating {}.", crate::docs::format::quantity(r, lang)),
        (Lang::En, None) => "No rating.".into(),
    }
}

/// Where a supplier ranks, and why: the comparisons with its neighbours, joined.
pub(super) fn place(place: usize, comparisons: &[String], lang: Lang) -> String {
    match lang {
        Lang::Ru => format!("Место {place}: {}.", comparisons.join("; ")),
        Lang::En => format!("Place {place}: {}.", comparisons.join("; ")),
    }
}

/// Why one supplier ranks above or below another: the first criterion that tells them apart.
pub(super) fn rank(other: &str, ahead: bool, criterion: Criterion, mine: &str, theirs: &str, lang: Lang) -> String {
    match lang {
        Lang::Ru => {
            let side = if ahead { "выше" } else { "ниже" };
            let why = match criterion {
                Criterion::Share => format!("по доле: {mine} против {theirs}"),
                Criterion::Discount => format!("при равной доле, по скидке: {mine} против {theirs}"),
                Criterion::Region => format!("при равных доле и скидке, по региону доставки: {mine} против {theirs}"),
                Criterion::Rating => format!("при равных доле, скидке и региону, по рейтингу: {mine} против {theirs}"),
                Criterion::Id => format!("при равенстве во всём остальном, по идентификатору: {mine} против {theirs}"),
            };
            format!("{side}, чем {other}, {why}")
        }
        Lang::En => {
            let side = if ahead { "ahead of" } else { "behind" };
            let why = match criterion {
                Criterion::Share => format!("on share: {mine} against {theirs}"),
                Criterion::Discount => format!("with an equal share, on discount: {mine} against {theirs}"),
                Criterion::Region => {
                    format!("with equal share and discount, on the delivery region: {mine} against {theirs}")
                }
                Criterion::Rating => {
                    format!("with equal share, discount and region, on rating: {mine} against {theirs}")
                }
                Criterion::Id => format!("equal in all else, on id: {mine} against {theirs}"),
            };
            format!("{side} {other} {why}")
        }
    }
}

/// Yes or no for the region comparison.
pub(super) fn serves(yes: bool, lang: Lang) -> String {
    match (lang, yes) {
        (Lang::Ru, true) => "работает в регионе".into(),
        (Lang::Ru, false) => "не работает в регионе".into(),
        (Lang::En, true) => "serves it".into(),
        (Lang::En, false) => "does not".into(),
    }
}

/// What the cover is.
pub(super) fn cover(suppliers: &[String], manufacturers: &[String], lang: Lang) -> String {
    let (s, m) = (list(suppliers, lang), list(manufacturers, lang));
    match (lang, suppliers.len()) {
        (Lang::Ru, 1) => format!("{s} в одиночку покрывает всех производителей, у которых есть действующий партнёр: {m}."),
        (Lang::Ru, n) => format!("Вместе покрывают всех производителей, у которых есть действующий партнёр ({m}), поставщики: {s} (всего {n})."),
        (Lang::En, 1) => format!("{s} alone covers every manufacturer that has an active partner: {m}."),
        (Lang::En, n) => format!("{n} suppliers together cover every manufacturer that has an active partner: {s}; manufacturers: {m}."),
    }
}

/// How sure the cover is.
pub(super) fn proof(size: usize, exact: bool, lower_bound: usize, ratio: Decimal, lang: Lang) -> String {
    match (lang, exact) {
        (Lang::Ru, true) if size == 1 => "Это минимум: меньше одного поставщика не бывает.".into(),
        (Lang::Ru, true) => format!("Доказанный минимум: меньшим числом поставщиков ({}) всех не покрыть.", size.saturating_sub(1)),
        (Lang::Ru, false) => format!(
            "Жадный ответ, минимум не доказан: нужно не меньше {lower_bound}, и жадный ответ не более чем в {} раза больше минимума.",
            crate::docs::format::quantity(ratio, lang)
        ),
        (Lang::En, true) if size == 1 => "This is the minimum: no cover takes fewer than one supplier.".into(),
        (Lang::En, true) => format!("Proven minimal: no {} suppliers cover them all.", size.saturating_sub(1)),
        (Lang::En, false) => format!(
            "A greedy answer, not proven minimal: at least {lower_bound} are needed, and greedy is at most {} times the minimum.",
            crate::docs::format::quantity(ratio, lang)
        ),
    }
}

/// Manufacturers no active partner covers.
pub(super) fn uncovered(names: &[String], lang: Lang) -> String {
    match lang {
        Lang::Ru => format!(
            "Ни один поставщик не имеет действующего партнёрства с {}: см. предложения партнёрства.",
            list(names, lang)
        ),
        Lang::En => {
            format!("No supplier has an active partnership with {}: see the partnership proposals.", list(names, lang))
        }
    }
}

/// Why the shares count lines, not value.
pub(super) fn lines_because(because: &super::needs::LinesBecause, lang: Lang) -> String {
    use super::needs::LinesBecause;
    match (lang, because) {
        (Lang::Ru, LinesBecause::Unpriced(id)) => format!("Доли считаются по числу позиций: у позиции {id} нет цены."),
        (Lang::Ru, LinesBecause::NoRate(a, b)) => {
            format!("Доли считаются по числу позиций: нет курса {a} → {b} (добавьте его в fx).")
        }
        (Lang::En, LinesBecause::Unpriced(id)) => format!("Shares count lines: item {id} has no price."),
        (Lang::En, LinesBecause::NoRate(a, b)) => {
            format!("Shares count lines: there is no {a} → {b} rate (add it to fx).")
        }
    }
}

/// A proposal's reasons.
pub(super) mod proposal {
    use super::*;

    /// A pending partnership with the manufacturer.
    pub(crate) fn pending(m: &str, since: Option<&str>, lang: Lang) -> String {
        let since = since.map(|s| date(s, lang));
        match (lang, since) {
            (Lang::Ru, Some(s)) => format!("Уже запросил партнёрство с {m} ({s}): запрос ожидает ответа."),
            (Lang::Ru, None) => format!("Уже запросил партнёрство с {m}: запрос ожидает ответа."),
            (Lang::En, Some(s)) => format!("Has asked {m} for a partnership ({s}); it is pending."),
            (Lang::En, None) => format!("Has asked {m} for a partnership; it is pending."),
        }
    }

    /// A partnership that expired.
    pub(crate) fn expired(m: &str, since: Option<&str>, lang: Lang) -> String {
        let since = since.map(|s| date(s, lang));
        match (lang, since) {
            (Lang::Ru, Some(s)) => format!("Был партнёром {m} (с {s}); партнёрство истекло."),
            (Lang::Ru, None) => format!("Был партнёром {m}; партнёрство истекло."),
            (Lang::En, Some(s)) => format!("Was a partner of {m} (since {s}); the partnership expired."),
            (Lang::En, None) => format!("Was a partner of {m}; the partnership expired."),
        }
    }

    /// Partners of the same country.
    pub(crate) fn country(n: u32, country: &str, examples: &[String], lang: Lang) -> String {
        let ex = list(examples, lang);
        match lang {
            Lang::Ru => format!("Действующие партнёрства с производителями из {country}: {n} ({ex})."),
            Lang::En => format!("Active partnerships with manufacturers from {country}: {n} ({ex})."),
        }
    }

    /// Partners that appear in the same projects.
    pub(crate) fn co_occurrence(m: &str, with: &[String], projects: u32, lang: Lang) -> String {
        let w = list(with, lang);
        match lang {
            Lang::Ru => format!("Работает с {w}: они встречаются в одних проектах с {m} (общих проектов с партнёрами: {projects})."),
            Lang::En => format!("Works with {w}, which appear in the same projects as {m} (projects shared with its partners: {projects})."),
        }
    }
}

/// The size is proven, the choice among covers of that size is not.
pub(super) fn ties(lang: Lang) -> String {
    match lang {
        Lang::Ru => "Среди покрытий этого размера выбрано лучшее из найденных за отведённый поиск: что нет покрытия с большей суммарной долей, не доказано.".into(),
        Lang::En => "Among covers of this size, the best found within the search limit: that none has a larger summed share is not proven.".into(),
    }
}
