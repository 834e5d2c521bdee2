//! The Back Office and the Front Office on the villa, every figure checked by hand.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use serde_json::{json, Value};

fn villa() -> &'static [u8] {
    bureau::examples::VILLA.as_bytes()
}

fn reconcile(proforma: &Value, settings: Option<Value>) -> Result<Value, Vec<Value>> {
    let settings = settings.map(|s| serde_json::to_vec(&s).unwrap());
    match bureau::api::reconcile(villa(), &serde_json::to_vec(proforma).unwrap(), settings.as_deref()) {
        Ok(bytes) => Ok(serde_json::from_slice(&bytes).unwrap()),
        Err(e) => {
            let body: Value = serde_json::from_slice(&e.to_json()).unwrap();
            Err(body["errors"].as_array().unwrap().clone())
        }
    }
}

fn verdi() -> Value {
    serde_json::from_str(bureau::examples::VILLA_PROFORMA).unwrap()
}

#[test]
fn verdis_proforma_changes_one_price_drops_one_line_and_adds_one() {
    let r = reconcile(&verdi(), None).unwrap();
    // Requested (the villa): it-01 1 × 12,450.00 − 35 % = 8,092.50; it-02 2 × 4,870.00 =
    // 9,740.00 − 3,409.00 = 6,331.00; it-04 1 × 9,650.00 − 3,377.50 = 6,272.50; Σ 20,696.00.
    // Quoted: it-01 at 12,950.00 → 12,950.00 − 4,532.50 = 8,417.50 (+325.00); it-02 as asked;
    // it-04 not quoted (−6,272.50); FV-ARC-OT 1,890.00 − 661.50 = 1,228.50 (+1,228.50).
    // Σ quoted 15,977.00; effect −4,719.00.
    let statuses: Vec<(&str, &str)> = r["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["sku"].as_str().unwrap(), l["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [("FV-ARC-3S", "changed"), ("FV-ARC-PF", "accepted"), ("FV-TAV-240", "missing"), ("FV-ARC-OT", "added")]
    );
    let lines = &r["lines"];
    assert_eq!(lines[0]["changes"], json!([{ "field": "unit_price", "requested": "12450.00", "quoted": "12950.00" }]));
    assert_eq!(lines[0]["matched_by"], "item");
    assert_eq!(lines[0]["requested"]["net"], "8092.50");
    assert_eq!(lines[0]["quoted"]["net"], "8417.50");
    assert_eq!(lines[0]["effect"], "325.00");
    assert_eq!(lines[1]["matched_by"], "sku");
    assert_eq!(lines[1]["changes"], json!([]));
    assert_eq!(lines[1]["effect"], "0.00");
    assert_eq!(lines[2]["effect"], "-6272.50");
    assert_eq!(lines[2]["item"], "it-04");
    assert_eq!(lines[3]["quoted"], json!({ "gross": "1890.00", "discount": "661.50", "net": "1228.50" }));
    assert_eq!(lines[3]["effect"], "1228.50");
    assert_eq!(r["requested_net"], "20696.00");
    assert_eq!(r["quoted_net"], "15977.00");
    assert_eq!(r["effect"], "-4719.00");
    assert_eq!(r["counts"], json!({ "accepted": 1, "changed": 1, "missing": 1, "added": 1 }));
    assert_eq!(r["arithmetic"], json!([]), "the proforma's totals add up");
    assert_eq!(r["lead_time_weeks"], 12);
    assert_eq!(r["requested_lead_time_weeks"], 14);
    assert_eq!(r["clean"], false);
    assert_eq!(r["currency"], "EUR");
}

#[test]
fn totals_that_do_not_add_up_are_reported() {
    let mut p = verdi();
    p["totals"] = json!({ "net": "15977.50", "vat": "0.00", "total": "15980.00" });
    p["lines"][0]["vat_pct"] = json!("22");
    let r = reconcile(&p, None).unwrap();
    // VAT: 22 % of 8,417.50 = 1,851.85; the stated 0.00 differs. Total: stated net + VAT
    // = 15,977.50 + 0.00, and 15,980.00 is stated.
    assert_eq!(
        r["arithmetic"],
        json!([
            { "field": "net", "stated": "15977.50", "computed": "15977.00", "difference": "0.50" },
            { "field": "vat", "stated": "0.00", "computed": "1851.85", "difference": "-1851.85" },
            { "field": "total", "stated": "15980.00", "computed": "15977.50", "difference": "2.50" },
        ])
    );
}

#[test]
fn tolerances_accept_small_changes_and_still_count_their_money() {
    let mut p = verdi();
    p["lines"][0]["unit_price"] = json!("12500.00"); // +0.40 %
    p["lines"][1]["lead_time_weeks"] = json!(11);
    let strict = reconcile(&p, None).unwrap();
    assert_eq!(strict["lines"][0]["status"], "changed");
    assert_eq!(
        strict["lines"][1]["changes"],
        json!([{ "field": "lead_time_weeks", "requested": "10", "quoted": "11" }])
    );
    let loose =
        reconcile(&p, Some(json!({ "tolerances": { "unit_price_pct": "0.5", "lead_time_weeks": 1 } }))).unwrap();
    assert_eq!(loose["lines"][0]["status"], "accepted");
    assert_eq!(loose["lines"][0]["tolerated"][0]["field"], "unit_price");
    assert_eq!(loose["lines"][1]["status"], "accepted");
    // 12,500 − 35 % = 8,125.00: +32.50 either way.
    assert_eq!(loose["lines"][0]["effect"], "32.50");
    assert_eq!(strict["lines"][0]["effect"], "32.50");
}

#[test]
fn names_match_when_nothing_else_does_and_units_and_quantities_are_compared() {
    let mut p = verdi();
    p["lines"][1] = json!({ "sku": "VERDI-77", "name": "  КРЕСЛО   archi ", "quantity": "3", "unit": "set", "unit_price": "4870.00", "discount_pct": "35" });
    let r = reconcile(&p, None).unwrap();
    let chair = &r["lines"][1];
    assert_eq!(chair["matched_by"], "name");
    assert_eq!(
        chair["changes"],
        json!([
            { "field": "quantity", "requested": "2", "quoted": "3" },
            { "field": "unit", "requested": "pcs", "quoted": "set" },
        ])
    );
}

#[test]
fn a_proforma_in_another_currency_needs_a_rate() {
    let mut p = verdi();
    p["currency"] = json!("RUB");
    p["totals"] = json!(null);
    p.as_object_mut().unwrap().remove("totals");
    let e = reconcile(&p, None).unwrap_err();
    assert_eq!(e[0]["code"], "fx.missing_rate");
    assert_eq!(e[0]["input"], "settings");
    assert!(e[0]["message"].as_str().unwrap().contains("EUR → RUB"));
    assert_eq!(e.len(), 1, "one problem per missing pair: {e:?}");
    let r = reconcile(&p, Some(json!({ "fx": [{ "from": "EUR", "to": "RUB", "rate": "98.4512" }] }))).unwrap();
    // 12,450.00 × 98.4512 = 1,225,717.44 → − 35 % (429,001.10) = 796,716.34.
    assert_eq!(r["lines"][0]["changes"][0]["requested"], "1225717.44");
    assert_eq!(r["lines"][0]["requested"]["net"], "796716.34");
}

#[test]
fn bad_proformas_are_refused_with_every_problem() {
    let mut p = verdi();
    p["segment"] = json!("PRJ-2026-0142/f-nowhere");
    let e = reconcile(&p, None).unwrap_err();
    assert_eq!(e[0]["code"], "segment.unknown");
    assert_eq!(e[0]["input"], "proforma");
    assert!(e[0]["message"].as_str().unwrap().contains("PRJ-2026-0142/f-verdi"));

    let mut p = verdi();
    p["issuer"] = json!("f-luce");
    p["lines"][0]["unit_price"] = json!("-1");
    p["lines"][1]["quantity"] = json!("0");
    let e = reconcile(&p, None).unwrap_err();
    let at: Vec<(&str, &str)> = e.iter().map(|e| (e["code"].as_str().unwrap(), e["path"].as_str().unwrap())).collect();
    assert!(at.contains(&("decimal.negative", "/lines/0/unit_price")), "{at:?}");
    assert!(at.contains(&("decimal.not_positive", "/lines/1/quantity")), "{at:?}");

    let mut p = verdi();
    p["issuer"] = json!("f-luce");
    let e = reconcile(&p, None).unwrap_err();
    assert_eq!(e[0]["code"], "proforma.wrong_issuer");
    assert_eq!(e[0]["path"], "/issuer");
}
