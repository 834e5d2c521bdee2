//! Property tests of the client invoice over generated projects and requests: shares add up
//! to each cost and are never negative; totals equal the sums of the printed lines; each line's
//! amount is its quantity times its converted price, and the goods are the sum of those.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn d(v: &Value) -> Decimal {
    v.as_str().unwrap_or("0").parse().unwrap()
}

#[derive(Debug, Clone)]
struct Line {
    quantity: u32,
    cents: u64,
    discount: u32,
    boxes: Option<(u32, u32, u32, u32)>,
}

fn line() -> impl Strategy<Value = Line> {
    (1u32..20, 1u64..5_000_000, 0u32..60, prop::option::of((1u32..3, 100u32..2500, 1u32..900, 1u32..200)))
        .prop_map(|(quantity, cents, discount, boxes)| Line { quantity, cents, discount, boxes })
}

fn project(lines: &[Line]) -> Vec<u8> {
    let items: Vec<Value> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let mut it = json!({
                "id": format!("it-{i}"), "sku": format!("S-{i}"), "name": format!("Item {i}"), "manufacturer": "f",
                "source": "f", "quantity": l.quantity.to_string(), "unit_price": Decimal::new(l.cents as i64, 2).to_string(),
                "currency": "EUR", "discount_pct": l.discount.to_string(),
            });
            if let Some((per, len, wid, kg)) = l.boxes {
                it["packages"] = json!([{ "per_unit": per.to_string(), "length_mm": len.to_string(), "width_mm": wid.to_string(),
                    "height_mm": "500", "gross_kg": format!("{kg}.5") }]);
            }
            it
        })
        .collect();
    serde_json::to_vec(&json!({
        "format": "studio-project/1",
        "project": { "id": "P", "name": "P", "locale": "en", "currency": "EUR", "owner": "s", "date": "2026-12-01",
                     "client": { "name": "Client", "kind": "private" } },
        "companies": [{ "id": "s", "kind": "supplier", "name": "Seller" }, { "id": "f", "kind": "factory", "name": "F" }],
        "items": items,
    }))
    .unwrap()
}

fn costs() -> impl Strategy<Value = Vec<Value>> {
    let basis = prop::sample::select(vec!["value", "quantity", "gross_weight", "volume", "equal", ""]);
    let cost = (0u64..10_000_000, basis, any::<bool>(), 0u32..30).prop_map(|(cents, basis, percent, pct)| {
        let mut c = if percent {
            json!({ "kind": "design_fee", "percent_of_goods": pct.to_string() })
        } else {
            json!({ "kind": "logistics", "amount": Decimal::new(cents as i64, 2).to_string(), "currency": "EUR" })
        };
        if !basis.is_empty() {
            c["allocate"] = json!(basis);
        }
        c
    });
    prop::collection::vec(cost, 0..4)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn every_amount_adds_up(
        lines in prop::collection::vec(line(), 1..12),
        costs in costs(),
        rate in 1u64..2_000_000,
        markup in 0u32..80,
        vat in prop::sample::select(vec!["0", "10", "20", "22"]),
        per_line in any::<bool>(),
        include in any::<bool>(),
        rub in any::<bool>(),
    ) {
        let currency = if rub { "RUB" } else { "EUR" };
        let rate = Decimal::new(rate as i64, 4);
        let request = json!({
            "segments": ["P/f"], "seller": "s", "currency": currency, "markup_pct": markup.to_string(),
            "fx": [{ "from": "EUR", "to": "RUB", "rate": rate.to_string() }],
            "costs": costs, "deposit_pct": "30",
            "vat": { "policy": if per_line { "per_line" } else { "per_document" }, "rate": vat, "prices_include_vat": include },
        });
        let out = bureau::api::invoice(&project(&lines), &serde_json::to_vec(&request).unwrap());
        let inv: Value = match out {
            Ok(bytes) => serde_json::from_slice::<Value>(&bytes).unwrap()["invoice"].clone(),
            Err(e) => {
                // The only refusal a valid request may get: a basis that is zero on every line.
                let body = String::from_utf8(e.to_json()).unwrap();
                prop_assert!(body.contains("allocation.zero_basis"), "{}", body);
                return Ok(());
            }
        };
        let printed = inv["lines"].as_array().unwrap();
        let mut goods = Decimal::ZERO;
        let mut line_totals = Decimal::ZERO;
        let mut allocated_by_kind = std::collections::BTreeMap::<String, Decimal>::new();
        for l in printed {
            // Converting then multiplying: the amount is quantity × the printed unit price.
            let q = d(&l["quantity"]);
            let amount = d(&l["amount"]);
            prop_assert_eq!(amount, (q * d(&l["unit_price"])).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero));
            goods += amount;
            let mut total = amount;
            for (kind, share) in l["allocated"].as_object().into_iter().flatten() {
                let share = d(share);
                prop_assert!(share >= Decimal::ZERO, "negative share {}", share);
                total += share;
                *allocated_by_kind.entry(kind.clone()).or_default() += share;
            }
            prop_assert_eq!(d(&l["line_total"]), total);
            line_totals += total;
        }
        let t = &inv["totals"];
        prop_assert_eq!(d(&t["goods"]), goods);
        let own: Decimal = inv["costs"].as_array().unwrap().iter().map(|c| d(&c["amount"])).sum();
        let allocated: Decimal = allocated_by_kind.values().copied().sum();
        prop_assert_eq!(d(&t["costs"]), own + allocated, "every cost is printed or allocated");
        // Each allocated cost adds up: the request's allocated costs, converted, equal the shares.
        let mut wanted = Decimal::ZERO;
        for c in request["costs"].as_array().unwrap().iter().filter(|c| c.get("allocate").is_some()) {
            wanted += match c.get("percent_of_goods") {
                Some(p) => (goods * d(p) / Decimal::ONE_HUNDRED).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
                None if rub => (d(&c["amount"]) * rate).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
                None => d(&c["amount"]),
            };
        }
        prop_assert_eq!(allocated, wanted);
        let vat_rows: Decimal = t["vat"].as_array().unwrap().iter().map(|r| d(&r["vat"])).sum();
        prop_assert_eq!(d(&t["vat_total"]), vat_rows);
        let bases: Decimal = t["vat"].as_array().unwrap().iter().map(|r| d(&r["base"])).sum();
        prop_assert_eq!(bases, line_totals + own, "VAT bases are the printed lines");
        if include {
            prop_assert_eq!(d(&t["total"]), goods + d(&t["costs"]));
            prop_assert_eq!(d(&t["net"]) + d(&t["vat_total"]), d(&t["total"]));
        } else {
            prop_assert_eq!(d(&t["net"]), goods + d(&t["costs"]));
            prop_assert_eq!(d(&t["net"]) + d(&t["vat_total"]), d(&t["total"]));
        }
        prop_assert_eq!(d(&inv["deposit"]) + d(&inv["balance"]), d(&t["total"]));
    }
}
