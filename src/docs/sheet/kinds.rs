//! The kit's tables: the specification, the packing list and the client invoice, each column a
//! field of its model (the item's id first, so an ERP can match a row to its item).

#![allow(clippy::arithmetic_side_effects, reason = "row numbers bounded by the lines limit")]

use super::{Table, Value};
use crate::docs::format::options;
use crate::docs::labels::{unit, L};
use crate::docs::model::client_invoice::ClientInvoice;
use crate::docs::model::{Document, Head, MoneyTotals, PackingList, Party, PriceMode, Specification};
use crate::text::Lang;

/// The table of a kit document, for the kinds where a table is the point.
pub(crate) fn table(d: &Document, lang: Lang) -> Option<Table> {
    match d {
        Document::Specification(d) => Some(specification(d, lang)),
        Document::PackingList(d) => Some(packing_list(d, lang)),
        Document::ClientInvoice(d) => Some(client_invoice(d, lang)),
        Document::Proforma(_) | Document::ProformaRequest(_) | Document::PurchaseOrder(_) => None,
    }
}

/// The minor digits of `currency` (two when it has none the engine knows).
fn digits(currency: &str) -> u32 {
    crate::money::currency_minor_units(currency).unwrap_or(2)
}

/// Number, date, project and segment.
fn head_facts(t: &mut Table, h: &Head) {
    t.fact(L::number, Value::text(h.number.as_str()));
    t.fact(L::date, Value::date(&h.date));
    t.fact(L::project, Value::text(format!("{} ({})", h.project_name, h.project)));
    if let Some(s) = &h.segment {
        t.fact(L::segment, Value::text(s.as_str()));
    }
}

fn party_fact(t: &mut Table, label: L, p: &Party) {
    t.fact(label, Value::text(p.legal_name.as_ref().unwrap_or(&p.name).as_str()));
}

/// Gross and discount (when any), the lines' sum, VAT per rate and the total.
pub(crate) fn money_totals(t: &mut Table, m: &MoneyTotals, label_at: usize, at: usize, dp: u32, with_vat: bool) {
    let lang = t.lang;
    if !m.discount.is_zero() {
        t.total(L::gross.get(lang), label_at, at, Value::money(m.gross, dp));
        t.total(L::discount.get(lang), label_at, at, Value::money(-m.discount, dp));
    }
    t.total(L::subtotal.get(lang), label_at, at, Value::money(m.lines, dp));
    if with_vat {
        let label = if m.prices_include_vat { L::vat_included } else { L::vat };
        for r in &m.vat_rates {
            t.total(format!("{} {} %", label.get(lang), r.rate.normalize()), label_at, at, Value::money(r.vat, dp));
        }
        t.total(L::total_due.get(lang), label_at, at, Value::money(m.total, dp));
    }
}

/// Items by room: id, room, sku, name, manufacturer, options, size, quantity, unit, lead time,
/// and the prices the audience may see (purchase prices with their discount for the supplier,
/// sale prices for a client, none when the model has none).
fn specification(d: &Specification, lang: Lang) -> Table {
    let priced = d.prices != PriceMode::None;
    let purchase = d.prices == PriceMode::Purchase;
    let mut cols = vec![
        L::col_no,
        L::col_item,
        L::col_room,
        L::col_sku,
        L::col_name,
        L::col_manufacturer,
        L::col_options,
        L::col_width,
        L::col_depth,
        L::col_height,
        L::col_qty,
        L::col_unit,
        L::col_lead,
    ];
    if priced {
        cols.push(L::col_price);
        if purchase {
            cols.push(L::col_discount_pct);
        }
        cols.push(L::col_amount);
    }
    let dp = digits(d.currency.as_deref().unwrap_or(""));
    let mut t = Table::new(d.head.title, lang, &cols);
    for g in &d.rooms {
        for l in &g.lines {
            let mut row = vec![
                Value::int(l.n as u64),
                Value::text(l.item.item.as_str()),
                Value::text(g.name.as_str()),
                Value::text(l.item.sku.as_str()),
                Value::text(l.item.name.as_str()),
                Value::text(l.manufacturer.as_str()),
                Value::text(options(&l.item.options)),
                l.dimensions_mm.as_ref().map_or(Value::Empty, |d| Value::figure(d.width)),
                l.dimensions_mm.as_ref().map_or(Value::Empty, |d| Value::figure(d.depth)),
                l.dimensions_mm.as_ref().map_or(Value::Empty, |d| Value::figure(d.height)),
                Value::figure(l.item.quantity),
                Value::text(unit(&l.item.unit, lang)),
                l.lead_time_weeks.map_or(Value::Empty, Value::int),
            ];
            if priced {
                match &l.price {
                    Some(p) => {
                        row.push(Value::money(p.unit_price, dp));
                        if purchase {
                            row.push(p.discount_pct.map_or(Value::Empty, Value::figure));
                        }
                        row.push(Value::money(p.net, dp));
                    }
                    // No price: empty cells (a number column holds numbers only).
                    None => row.extend((0..if purchase { 3 } else { 2 }).map(|_| Value::Empty)),
                }
            }
            t.rows.push(row);
        }
    }
    if let Some(m) = &d.totals {
        let at = cols.len() - 1;
        money_totals(&mut t, m, 4, at, dp, false);
    }
    head_facts(&mut t, &d.head);
    if let Some(p) = &d.from {
        party_fact(&mut t, L::from, p);
    }
    if let Some(p) = &d.to {
        party_fact(&mut t, L::to, p);
    }
    if priced {
        t.fact(L::currency, Value::text(d.currency.as_deref().unwrap_or("")));
    }
    if let Some(w) = d.lead_time_weeks {
        t.fact(L::lead_time, Value::int(w));
    }
    t
}

/// One row per box: its number, the item, sku, name, quantity in it, "k of m" of its item,
/// its dimensions, net and gross weight and volume; the totals under them.
fn packing_list(d: &PackingList, lang: Lang) -> Table {
    let cols = [
        L::col_box,
        L::col_item,
        L::col_sku,
        L::col_contents,
        L::col_qty,
        L::col_unit,
        L::col_item_box,
        L::col_length,
        L::col_width,
        L::col_height,
        L::col_net,
        L::col_gross,
        L::col_volume,
    ];
    let mut t = Table::new(d.head.title, lang, &cols);
    for b in &d.boxes {
        t.rows.push(vec![
            Value::int(b.n),
            Value::text(b.item.as_str()),
            Value::text(b.sku.as_str()),
            Value::text(b.name.as_str()),
            b.quantity.map_or(Value::Empty, Value::figure),
            Value::text(unit(&b.unit, lang)),
            Value::text(format!("{}/{}", b.item_box, b.item_boxes)),
            Value::figure(b.length_mm),
            Value::figure(b.width_mm),
            Value::figure(b.height_mm),
            Value::three(b.net_kg),
            Value::three(b.gross_kg),
            Value::three(b.volume_m3),
        ]);
    }
    t.total(L::boxes.get(lang), 3, 0, Value::int(d.totals.boxes));
    t.total(L::net_weight.get(lang), 3, 10, Value::three(d.totals.net_weight_kg));
    t.total(L::gross_weight.get(lang), 3, 11, Value::three(d.totals.gross_weight_kg));
    t.total(L::volume.get(lang), 3, 12, Value::three(d.totals.volume_m3));
    head_facts(&mut t, &d.head);
    party_fact(&mut t, L::shipper, &d.shipper);
    party_fact(&mut t, L::consignee, &d.consignee);
    if let Some(r) = &d.reference {
        t.fact(L::reference, Value::text(r.as_str()));
    }
    if let Some(i) = &d.incoterm {
        t.fact(L::incoterm, Value::text(i.as_str()));
    }
    if let Some(s) = &d.ship_to {
        t.fact(L::ship_to, Value::text(s.as_str()));
    }
    for u in &d.unpacked {
        t.fact(L::unpacked, Value::text(format!("{} {} — {} {}", u.sku, u.name, u.quantity, unit(&u.unit, lang))));
    }
    t
}

/// The goods at sale prices (with the costs allocated into each line, when any), then the
/// costs printed as their own lines; the totals, the deposit and the balance.
fn client_invoice(d: &ClientInvoice, lang: Lang) -> Table {
    let dp = digits(&d.currency);
    let cols = [
        L::col_no,
        L::col_item,
        L::col_sku,
        L::col_name,
        L::col_options,
        L::col_qty,
        L::col_unit,
        L::col_price,
        L::col_amount,
        L::col_costs,
        L::col_line_total,
        L::col_vat_pct,
    ];
    let mut t = Table::new(d.head.title, lang, &cols);
    for l in &d.lines {
        let costs = l.allocated.values().try_fold(rust_decimal::Decimal::ZERO, |a, b| a.checked_add(*b));
        t.rows.push(vec![
            Value::int(l.n as u64),
            Value::text(l.item.as_str()),
            Value::text(l.sku.as_str()),
            Value::text(l.name.as_str()),
            Value::text(l.options.as_str()),
            Value::figure(l.quantity),
            Value::text(unit(&l.unit, lang)),
            Value::money(l.unit_price, dp),
            Value::money(l.amount, dp),
            match costs {
                Some(c) if !l.allocated.is_empty() => Value::money(c, dp),
                _ => Value::Empty,
            },
            Value::money(l.line_total, dp),
            Value::figure(l.vat_pct),
        ]);
    }
    for (k, c) in d.costs.iter().enumerate() {
        t.rows.push(vec![
            Value::int((d.lines.len() + k + 1) as u64),
            Value::Empty,
            Value::Empty,
            Value::text(c.label.as_str()),
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::money(c.amount, dp),
            Value::Empty,
            Value::money(c.amount, dp),
            Value::figure(c.vat_pct),
        ]);
    }
    let (label_at, at) = (3, 10);
    let tt = &d.totals;
    t.total(L::goods.get(lang), label_at, at, Value::money(tt.goods, dp));
    if !tt.costs.is_zero() {
        t.total(L::costs_total.get(lang), label_at, at, Value::money(tt.costs, dp));
    }
    t.total(L::net_total.get(lang), label_at, at, Value::money(tt.net, dp));
    let vat_label = if tt.prices_include_vat { L::vat_included } else { L::vat };
    for r in &tt.vat {
        t.total(format!("{} {} %", vat_label.get(lang), r.rate.normalize()), label_at, at, Value::money(r.vat, dp));
    }
    t.total(L::total_due.get(lang), label_at, at, Value::money(tt.total, dp));
    if let Some(dep) = d.deposit {
        t.total(L::deposit.get(lang), label_at, at, Value::money(dep, dp));
    }
    if let Some(p) = d.paid {
        t.total(L::paid.get(lang), label_at, at, Value::money(p, dp));
    }
    t.total(L::balance.get(lang), label_at, at, Value::money(d.balance, dp));
    head_facts(&mut t, &d.head);
    party_fact(&mut t, L::supplier, &d.seller);
    party_fact(&mut t, L::buyer, &d.buyer);
    t.fact(L::currency, Value::text(d.currency.as_str()));
    for r in &d.fx {
        t.fact(L::rate, Value::text(format!("1 {} = {} {}", r.from, r.rate, r.to)));
    }
    if let Some(p) = &d.payment_terms {
        t.fact(L::payment_terms, Value::text(p.as_str()));
    }
    if let Some(due) = &d.deposit_due {
        t.fact(L::deposit, Value::date(due));
    }
    if let Some(due) = &d.balance_due {
        t.fact(L::balance, Value::date(due));
    }
    t.fact(L::in_words, Value::text(d.total_in_words.as_str()));
    t
}
