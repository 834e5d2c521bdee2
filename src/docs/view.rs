//! The print form of a document model: every string already formatted in the document's
//! language (numbers, money, dates, labels), laid out as the templates print it: a title, meta
//! lines, parties, one table of lines grouped under headings, totals, words and signatures.
//! It formats; it never computes money (every amount comes from the model as it is).

#![allow(
    clippy::arithmetic_side_effects,
    reason = "line numbers and counts of a document bounded by the lines limit; a Decimal's negation is exact (its range is symmetric)"
)]

use serde::Serialize;
use serde_json::{json, Value};

use super::format::{date, money, number, percent, quantity, three};
use super::labels::{box_of, count_and_sum, tax_id, unit, L};
use super::model::client_invoice::ClientInvoice;
use super::model::{
    Document, Head, MoneyTotals, PackingList, Party, PriceMode, Proforma, ProformaRequest, Specification,
};
use super::settings::Settings;
use crate::model::{Dimensions, ItemOption};
use crate::money::words::Lang;

/// A table column: width (mm, or a share of what is left) and alignment.
#[derive(Serialize)]
pub(crate) struct Col {
    #[serde(skip_serializing_if = "Option::is_none")]
    mm: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fr: Option<u32>,
    align: &'static str,
}

pub(crate) fn mm(w: u32, align: &'static str) -> Col {
    Col { mm: Some(w), fr: None, align }
}

pub(crate) fn fr(w: u32) -> Col {
    Col { mm: None, fr: Some(w), align: "left" }
}

/// The line-number column, as wide as its largest number (`last`) needs, and never narrower
/// than `min` mm: a number too wide for its column would be measured by typst on every row
/// instead of having the fixed height `fit` gives it (about 1.7 mm a digit at 8.5 pt).
pub(crate) fn numbers(last: usize, min: u32) -> Col {
    mm(min.max(2 * digits(u64::try_from(last).unwrap_or(u64::MAX)) + 2), "right")
}

/// The box column of a packing list, "k/N": as [`numbers`], for twice the digits and a slash.
fn boxes(last: u64) -> Col {
    mm(16.max(4 * digits(last) + 2), "right")
}

/// Leaves out the columns headed `optional` whose every cell is an empty text: the table
/// prints no empty column, and the free column takes its room.
fn without_empty(cols: &mut Vec<Col>, header: &mut Vec<&str>, rows: &mut [Value], optional: &[&str]) {
    let empty = |c: usize| rows.iter().all(|r| r.get(c).and_then(Value::as_str) == Some(""));
    let gone: Vec<usize> = (0..header.len().min(cols.len()))
        .filter(|&c| header.get(c).is_some_and(|h| optional.contains(h)) && empty(c))
        .collect();
    for &c in gone.iter().rev() {
        cols.remove(c);
        header.remove(c);
        for cells in rows.iter_mut().filter_map(Value::as_array_mut) {
            if c < cells.len() {
                cells.remove(c);
            }
        }
    }
}

fn digits(n: impl Into<u64>) -> u32 {
    n.into().checked_ilog10().unwrap_or(0) + 1
}

/// The sizes Bureau's layout sets a document in (`bureau.typ` reads them from the view's
/// `layout`), and the engine fits table rows for: one place for both, so a template that sets
/// another text size is seen to (its rows are then measured, not given fitted heights).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Layout {
    /// Body text, points.
    pub text_pt: f64,
    /// A cell's second line, points.
    pub small_pt: f64,
    /// A table cell's left (and right) inset, points.
    pub inset_x_pt: f64,
    /// The page's left (and right) margin, millimetres.
    pub margin_x_mm: f64,
}

/// Bureau's layout.
pub const LAYOUT: Layout = Layout { text_pt: 8.5, small_pt: 7.0, inset_x_pt: 2.5, margin_x_mm: 14.0 };

/// The images a document shows: asset ids in order of first use; `/assets/{index}` in the view.
#[derive(Default)]
pub struct Images {
    /// Asset ids, in the order they were first used.
    pub ids: Vec<String>,
}

impl Images {
    fn path(&mut self, id: &str) -> Option<String> {
        let at = match self.ids.iter().position(|i| i == id) {
            Some(at) => at,
            None if self.ids.len() < crate::docs::MAX_IMAGES => {
                self.ids.push(id.to_string());
                self.ids.len() - 1
            }
            None => return None,
        };
        Some(format!("/assets/{at}"))
    }
}

impl super::Form for Document {
    fn kind(&self) -> &'static str {
        match self {
            Document::Specification(_) => "specification",
            Document::ProformaRequest(_) => "proforma_request",
            Document::Proforma(_) => "proforma",
            Document::PackingList(_) => "packing_list",
            Document::ClientInvoice(_) => "client_invoice",
        }
    }

    fn head(&self) -> &Head {
        Document::head(self)
    }

    fn view(&self, lang: Lang, images: &mut Images) -> Value {
        match self {
            Document::Specification(d) => specification(d, lang, images),
            Document::ProformaRequest(d) => request(d, lang),
            Document::Proforma(d) => proforma(d, lang),
            Document::PackingList(d) => packing(d, lang),
            Document::ClientInvoice(d) => client_invoice(d, lang),
        }
    }

    fn image_ids(&self) -> Vec<&str> {
        match self {
            Document::Specification(s) => {
                s.rooms.iter().flat_map(|g| &g.lines).filter_map(|l| l.image.as_deref()).collect()
            }
            _ => Vec::new(),
        }
    }

    fn model_json(&self) -> serde_json::Result<String> {
        // The enum is tagged with its `kind` already.
        serde_json::to_string(self)
    }
}

/// The view of `doc`, and the images it uses.
pub fn view(doc: &impl super::Form, settings: &Settings, logo: Option<&str>) -> (Value, Images) {
    let head = doc.head();
    let lang = head.language;
    let mut images = Images::default();
    let logo_path = logo.and_then(|l| images.path(l));
    let mut v = doc.view(lang, &mut images);
    let number_line =
        format!("{} {} {} {}", L::number.get(lang), head.number, L::dated.get(lang), date(&head.date, lang));
    let base = json!({
        "lang": lang,
        "paper": settings.paper.typst_name(),
        "accent": settings.branding.accent.as_deref().unwrap_or("#1F3A5F"),
        "footer": settings.branding.footer,
        "logo": logo_path,
        "title": head.title,
        "number": number_line,
        "ident": head.number,
        "project": format!("{}: {} ({})", L::project.get(lang), head.project_name, head.project),
        "layout": LAYOUT,
    });
    if let (Value::Object(v), Value::Object(base)) = (&mut v, base) {
        v.extend(base);
    }
    (v, images)
}

pub(crate) fn party(label: L, p: &Party, lang: Lang, with_bank: bool) -> Value {
    let mut lines: Vec<String> = Vec::new();
    // The legal name heads the party; a different trading name follows it.
    if p.legal_name.as_ref().is_some_and(|l| *l != p.name) {
        lines.push(p.name.to_string());
    }
    if let Some(a) = &p.address {
        lines.push(a.to_string());
    }
    let ids: Vec<String> = p.tax_ids.iter().map(|(k, v)| format!("{} {v}", tax_id(k, lang))).collect();
    if !ids.is_empty() {
        lines.push(ids.join(", "));
    }
    if with_bank {
        if let Some(b) = &p.bank {
            let mut bank = vec![format!("{} {}", L::bank.get(lang), b.name)];
            if let Some(x) = &b.account {
                bank.push(format!("{} {x}", L::account.get(lang)));
            }
            if let Some(x) = &b.bic {
                bank.push(format!("{} {x}", L::bic.get(lang)));
            }
            if let Some(x) = &b.corr_account {
                bank.push(format!("{} {x}", L::corr_account.get(lang)));
            }
            if let Some(x) = &b.iban {
                bank.push(format!("IBAN {x}"));
            }
            if let Some(x) = &b.swift {
                bank.push(format!("SWIFT {x}"));
            }
            lines.push(bank.join(", "));
        }
    }
    let contact: Vec<&str> = [p.email.as_deref(), p.phone.as_deref()].into_iter().flatten().collect();
    if !contact.is_empty() {
        lines.push(contact.join(" · "));
    }
    json!({ "label": label.get(lang), "name": p.legal_name.as_ref().unwrap_or(&p.name), "lines": lines })
}

/// "Обивка: Кожа; Ножки: Латунь".
fn options(o: &[ItemOption]) -> String {
    o.iter().map(|o| format!("{}: {}", o.name, o.value)).collect::<Vec<_>>().join("; ")
}

fn dims(d: &Option<Dimensions>, lang: Lang) -> String {
    d.as_ref().map_or_else(String::new, |d| {
        format!("{} × {} × {}", quantity(d.width, lang), quantity(d.depth, lang), quantity(d.height, lang))
    })
}

/// A name with a second, smaller line under it.
fn named(name: &str, sub: String) -> Value {
    if sub.is_empty() {
        Value::String(name.to_string())
    } else {
        json!({ "t": name, "s": sub })
    }
}

fn weeks(w: Option<u32>) -> String {
    w.map_or_else(String::new, |w| w.to_string())
}

fn totals_rows(t: &MoneyTotals, cur: &str, lang: Lang, with_vat: bool) -> Vec<Value> {
    let m = |d| money(d, cur, lang);
    let mut rows = Vec::new();
    if !t.discount.is_zero() {
        rows.push(json!({ "label": L::gross.get(lang), "value": m(t.gross) }));
        rows.push(json!({ "label": L::discount.get(lang), "value": m(-t.discount) }));
    }
    rows.push(json!({ "label": L::subtotal.get(lang), "value": m(t.lines), "strong": !with_vat }));
    if with_vat {
        if t.vat_rates.iter().all(|r| r.rate.is_zero()) {
            rows.push(json!({ "label": L::no_vat.get(lang), "value": "—" }));
        } else {
            let vat_label = if t.prices_include_vat { L::vat_included } else { L::vat };
            for r in t.vat_rates.iter().filter(|r| !r.rate.is_zero()) {
                rows.push(
                    json!({ "label": format!("{} {}", vat_label.get(lang), percent(r.rate, lang)), "value": m(r.vat) }),
                );
            }
        }
        rows.push(json!({ "label": L::total_due.get(lang), "value": m(t.total), "strong": true }));
    }
    rows
}

fn specification(d: &Specification, lang: Lang, images: &mut Images) -> Value {
    let priced = d.prices != PriceMode::None;
    let purchase = d.prices == PriceMode::Purchase;
    let cur = d.currency.as_deref().unwrap_or("");
    let mut cols =
        vec![numbers(d.line_count, 6), mm(16, "center"), fr(1), mm(12, "right"), mm(9, "left"), mm(10, "right")];
    let mut header: Vec<&str> = [L::col_no, L::col_no, L::col_name, L::col_qty, L::col_unit, L::col_lead]
        .into_iter()
        .map(|l| l.get(lang))
        .collect();
    if let Some(h) = header.get_mut(1) {
        *h = "";
    }
    if priced {
        cols.push(mm(22, "right"));
        header.push(L::col_price.get(lang));
        if purchase {
            cols.push(mm(12, "right"));
            header.push(L::col_discount.get(lang));
        }
        cols.push(mm(24, "right"));
        header.push(L::col_amount.get(lang));
    }
    let groups: Vec<Value> = d
        .rooms
        .iter()
        .map(|g| {
            let rows: Vec<Value> = g
                .lines
                .iter()
                .map(|l| {
                    let img = l
                        .image
                        .as_deref()
                        .and_then(|i| images.path(i))
                        .map_or(Value::String(String::new()), |p| json!({ "img": p }));
                    let size = dims(&l.dimensions_mm, lang);
                    let size = if size.is_empty() { size } else { format!("{size} {}", L::mm.get(lang)) };
                    let sub = [format!("{} · {}", l.item.sku, l.manufacturer), options(&l.item.options), size]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join("\n");
                    let mut row = vec![
                        json!(l.n.to_string()),
                        img,
                        named(&l.item.name, sub),
                        json!(quantity(l.item.quantity, lang)),
                        json!(unit(&l.item.unit, lang)),
                        json!(weeks(l.lead_time_weeks)),
                    ];
                    if priced {
                        match &l.price {
                            Some(p) => {
                                row.push(json!(number(p.unit_price, lang)));
                                if purchase {
                                    row.push(json!(p.discount_pct.map(|x| percent(x, lang)).unwrap_or_default()));
                                }
                                row.push(json!(number(p.net, lang)));
                            }
                            None => {
                                row.push(json!(L::on_request.get(lang)));
                                if purchase {
                                    row.push(json!(""));
                                }
                                row.push(json!(""));
                            }
                        }
                    }
                    Value::Array(row)
                })
                .collect();
            json!({ "title": g.name, "rows": rows })
        })
        .collect();
    let mut meta = vec![];
    if priced {
        meta.push(json!([L::currency.get(lang), cur]));
    }
    if let Some(w) = d.lead_time_weeks {
        meta.push(json!([L::lead_time.get(lang), w.to_string()]));
    }
    let mut parties = vec![];
    if let Some(f) = &d.from {
        parties.push(party(L::from, f, lang, false));
    }
    if let Some(t) = &d.to {
        parties.push(party(L::client, t, lang, false));
    }
    let totals = match &d.totals {
        Some(t) => totals_rows(t, cur, lang, false),
        None => vec![],
    };
    let notes: Vec<String> = if priced { vec![] } else { vec![L::prices_hidden.get(lang).to_string()] };
    json!({
        "author": d.from.as_ref().map(|p| p.name.to_string()).unwrap_or_default(),
        "meta": meta, "parties": parties, "columns": cols, "header": header, "groups": groups,
        "totals": totals, "summary": format!("{}: {}", L::items_total.get(lang), d.line_count), "notes": notes,
    })
}

fn request(d: &ProformaRequest, lang: Lang) -> Value {
    let cols = vec![
        numbers(d.lines.len(), 7),
        mm(24, "left"),
        fr(1),
        // "2 400 × 1 000 × 720" on one line.
        mm(30, "left"),
        mm(14, "right"),
        mm(10, "left"),
        mm(26, "right"),
    ];
    let header: Vec<&str> =
        [L::col_no, L::col_sku, L::col_name, L::col_dims, L::col_qty, L::col_unit, L::col_list_price]
            .into_iter()
            .map(|l| l.get(lang))
            .collect();
    let rows: Vec<Value> = d
        .lines
        .iter()
        .map(|l| {
            let price = match (l.list_price, l.currency.as_deref()) {
                (Some(p), Some(c)) => money(p, c, lang),
                _ => String::new(),
            };
            json!([
                l.n.to_string(),
                l.item.sku,
                named(&l.item.name, options(&l.item.options)),
                dims(&l.dimensions_mm, lang),
                quantity(l.item.quantity, lang),
                unit(&l.item.unit, lang),
                price
            ])
        })
        .collect();
    let mut meta = vec![json!([L::reference.get(lang), d.head.number])];
    if let Some(t) = &d.incoterm {
        meta.push(json!([L::incoterm.get(lang), t]));
    }
    if let Some(s) = &d.ship_to {
        meta.push(json!([L::ship_to.get(lang), s]));
    }
    let asks: Vec<&str> = [L::ask_prices, L::ask_lead_times, L::ask_packing].into_iter().map(|l| l.get(lang)).collect();
    json!({
        "author": d.buyer.name,
        "meta": meta,
        "parties": [party(L::from, &d.buyer, lang, false), party(L::to, &d.seller, lang, false)],
        "intro": L::please_quote.get(lang), "asks": asks,
        "columns": cols, "header": header, "groups": [{ "title": null, "rows": rows }],
        "totals": [], "summary": format!("{}: {}", L::items_total.get(lang), d.lines.len()),
    })
}

fn proforma(d: &Proforma, lang: Lang) -> Value {
    let cur = d.currency.as_str();
    let mut cols = vec![
        numbers(d.lines.len(), 7),
        mm(24, "left"),
        fr(1),
        mm(16, "left"),
        mm(12, "right"),
        mm(10, "left"),
        mm(21, "right"),
        mm(12, "right"),
        mm(23, "right"),
    ];
    let mut header: Vec<&str> = [
        L::col_no,
        L::col_sku,
        L::col_name,
        L::col_hs,
        L::col_qty,
        L::col_unit,
        L::col_price,
        L::col_discount,
        L::col_amount,
    ]
    .into_iter()
    .map(|l| l.get(lang))
    .collect();
    let mut rows: Vec<Value> = d
        .lines
        .iter()
        .map(|l| {
            let mut sub = options(&l.item.options);
            if let Some(o) = &l.origin {
                sub = if sub.is_empty() {
                    format!("{}: {o}", L::col_origin.get(lang))
                } else {
                    format!("{sub} · {}: {o}", L::col_origin.get(lang))
                };
            }
            json!([
                l.n.to_string(),
                l.item.sku,
                named(&l.item.name, sub),
                l.hs_code.as_deref().unwrap_or(""),
                quantity(l.item.quantity, lang),
                unit(&l.item.unit, lang),
                number(l.price.unit_price, lang),
                l.price.discount_pct.map(|x| percent(x, lang)).unwrap_or_default(),
                number(l.price.net, lang)
            ])
        })
        .collect();
    // HS codes and discounts: printed when some line has one.
    without_empty(&mut cols, &mut header, &mut rows, &[L::col_hs.get(lang), L::col_discount.get(lang)]);
    let mut meta = vec![json!([L::currency.get(lang), cur])];
    if let Some(v) = &d.valid_until {
        meta.push(json!([L::valid_until.get(lang), date(v, lang)]));
    }
    if let Some(t) = &d.incoterm {
        meta.push(json!([L::incoterm.get(lang), t]));
    }
    if let Some(w) = d.lead_time_weeks {
        meta.push(json!([L::lead_time.get(lang), w.to_string()]));
    }
    if let Some(t) = &d.payment_terms {
        meta.push(json!([L::payment_terms.get(lang), t]));
    }
    let mut totals = totals_rows(&d.totals, cur, lang, true);
    if let (Some(dep), Some(pct), Some(bal)) = (d.deposit, d.deposit_pct, d.balance) {
        totals.push(json!({ "label": format!("{} {}", L::deposit.get(lang), percent(pct, lang)), "value": money(dep, cur, lang) }));
        totals.push(json!({ "label": L::balance.get(lang), "value": money(bal, cur, lang) }));
    }
    let summary = count_and_sum(d.lines.len(), &money(d.totals.total, cur, lang), lang);
    json!({
        "author": d.seller.legal_name.as_ref().unwrap_or(&d.seller.name),
        "meta": meta,
        "parties": [party(L::seller, &d.seller, lang, true), party(L::buyer, &d.buyer, lang, true)],
        "bank": bank_block(&d.seller, lang),
        "columns": cols, "header": header, "groups": [{ "title": null, "rows": rows }],
        "totals": totals, "summary": summary, "words": d.total_in_words,
        "signatures": signatures(lang),
    })
}

/// The payment block a Russian invoice opens with: the payee's bank, BIC, accounts, INN/KPP.
fn bank_block(p: &Party, lang: Lang) -> Value {
    let Some(b) = p.bank.as_ref().filter(|b| lang == Lang::Ru && b.bic.is_some()) else { return Value::Array(vec![]) };
    let ids = [("inn", "ИНН"), ("kpp", "КПП")]
        .iter()
        .filter_map(|(k, l)| p.tax_ids.get(*k).map(|v| format!("{l} {v}")))
        .collect::<Vec<_>>()
        .join("   ");
    json!([
        [
            format!("{} {}", L::payee_bank.get(lang), b.name),
            format!("{} {}", L::bic.get(lang), b.bic.as_deref().unwrap_or(""))
        ],
        ["", format!("{} {}", L::account_no.get(lang), b.corr_account.as_deref().unwrap_or(""))],
        [ids, ""],
        [
            format!("{} {}", L::payee.get(lang), p.legal_name.as_ref().unwrap_or(&p.name)),
            format!("{} {}", L::account_no.get(lang), b.account.as_deref().unwrap_or(""))
        ],
    ])
}

fn signatures(lang: Lang) -> Vec<&'static str> {
    match lang {
        Lang::Ru => vec![L::head.get(lang), L::accountant.get(lang)],
        Lang::En => vec![L::head.get(lang)],
    }
}

/// The client invoice: goods at sale prices with their allocated costs, the costs printed as
/// lines after them, VAT per rate, total, deposit and balance. Nothing of the purchase side.
fn client_invoice(d: &ClientInvoice, lang: Lang) -> Value {
    let cur = d.currency.as_str();
    let allocated = d.lines.iter().any(|l| !l.allocated.is_empty());
    // The article goes under the name: a client's invoice needs the room for the money.
    let mut cols = vec![
        numbers(d.lines.len() + d.costs.len(), 7),
        fr(1),
        mm(12, "right"),
        mm(10, "left"),
        mm(22, "right"),
        mm(23, "right"),
    ];
    let mut header = vec![L::col_no, L::col_name, L::col_qty, L::col_unit, L::col_price, L::col_amount];
    if allocated {
        cols.extend([mm(20, "right"), mm(23, "right")]);
        header.extend([L::col_costs, L::col_line_total]);
    }
    let header: Vec<&str> = header.into_iter().map(|l| l.get(lang)).collect();
    let mut rows: Vec<Value> = d
        .lines
        .iter()
        .map(|l| {
            let sub = if l.options.is_empty() { l.sku.to_string() } else { format!("{} · {}", l.sku, l.options) };
            let mut row = vec![
                json!(l.n.to_string()),
                named(&l.name, sub),
                json!(quantity(l.quantity, lang)),
                json!(unit(&l.unit, lang)),
                json!(number(l.unit_price, lang)),
                json!(number(l.amount, lang)),
            ];
            if allocated {
                let extra: rust_decimal::Decimal = l.allocated.values().copied().sum();
                row.push(json!(if extra.is_zero() { String::new() } else { number(extra, lang) }));
                row.push(json!(number(l.line_total, lang)));
            }
            Value::Array(row)
        })
        .collect();
    for (k, c) in d.costs.iter().enumerate() {
        let mut row = vec![
            json!((d.lines.len() + k + 1).to_string()),
            json!(c.label),
            json!(""),
            json!(""),
            json!(""),
            json!(number(c.amount, lang)),
        ];
        if allocated {
            row.extend([json!(""), json!(number(c.amount, lang))]);
        }
        rows.push(Value::Array(row));
    }
    let m = |x| money(x, cur, lang);
    let t = &d.totals;
    let mut totals = vec![json!({ "label": L::goods.get(lang), "value": m(t.goods) })];
    if !t.costs.is_zero() {
        totals.push(json!({ "label": L::costs_total.get(lang), "value": m(t.costs) }));
    }
    if !t.prices_include_vat {
        totals.push(json!({ "label": L::net_total.get(lang), "value": m(t.net) }));
    }
    if t.vat.iter().all(|r| r.rate.is_zero()) {
        totals.push(json!({ "label": L::no_vat.get(lang), "value": "—" }));
    } else {
        let label = if t.prices_include_vat { L::vat_included } else { L::vat };
        for r in t.vat.iter().filter(|r| !r.rate.is_zero()) {
            totals
                .push(json!({ "label": format!("{} {}", label.get(lang), percent(r.rate, lang)), "value": m(r.vat) }));
        }
    }
    totals.push(json!({ "label": L::total_due.get(lang), "value": m(t.total), "strong": true }));
    let due = |d: &Option<crate::model::Text>| {
        d.as_ref().map_or_else(String::new, |d| format!(" {} {}", L::due.get(lang), date(d, lang)))
    };
    if let (Some(dep), Some(pct)) = (d.deposit, d.deposit_pct) {
        totals.push(json!({ "label": format!("{} {}{}", L::deposit.get(lang), percent(pct, lang), due(&d.deposit_due)), "value": m(dep) }));
    }
    if let Some(p) = d.paid.filter(|p| !p.is_zero()) {
        totals.push(json!({ "label": L::paid.get(lang), "value": m(p) }));
    }
    totals.push(json!({ "label": format!("{}{}", L::balance.get(lang), due(&d.balance_due)), "value": m(d.balance) }));
    let mut meta = vec![json!([L::currency.get(lang), cur])];
    for r in &d.fx {
        meta.push(json!([L::rate.get(lang), format!("1 {} = {} {}", r.from, number(r.rate, lang), r.to)]));
    }
    if let Some(t) = &d.payment_terms {
        meta.push(json!([L::payment_terms.get(lang), t]));
    }
    let summary = count_and_sum(d.lines.len() + d.costs.len(), &m(t.total), lang);
    json!({
        "author": d.seller.legal_name.as_ref().unwrap_or(&d.seller.name),
        "meta": meta,
        "parties": [party(L::supplier, &d.seller, lang, true), party(L::buyer, &d.buyer, lang, false)],
        "bank": bank_block(&d.seller, lang),
        "columns": cols, "header": header, "groups": [{ "title": null, "rows": rows }],
        "totals": totals, "summary": summary, "words": d.total_in_words,
        "signatures": signatures(lang),
    })
}

fn packing(d: &PackingList, lang: Lang) -> Value {
    let n = d.totals.boxes;
    let cols = vec![
        boxes(n),
        mm(24, "left"),
        fr(1),
        mm(14, "right"),
        mm(30, "right"),
        mm(16, "right"),
        mm(16, "right"),
        mm(16, "right"),
    ];
    let header: Vec<&str> =
        [L::col_box, L::col_sku, L::col_contents, L::col_qty, L::col_box_dims, L::col_net, L::col_gross, L::col_volume]
            .into_iter()
            .map(|l| l.get(lang))
            .collect();
    let rows: Vec<Value> = d
        .boxes
        .iter()
        .map(|b| {
            let sub = if b.item_boxes > 1 { box_of(b.item_box, b.item_boxes, lang) } else { String::new() };
            let qty = b.quantity.map(|q| format!("{} {}", quantity(q, lang), unit(&b.unit, lang))).unwrap_or_default();
            json!([
                format!("{}/{n}", b.n),
                b.sku,
                named(&b.name, sub),
                qty,
                format!(
                    "{} × {} × {}",
                    quantity(b.length_mm, lang),
                    quantity(b.width_mm, lang),
                    quantity(b.height_mm, lang)
                ),
                three(b.net_kg, lang),
                three(b.gross_kg, lang),
                three(b.volume_m3, lang)
            ])
        })
        .collect();
    let mut meta = vec![];
    if let Some(r) = &d.reference {
        meta.push(json!([L::reference.get(lang), r]));
    }
    if let Some(t) = &d.incoterm {
        meta.push(json!([L::incoterm.get(lang), t]));
    }
    if let Some(s) = &d.ship_to {
        meta.push(json!([L::ship_to.get(lang), s]));
    }
    let totals = vec![
        json!({ "label": L::boxes.get(lang), "value": n.to_string(), "strong": true }),
        json!({ "label": L::net_weight.get(lang), "value": three(d.totals.net_weight_kg, lang) }),
        json!({ "label": L::gross_weight.get(lang), "value": three(d.totals.gross_weight_kg, lang) }),
        json!({ "label": L::volume.get(lang), "value": three(d.totals.volume_m3, lang) }),
    ];
    let mut notes = vec![];
    if !d.unpacked.is_empty() {
        let list = d
            .unpacked
            .iter()
            .map(|u| format!("{} {} — {} {}", u.sku, u.name, quantity(u.quantity, lang), unit(&u.unit, lang)))
            .collect::<Vec<_>>()
            .join("; ");
        notes.push(format!("{}: {list}", L::unpacked.get(lang)));
    }
    json!({
        "author": d.shipper.legal_name.as_ref().unwrap_or(&d.shipper.name),
        "meta": meta,
        "parties": [party(L::shipper, &d.shipper, lang, false), party(L::consignee, &d.consignee, lang, false)],
        "columns": cols, "header": header, "groups": [{ "title": null, "rows": rows }],
        "totals": totals, "notes": notes,
    })
}
