//! Extreme decimals everywhere: the largest and smallest values 28 digits hold, 28 fractional
//! digits, and values just past a product's or sum's reach, put into every decimal field an
//! operation reads (prices, quantities, discounts, packages, weights, rates, costs, shares,
//! quoted lines). Every operation must end in success or a clear error (`amount.overflow`, or
//! the field's own check): never a panic, never another code.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use proptest::prelude::*;
use serde_json::{json, Value};

const EXTREMES: &[&str] = &[
    "79228162514264337593543950335",
    "-79228162514264337593543950335",
    "7.9228162514264337593543950335",
    "0.0000000000000000000000000001",
    "50000000000000000000000000000",
    "1000000000000000000000000000",
    "999999999999999999999999.9999",
    "1.0000000000000000000000000001",
    "0",
    "1",
    "100",
    "0.5",
];

/// A code an extreme decimal may end in: overflow, or the field's own check of its range.
fn allowed(code: &str) -> bool {
    code == "amount.overflow"
        || code.starts_with("decimal.")
        || code.starts_with("limit.")
        || code.starts_with("cost.")
        || matches!(
            code,
            "packing.inconsistent"
                | "allocation.zero_basis"
                | "allocation.manual_mismatch"
                | "fx.missing_rate"
                | "integer.invalid"
                | "vat.missing_rate"
        )
}

fn check(what: &str, r: Result<impl Sized, bureau::Error>) -> Result<(), TestCaseError> {
    if let Err(e) = r {
        for p in e.problems() {
            prop_assert!(allowed(p.code.as_str()), "{what}: {} at {}: {}", p.code.as_str(), p.path, p.message);
        }
    }
    Ok(())
}

fn villa() -> Value {
    serde_json::from_str(bureau::examples::VILLA).unwrap()
}

/// Extremes a positive field accepts: most cases then pass validation and reach the
/// arithmetic that must stay exact.
const POSITIVE: &[&str] = &[
    "79228162514264337593543950335",
    "7.9228162514264337593543950335",
    "0.0000000000000000000000000001",
    "50000000000000000000000000000",
    "1000000000000000000000000000",
    "999999999999999999999999.9999",
    "1.0000000000000000000000000001",
    "1",
];

/// Extremes a percentage accepts.
const PERCENT: &[&str] = &["0", "100", "99.999999999999999999999999999", "0.0000000000000000000000000001", "35"];

/// The villa with extreme decimals in its first items' fields (`picks` chooses which).
fn project(picks: &[usize]) -> Value {
    let mut p = villa();
    let pick = |i: usize| picks[i % picks.len()];
    let pos = |i: usize| json!(POSITIVE[pick(i) % POSITIVE.len()]);
    let pct = |i: usize| json!(PERCENT[pick(i) % PERCENT.len()]);
    let it = &mut p["items"][0];
    it["unit_price"] = pos(0);
    it["quantity"] = pos(1);
    it["discount_pct"] = pct(2);
    it["net_weight_kg"] = pos(3);
    it["packages"][0]["per_unit"] = pos(4);
    it["packages"][0]["gross_kg"] = pos(5);
    it["packages"][0]["length_mm"] = pos(6);
    p["items"][1]["unit_price"] = pos(7);
    p["items"][1]["quantity"] = pos(8);
    p
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn every_operation_ends_in_success_or_a_clear_error(picks in prop::collection::vec(0usize..EXTREMES.len(), 12)) {
        let e = |i: usize| json!(EXTREMES[picks[i % picks.len()]]);
        let p = project(&picks);
        let bytes = serde_json::to_vec(&p).unwrap();
        let segment = "PRJ-2026-0142/f-verdi";
        check("validate", bureau::api::validate(&bytes))?;
        check("segment", bureau::api::segment(&bytes, Some(bureau::examples::VILLA.as_bytes())))?;
        for kind in ["specification", "proforma_request", "proforma", "packing_list"] {
            let request = json!({ "kind": kind, "segment": segment, "format": "json", "buyer": "s-casa-italia",
                "companies": [{ "id": "s-casa-italia", "kind": "supplier", "name": "Casa Italia", "country": "IT" }],
                "deposit_pct": "50", "markup_pct": e(8),
                "fx": [{ "from": "EUR", "to": "RUB", "rate": e(9) }] });
            check(kind, bureau::api::document(&bytes, request.to_string().as_bytes()))?;
        }
        // A quoted proforma with extreme lines and stated totals.
        let mut pf: Value = serde_json::from_str(bureau::examples::VILLA_PROFORMA).unwrap();
        pf["lines"][0]["unit_price"] = e(10);
        pf["lines"][0]["quantity"] = e(11);
        pf["lines"][1]["discount_pct"] = e(2);
        if pf.get("totals").is_some() {
            pf["totals"]["net"] = e(3);
        }
        let pf_bytes = serde_json::to_vec(&pf).unwrap();
        check("reconcile", bureau::api::reconcile(&bytes, &pf_bytes, None))?;
        check("reconcile villa", bureau::api::reconcile(bureau::examples::VILLA.as_bytes(), &pf_bytes, None))?;
        // The villa's invoice request with extreme costs, markup, rates and shares.
        let mut inv: Value = serde_json::from_str(bureau::examples::VILLA_INVOICE).unwrap();
        inv["markup_pct"] = e(4);
        if let Some(costs) = inv["costs"].as_array_mut() {
            for (i, c) in costs.iter_mut().enumerate() {
                if c.get("amount").is_some() { c["amount"] = e(i + 5); }
                if c.get("percent_of_goods").is_some() { c["percent_of_goods"] = e(i + 6); }
            }
        }
        if let Some(fx) = inv["fx"].as_array_mut() {
            for r in fx.iter_mut() { r["rate"] = e(7); }
        }
        let inv_bytes = serde_json::to_vec(&inv).unwrap();
        check("invoice", bureau::api::invoice(&bytes, &inv_bytes))?;
        check("invoice villa", bureau::api::invoice(bureau::examples::VILLA.as_bytes(), &inv_bytes))?;
        // Recommendations weigh by value; rates from the options.
        let (index, _) = bureau::api::load_directory(bureau::examples::DIRECTORY.as_bytes()).unwrap();
        let options = json!({ "fx": [{ "from": "EUR", "to": "RUB", "rate": e(9) }] });
        check("recommend", bureau::api::recommend(&bytes, &index, Some(options.to_string().as_bytes())))?;
        check("words", bureau::api::words(json!({ "amount": e(0), "currency": "RUB", "language": "ru" }).to_string().as_bytes()))?;
        // A deal records the quoted proforma.
        if let Ok((mut deal, _)) = bureau::api::deal_new(&bytes, Some(&index)) {
            let invite = json!({ "actor": "d-kovaleva", "at": "2026-11-21T09:00:00Z", "action": "invite_supplier",
                "segments": [segment], "supplier": "s-casa-italia" });
            let accept = json!({ "actor": "s-casa-italia", "at": "2026-11-21T10:00:00Z", "action": "accept_invitation",
                "segments": [segment] });
            let record = json!({ "actor": "s-casa-italia", "at": "2026-11-22T10:00:00Z", "action": "record_proforma",
                "segment": segment, "proforma": pf });
            for action in [invite, accept, record] {
                check("deal", bureau::api::deal_apply(&mut deal, action.to_string().as_bytes(), Some(&index)))?;
            }
        }
    }
}
