//! The kit's own documents as printed: specification, proforma request, proforma, packing list
//! and client invoice, each a [`Body`] of formatted strings.

#![allow(
    clippy::arithmetic_side_effects,
    reason = "line numbers and counts of a document bounded by the lines limit; a Decimal's negation is exact (its range is symmetric)"
)]

use super::{fr, header, meta, mm, numbers, party, Body, Cell, Col, Group, Images, TotalRow};
use crate::docs::format::{date, dims, money, number, options, percent, quantity, three};
use crate::docs::labels::{box_of, count_and_sum, unit, L};
use crate::docs::model::client_invoice::ClientInvoice;
use crate::docs::model::{
    Document, Head, MoneyTotals, PackingList, Party, PriceMode, Proforma, ProformaLine, ProformaRequest, PurchaseOrder,
    Specification,
};
use crate::text::Lang;

impl crate::docs::Form for Document {
    fn kind(&self) -> &'static str {
        match self {
            Document::Specification(_) => "specification",
            Document::ProformaRequest(_) => "proforma_request",
            Document::Proforma(_) => "proforma",
            Document::PackingList(_) => "packing_list",
            Document::ClientInvoice(_) => "client_invoice",
            Document::PurchaseOrder(_) => "purchase_order",
        }
    }

    fn head(&self) -> &Head {
        Document::head(self)
    }

    fn view(&self, lang: Lang, images: &mut Images) -> Body {
        match self {
            Document::Specification(d) => specification(d, lang, images),
            Document::ProformaRequest(d) => request(d, lang),
            Document::Proforma(d) => proforma(d, lang),
            Document::PackingList(d) => packing(d, lang),
            Document::ClientInvoice(d) => client_invoice(d, lang),
            Document::PurchaseOrder(d) => purchase_order(d, lang),
        }
    }

    fn sheet(&self, lang: Lang) -> Option<crate::docs::sheet::Table> {
        crate::docs::sheet::table(self, lang)
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

/// The box column of a packing list, "k/N": as [`numbers`], for twice the digits and a slash.
fn boxes(last: u64) -> Col {
    mm(16.max(4 * (last.checked_ilog10().unwrap_or(0) + 1) + 2), "right")
}

/// Leaves out the columns headed `optional` whose every cell is an empty text: the table
/// prints no empty column, and the free column takes its room.
fn without_empty(cols: &mut Vec<Col>, header: &mut Vec<String>, rows: &mut [Vec<Cell>], optional: &[&str]) {
    let empty = |c: usize| rows.iter().all(|r| matches!(r.get(c), Some(Cell::Text(t)) if t.is_empty()));
    let gone: Vec<usize> = (0..header.len().min(cols.len()))
        .filter(|&c| header.get(c).is_some_and(|h| optional.contains(&h.as_str())) && empty(c))
        .collect();
    for &c in gone.iter().rev() {
        cols.remove(c);
        header.remove(c);
        for cells in rows.iter_mut() {
            if c < cells.len() {
                cells.remove(c);
            }
        }
    }
}

/// "Обивка: Кожа; Ножки: Латунь".
fn weeks(w: Option<u32>) -> String {
    w.map_or_else(String::new, |w| w.to_string())
}

fn totals_rows(t: &MoneyTotals, cur: &str, lang: Lang, with_vat: bool) -> Vec<TotalRow> {
    let m = |d| money(d, cur, lang);
    let mut rows = Vec::new();
    if !t.discount.is_zero() {
        rows.push(TotalRow::new(L::gross.get(lang), m(t.gross)));
        rows.push(TotalRow::new(L::discount.get(lang), m(-t.discount)));
    }
    rows.push(TotalRow { strong: !with_vat, ..TotalRow::new(L::subtotal.get(lang), m(t.lines)) });
    if with_vat {
        if t.vat_rates.iter().all(|r| r.rate.is_zero()) {
            rows.push(TotalRow::new(L::no_vat.get(lang), "—"));
        } else {
            let vat_label = if t.prices_include_vat { L::vat_included } else { L::vat };
            for r in t.vat_rates.iter().filter(|r| !r.rate.is_zero()) {
                rows.push(TotalRow::new(format!("{} {}", vat_label.get(lang), percent(r.rate, lang)), m(r.vat)));
            }
        }
        rows.push(TotalRow::strong(L::total_due.get(lang), m(t.total)));
    }
    rows
}

fn specification(d: &Specification, lang: Lang, images: &mut Images) -> Body {
    let priced = d.prices != PriceMode::None;
    let purchase = d.prices == PriceMode::Purchase;
    let cur = d.currency.as_deref().unwrap_or("");
    let mut cols =
        vec![numbers(d.line_count, 6), mm(16, "center"), fr(1), mm(12, "right"), mm(9, "left"), mm(10, "right")];
    let mut head = header(&[L::col_no, L::col_no, L::col_name, L::col_qty, L::col_unit, L::col_lead], lang);
    if let Some(h) = head.get_mut(1) {
        h.clear();
    }
    if priced {
        cols.push(mm(22, "right"));
        head.push(L::col_price.get(lang).to_string());
        if purchase {
            cols.push(mm(12, "right"));
            head.push(L::col_discount.get(lang).to_string());
        }
        cols.push(mm(24, "right"));
        head.push(L::col_amount.get(lang).to_string());
    }
    let groups: Vec<Group> = d
        .rooms
        .iter()
        .map(|g| {
            let rows: Vec<Vec<Cell>> = g
                .lines
                .iter()
                .map(|l| {
                    let img = l
                        .image
                        .as_deref()
                        .and_then(|i| images.path(i))
                        .map_or_else(|| Cell::text(""), |img| Cell::Image { img });
                    let size = dims(&l.dimensions_mm, lang);
                    let size = if size.is_empty() { size } else { format!("{size} {}", L::mm.get(lang)) };
                    let sub = [format!("{} · {}", l.item.sku, l.manufacturer), options(&l.item.options), size]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join("\n");
                    let mut row = vec![
                        Cell::text(l.n.to_string()),
                        img,
                        Cell::named(&l.item.name, sub),
                        Cell::text(quantity(l.item.quantity, lang)),
                        Cell::text(unit(&l.item.unit, lang)),
                        Cell::text(weeks(l.lead_time_weeks)),
                    ];
                    if priced {
                        match &l.price {
                            Some(p) => {
                                row.push(Cell::text(number(p.unit_price, lang)));
                                if purchase {
                                    row.push(Cell::text(p.discount_pct.map(|x| percent(x, lang)).unwrap_or_default()));
                                }
                                row.push(Cell::text(number(p.net, lang)));
                            }
                            None => {
                                row.push(Cell::text(L::on_request.get(lang)));
                                if purchase {
                                    row.push(Cell::text(""));
                                }
                                row.push(Cell::text(""));
                            }
                        }
                    }
                    row
                })
                .collect();
            Group { title: Some(g.name.to_string()), ..Group::untitled(rows) }
        })
        .collect();
    let mut lines = vec![];
    if priced {
        lines.push(meta(L::currency, lang, cur));
    }
    if let Some(w) = d.lead_time_weeks {
        lines.push(meta(L::lead_time, lang, w.to_string()));
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
    let notes = if priced { vec![] } else { vec![L::prices_hidden.get(lang).to_string()] };
    Body {
        author: d.from.as_ref().map(|p| p.name.to_string()).unwrap_or_default(),
        meta: lines,
        parties,
        columns: cols,
        header: head,
        groups,
        totals,
        summary: Some(format!("{}: {}", L::items_total.get(lang), d.line_count)),
        notes,
        ..Body::default()
    }
}

fn request(d: &ProformaRequest, lang: Lang) -> Body {
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
    let head =
        header(&[L::col_no, L::col_sku, L::col_name, L::col_dims, L::col_qty, L::col_unit, L::col_list_price], lang);
    let rows: Vec<Vec<Cell>> = d
        .lines
        .iter()
        .map(|l| {
            let price = match (l.list_price, l.currency.as_deref()) {
                (Some(p), Some(c)) => money(p, c, lang),
                _ => String::new(),
            };
            vec![
                Cell::text(l.n.to_string()),
                Cell::text(l.item.sku.as_str()),
                Cell::named(&l.item.name, options(&l.item.options)),
                Cell::text(dims(&l.dimensions_mm, lang)),
                Cell::text(quantity(l.item.quantity, lang)),
                Cell::text(unit(&l.item.unit, lang)),
                Cell::text(price),
            ]
        })
        .collect();
    let mut lines = vec![meta(L::reference, lang, d.head.number.as_str())];
    if let Some(t) = &d.incoterm {
        lines.push(meta(L::incoterm, lang, t.as_str()));
    }
    if let Some(s) = &d.ship_to {
        lines.push(meta(L::ship_to, lang, s.as_str()));
    }
    Body {
        author: d.buyer.name.to_string(),
        meta: lines,
        parties: vec![party(L::from, &d.buyer, lang, false), party(L::to, &d.seller, lang, false)],
        intro: Some(L::please_quote.get(lang).to_string()),
        asks: header(&[L::ask_prices, L::ask_lead_times, L::ask_packing], lang),
        columns: cols,
        header: head,
        groups: vec![Group::untitled(rows)],
        summary: Some(format!("{}: {}", L::items_total.get(lang), d.lines.len())),
        ..Body::default()
    }
}

/// A priced table of a source's lines (a proforma's, a purchase order's): HS codes and
/// discounts printed when some line has one.
fn priced_lines(lines: &[ProformaLine], lang: Lang) -> (Vec<Col>, Vec<String>, Vec<Vec<Cell>>) {
    let mut cols = vec![
        numbers(lines.len(), 7),
        mm(24, "left"),
        fr(1),
        mm(16, "left"),
        mm(12, "right"),
        mm(10, "left"),
        mm(21, "right"),
        mm(12, "right"),
        mm(23, "right"),
    ];
    let mut head = header(
        &[
            L::col_no,
            L::col_sku,
            L::col_name,
            L::col_hs,
            L::col_qty,
            L::col_unit,
            L::col_price,
            L::col_discount,
            L::col_amount,
        ],
        lang,
    );
    let mut rows: Vec<Vec<Cell>> = lines
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
            vec![
                Cell::text(l.n.to_string()),
                Cell::text(l.item.sku.as_str()),
                Cell::named(&l.item.name, sub),
                Cell::text(l.hs_code.as_deref().unwrap_or("")),
                Cell::text(quantity(l.item.quantity, lang)),
                Cell::text(unit(&l.item.unit, lang)),
                Cell::text(number(l.price.unit_price, lang)),
                Cell::text(l.price.discount_pct.map(|x| percent(x, lang)).unwrap_or_default()),
                Cell::text(number(l.price.net, lang)),
            ]
        })
        .collect();
    without_empty(&mut cols, &mut head, &mut rows, &[L::col_hs.get(lang), L::col_discount.get(lang)]);
    (cols, head, rows)
}

fn proforma(d: &Proforma, lang: Lang) -> Body {
    let cur = d.currency.as_str();
    let (cols, head, rows) = priced_lines(&d.lines, lang);
    let mut lines = vec![meta(L::currency, lang, cur)];
    if let Some(v) = &d.valid_until {
        lines.push(meta(L::valid_until, lang, date(v, lang)));
    }
    if let Some(t) = &d.incoterm {
        lines.push(meta(L::incoterm, lang, t.as_str()));
    }
    if let Some(w) = d.lead_time_weeks {
        lines.push(meta(L::lead_time, lang, w.to_string()));
    }
    if let Some(t) = &d.payment_terms {
        lines.push(meta(L::payment_terms, lang, t.as_str()));
    }
    let mut totals = totals_rows(&d.totals, cur, lang, true);
    if let (Some(dep), Some(pct), Some(bal)) = (d.deposit, d.deposit_pct, d.balance) {
        totals.push(TotalRow::new(format!("{} {}", L::deposit.get(lang), percent(pct, lang)), money(dep, cur, lang)));
        totals.push(TotalRow::new(L::balance.get(lang), money(bal, cur, lang)));
    }
    Body {
        author: d.seller.legal_name.as_ref().unwrap_or(&d.seller.name).to_string(),
        meta: lines,
        parties: vec![party(L::seller, &d.seller, lang, true), party(L::buyer, &d.buyer, lang, true)],
        bank: bank_block(&d.seller, lang),
        columns: cols,
        header: head,
        groups: vec![Group::untitled(rows)],
        totals,
        summary: Some(count_and_sum(d.lines.len(), &money(d.totals.total, cur, lang), lang)),
        words: d.total_in_words.clone(),
        signatures: signatures(lang),
        ..Body::default()
    }
}

/// The order: who orders from whom, against which proforma, where and when to ship, the
/// sidemark; the lines at the source's prices, the totals and the deposit owed.
fn purchase_order(d: &PurchaseOrder, lang: Lang) -> Body {
    let cur = d.currency.as_str();
    let (cols, head, rows) = priced_lines(&d.lines, lang);
    let mut lines = vec![];
    if let Some(r) = &d.reference {
        lines.push(meta(L::confirms, lang, r.as_str()));
    }
    lines.push(meta(L::sidemark, lang, d.sidemark.as_str()));
    lines.push(meta(L::currency, lang, cur));
    if let Some(s) = &d.ship_to {
        lines.push(meta(L::ship_to, lang, s.as_str()));
    }
    if let Some(s) = &d.ship_date {
        lines.push(meta(L::ship_date, lang, date(s, lang)));
    }
    if let Some(t) = &d.incoterm {
        lines.push(meta(L::incoterm, lang, t.as_str()));
    }
    if let Some(w) = d.lead_time_weeks {
        lines.push(meta(L::lead_time, lang, w.to_string()));
    }
    if let Some(t) = &d.payment_terms {
        lines.push(meta(L::payment_terms, lang, t.as_str()));
    }
    let mut totals = totals_rows(&d.totals, cur, lang, true);
    if let (Some(dep), Some(pct)) = (d.deposit, d.deposit_pct) {
        totals.push(TotalRow::new(format!("{} {}", L::deposit.get(lang), percent(pct, lang)), money(dep, cur, lang)));
    }
    Body {
        author: d.buyer.legal_name.as_ref().unwrap_or(&d.buyer.name).to_string(),
        meta: lines,
        parties: vec![party(L::orderer, &d.buyer, lang, false), party(L::supplier, &d.seller, lang, false)],
        columns: cols,
        header: head,
        groups: vec![Group::untitled(rows)],
        totals,
        summary: Some(count_and_sum(d.lines.len(), &money(d.totals.total, cur, lang), lang)),
        signatures: signatures(lang),
        ..Body::default()
    }
}

/// The payment block a Russian invoice opens with: the payee's bank, BIC, accounts, INN/KPP.
fn bank_block(p: &Party, lang: Lang) -> Vec<[String; 2]> {
    let Some(b) = p.bank.as_ref().filter(|b| lang == Lang::Ru && b.bic.is_some()) else { return Vec::new() };
    let ids = [("inn", "ИНН"), ("kpp", "КПП")]
        .iter()
        .filter_map(|(k, l)| p.tax_ids.get(*k).map(|v| format!("{l} {v}")))
        .collect::<Vec<_>>()
        .join("   ");
    vec![
        [
            format!("{} {}", L::payee_bank.get(lang), b.name),
            format!("{} {}", L::bic.get(lang), b.bic.as_deref().unwrap_or("")),
        ],
        [String::new(), format!("{} {}", L::account_no.get(lang), b.corr_account.as_deref().unwrap_or(""))],
        [ids, String::new()],
        [
            format!("{} {}", L::payee.get(lang), p.legal_name.as_ref().unwrap_or(&p.name)),
            format!("{} {}", L::account_no.get(lang), b.account.as_deref().unwrap_or("")),
        ],
    ]
}

fn signatures(lang: Lang) -> Vec<String> {
    match lang {
        Lang::Ru => header(&[L::head, L::accountant], lang),
        Lang::En => header(&[L::head], lang),
    }
}

/// The client invoice: goods at sale prices with their allocated costs, the costs printed as
/// lines after them, VAT per rate, total, deposit and balance. Nothing of the purchase side.
fn client_invoice(d: &ClientInvoice, lang: Lang) -> Body {
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
    let mut labels = vec![L::col_no, L::col_name, L::col_qty, L::col_unit, L::col_price, L::col_amount];
    if allocated {
        cols.extend([mm(20, "right"), mm(23, "right")]);
        labels.extend([L::col_costs, L::col_line_total]);
    }
    let mut rows: Vec<Vec<Cell>> = d
        .lines
        .iter()
        .map(|l| {
            let sub = if l.options.is_empty() { l.sku.to_string() } else { format!("{} · {}", l.sku, l.options) };
            let mut row = vec![
                Cell::text(l.n.to_string()),
                Cell::named(&l.name, sub),
                Cell::text(quantity(l.quantity, lang)),
                Cell::text(unit(&l.unit, lang)),
                Cell::text(number(l.unit_price, lang)),
                Cell::text(number(l.amount, lang)),
            ];
            if allocated {
                let extra: rust_decimal::Decimal = l.allocated.values().copied().sum();
                row.push(Cell::text(if extra.is_zero() { String::new() } else { number(extra, lang) }));
                row.push(Cell::text(number(l.line_total, lang)));
            }
            row
        })
        .collect();
    for (k, c) in d.costs.iter().enumerate() {
        let mut row = vec![
            Cell::text((d.lines.len() + k + 1).to_string()),
            Cell::text(c.label.as_str()),
            Cell::text(""),
            Cell::text(""),
            Cell::text(""),
            Cell::text(number(c.amount, lang)),
        ];
        if allocated {
            row.extend([Cell::text(""), Cell::text(number(c.amount, lang))]);
        }
        rows.push(row);
    }
    let m = |x| money(x, cur, lang);
    let t = &d.totals;
    let mut totals = vec![TotalRow::new(L::goods.get(lang), m(t.goods))];
    if !t.costs.is_zero() {
        totals.push(TotalRow::new(L::costs_total.get(lang), m(t.costs)));
    }
    if !t.prices_include_vat {
        totals.push(TotalRow::new(L::net_total.get(lang), m(t.net)));
    }
    if t.vat.iter().all(|r| r.rate.is_zero()) {
        totals.push(TotalRow::new(L::no_vat.get(lang), "—"));
    } else {
        let label = if t.prices_include_vat { L::vat_included } else { L::vat };
        for r in t.vat.iter().filter(|r| !r.rate.is_zero()) {
            totals.push(TotalRow::new(format!("{} {}", label.get(lang), percent(r.rate, lang)), m(r.vat)));
        }
    }
    totals.push(TotalRow::strong(L::total_due.get(lang), m(t.total)));
    let due = |d: &Option<crate::model::Text>| {
        d.as_ref().map_or_else(String::new, |d| format!(" {} {}", L::due.get(lang), date(d, lang)))
    };
    if let (Some(dep), Some(pct)) = (d.deposit, d.deposit_pct) {
        totals.push(TotalRow::new(
            format!("{} {}{}", L::deposit.get(lang), percent(pct, lang), due(&d.deposit_due)),
            m(dep),
        ));
    }
    if let Some(c) = d.credited.filter(|c| !c.is_zero()) {
        totals.push(TotalRow::new(L::credited.get(lang), m(c)));
    }
    if let Some(p) = d.paid.filter(|p| !p.is_zero()) {
        totals.push(TotalRow::new(L::paid.get(lang), m(p)));
    }
    totals.push(TotalRow::new(format!("{}{}", L::balance.get(lang), due(&d.balance_due)), m(d.balance)));
    let mut lines = vec![meta(L::currency, lang, cur)];
    if let Some(n) = &d.corrects {
        lines.push(meta(L::corrects, lang, n.as_str()));
    }
    if let Some(r) = &d.reason {
        lines.push(meta(L::reason, lang, r.as_str()));
    }
    for r in &d.fx {
        lines.push(meta(L::rate, lang, format!("1 {} = {} {}", r.from, number(r.rate, lang), r.to)));
    }
    if let Some(t) = &d.payment_terms {
        lines.push(meta(L::payment_terms, lang, t.as_str()));
    }
    Body {
        author: d.seller.legal_name.as_ref().unwrap_or(&d.seller.name).to_string(),
        meta: lines,
        parties: vec![party(L::supplier, &d.seller, lang, true), party(L::buyer, &d.buyer, lang, false)],
        bank: bank_block(&d.seller, lang),
        columns: cols,
        header: header(&labels, lang),
        groups: vec![Group::untitled(rows)],
        totals,
        summary: Some(count_and_sum(d.lines.len() + d.costs.len(), &m(t.total), lang)),
        words: Some(d.total_in_words.clone()),
        signatures: signatures(lang),
        ..Body::default()
    }
}

fn packing(d: &PackingList, lang: Lang) -> Body {
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
    let head = header(
        &[
            L::col_box,
            L::col_sku,
            L::col_contents,
            L::col_qty,
            L::col_box_dims,
            L::col_net,
            L::col_gross,
            L::col_volume,
        ],
        lang,
    );
    let rows: Vec<Vec<Cell>> = d
        .boxes
        .iter()
        .map(|b| {
            let sub = if b.item_boxes > 1 { box_of(b.item_box, b.item_boxes, lang) } else { String::new() };
            let qty = b.quantity.map(|q| format!("{} {}", quantity(q, lang), unit(&b.unit, lang))).unwrap_or_default();
            vec![
                Cell::text(format!("{}/{n}", b.n)),
                Cell::text(b.sku.as_str()),
                Cell::named(&b.name, sub),
                Cell::text(qty),
                Cell::text(format!(
                    "{} × {} × {}",
                    quantity(b.length_mm, lang),
                    quantity(b.width_mm, lang),
                    quantity(b.height_mm, lang)
                )),
                Cell::text(three(b.net_kg, lang)),
                Cell::text(three(b.gross_kg, lang)),
                Cell::text(three(b.volume_m3, lang)),
            ]
        })
        .collect();
    let mut lines = vec![];
    if let Some(r) = &d.reference {
        lines.push(meta(L::reference, lang, r.as_str()));
    }
    if let Some(t) = &d.incoterm {
        lines.push(meta(L::incoterm, lang, t.as_str()));
    }
    if let Some(s) = &d.ship_to {
        lines.push(meta(L::ship_to, lang, s.as_str()));
    }
    let totals = vec![
        TotalRow::strong(L::boxes.get(lang), n.to_string()),
        TotalRow::new(L::net_weight.get(lang), three(d.totals.net_weight_kg, lang)),
        TotalRow::new(L::gross_weight.get(lang), three(d.totals.gross_weight_kg, lang)),
        TotalRow::new(L::volume.get(lang), three(d.totals.volume_m3, lang)),
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
    Body {
        author: d.shipper.legal_name.as_ref().unwrap_or(&d.shipper.name).to_string(),
        meta: lines,
        parties: vec![party(L::shipper, &d.shipper, lang, false), party(L::consignee, &d.consignee, lang, false)],
        columns: cols,
        header: head,
        groups: vec![Group::untitled(rows)],
        totals,
        notes,
        ..Body::default()
    }
}
