//! Segmentation rules from `segments-and-money.md`, checked against figures computed by hand.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use proptest::prelude::*;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).unwrap()
}

#[test]
fn villa_splits_into_three_segments_and_one_unsourced_group() {
    let out = json(&bureau::api::segment(bureau::examples::VILLA.as_bytes(), None).unwrap());
    let ids: Vec<&str> = out["segments"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["PRJ-2026-0142/f-verdi", "PRJ-2026-0142/f-luce", "PRJ-2026-0142/s-interior-plus"]);
    assert_eq!(out["unsourced"][0]["id"], "PRJ-2026-0142/unsourced/f-tessitura");
    assert_eq!(out["unsourced"][0]["items"], serde_json::json!(["it-08"]));

    // Fabbrica Verdi: 12450.00 + 2 × 4870.00 + 9650.00 = 31840.00; 35 % per line:
    // 4357.50 + 3409.00 + 3377.50 = 11144.00; net 20696.00.
    let verdi = &out["segments"][0];
    assert_eq!(verdi["items"], serde_json::json!(["it-01", "it-02", "it-04"]));
    assert_eq!(
        verdi["totals"]["EUR"],
        serde_json::json!({"gross": "31840.00", "discount": "11144.00", "net": "20696.00"})
    );
    // Boxes: sofa 2, two armchairs 2, table 1 + 1 = 6; gross 2×62 + 2×39.5 + 150 + 55 = 408 kg.
    assert_eq!(verdi["packages"], 6);
    assert_eq!(verdi["gross_weight_kg"], "408.000");
    // Net: 96.5 + 2 × 31.2 + 180 = 338.9 kg.
    assert_eq!(verdi["net_weight_kg"], "338.900");
    // Volume: 2×1.092 + 2×0.767125 + 0.6375 + 0.528 = 4.88375 m³ → 4.884.
    assert_eq!(verdi["volume_m3"], "4.884");
    assert_eq!(verdi["lead_time_weeks"], 14);

    // The showroom sells in RUB: 8 × 148500.00 = 1188000.00 − 10 % = 1069200.00; 2 × 38900.00.
    let showroom = &out["segments"][2];
    assert_eq!(showroom["kind"], "showroom");
    assert_eq!(
        showroom["totals"]["RUB"],
        serde_json::json!({"gross": "1265800.00", "discount": "118800.00", "net": "1147000.00"})
    );
    // Chairs two to a box: ceil(8 × 0.5) = 4 boxes, plus 2 wall lamps.
    assert_eq!(showroom["packages"], 6);
}

#[test]
fn rounding_is_at_the_line_half_away_from_zero_with_iso_minor_units() {
    let input = std::fs::read("tests/vectors/rounding/input.json").unwrap();
    let out = json(&bureau::api::segment(&input, None).unwrap());
    let totals = |seg: usize, cur: &str| out["segments"][seg]["totals"][cur].clone();
    // EUR: 3 × 0.125 = 0.375 → 0.38; 12.5 % of 0.38 = 0.0475 → 0.05; net 0.33; the free
    // sample adds 0.00. Unrounded, the discount would be 0.046875 → 0.05 on the total, and
    // the gross 0.375 → 0.38: the line rule is what makes net 0.33, not 0.32.
    assert_eq!(totals(0, "EUR"), serde_json::json!({"gross": "0.38", "discount": "0.05", "net": "0.33"}));
    // GBP: 0.75 × 10.01 = 7.5075 → 7.51; 33.3333 % → 2.503330… → 2.50.
    assert_eq!(totals(0, "GBP"), serde_json::json!({"gross": "7.51", "discount": "2.50", "net": "5.01"}));
    // JPY has no minor unit: 3 × 333.5 = 1000.5 → 1001 (10 % → 100.1 → 100), plus 1000 (15 % → 150).
    assert_eq!(totals(1, "JPY"), serde_json::json!({"gross": "2001", "discount": "250", "net": "1751"}));
    // KWD has three: 2.5 × 3.2841 = 8.21025 → 8.210.
    assert_eq!(totals(2, "KWD"), serde_json::json!({"gross": "8.210", "discount": "0.000", "net": "8.210"}));
    // Totals per currency, ordered by code (EUR before GBP).
    let keys: Vec<&String> = out["segments"][0]["totals"].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["EUR", "GBP"]);
    // Boxes: ceil(3 × 0.25) = 1 and ceil(0.75 × 0.3) = 1; weights to 3 decimals at the total:
    // 1.0005 + 0.2 = 1.2005 → 1.201; net 3 × 0.3335 + 0.75 × 0.1 = 1.0755 → 1.076.
    assert_eq!(out["segments"][0]["packages"], 2);
    assert_eq!(out["segments"][0]["gross_weight_kg"], "1.201");
    assert_eq!(out["segments"][0]["net_weight_kg"], "1.076");
    // KWD line: ceil(2.5 × 2) = 5 boxes of 1234 × 567 × 89 mm = 0.311355510 m³ → 0.311.
    assert_eq!(out["segments"][2]["packages"], 5);
    assert_eq!(out["segments"][2]["volume_m3"], "0.311");
}

#[test]
fn bankers_rounding_is_an_option() {
    let mut project = bureau::read_project(&std::fs::read("tests/vectors/rounding/input.json").unwrap()).unwrap().value;
    project.items.truncate(1);
    // 0.145: half-even keeps the even 4, commercial rounding goes up to 0.15.
    project.items[0].unit_price = Some(d("0.145"));
    project.items[0].quantity = d("1");
    project.items[0].discount_pct = None;
    let gross = |r| bureau::segment::segment(&project, r).unwrap().segments[0].measures.totals["EUR"].gross;
    assert_eq!(gross(bureau::money::Rounding::HalfEven), d("0.14"));
    assert_eq!(gross(bureau::money::Rounding::HalfAwayFromZero), d("0.15"));
}

#[test]
fn malformed_input_is_an_error_never_a_crash() {
    // A JSON number for a price, an unknown source, a negative quantity: one call, every path.
    let err = bureau::read_project(&std::fs::read("tests/vectors/invalid-fields/input.json").unwrap()).unwrap_err();
    let paths: Vec<String> = err.problems().iter().map(|p| format!("{} {}", p.code.as_str(), p.path)).collect();
    for want in [
        "decimal.not_a_string /items/0/unit_price",
        "ref.unknown_company /items/1/source",
        "decimal.not_positive /items/2/quantity",
    ] {
        assert!(paths.iter().any(|p| p == want), "{want} not in {paths:?}");
    }
    // Invalid JSON, not UTF-8, deeply nested, a 100 MB string.
    for (bytes, code) in [
        (b"{\"format\": ".to_vec(), "json.syntax"),
        (vec![b'{', b'"', 0xff, 0xfe, b'"', b':', b'1', b'}'], "json.syntax"),
    ] {
        let e = bureau::api::segment(&bytes, None).unwrap_err();
        assert_eq!(e.code(), code);
    }
    // 100,000 nested lists where an item belongs: skipped without recursion, named by path.
    let deep = [b"{\"items\": [".to_vec(), vec![b'['; 100_000], vec![b']'; 100_000], b"]}".to_vec()].concat();
    let e = bureau::api::segment(&deep, None).unwrap_err();
    assert!(e.problems().iter().any(|p| p.code.as_str() == "field.type" && p.path == "/items/0"), "{e}");
    // Deep nesting inside a value the reader descends into stops at serde_json's limit.
    let deep = [b"{\"project\": ".to_vec(), b"{\"client\": ".repeat(200), b"1".to_vec(), b"}".repeat(201)].concat();
    assert!(bureau::api::segment(&deep, None).is_err());
    let mut big = br#"{"format":"studio-project/1","project":{"id":"p","name":""#.to_vec();
    big.extend(std::iter::repeat_n(b'x', 50 * 1024 * 1024));
    big.extend(br#""}}"#);
    let e = bureau::api::segment(&big, None).unwrap_err();
    assert!(e.problems().iter().any(|p| p.code.as_str() == "string.too_long" && p.path == "/project/name"), "{e}");
    // Past the limit of bytes per input, nothing is parsed.
    big.extend(std::iter::repeat_n(b' ', 20 * 1024 * 1024));
    let e = bureau::api::segment(&big, None).unwrap_err();
    assert_eq!(e.code(), "limit.input_bytes", "{e}");
}

#[test]
fn every_error_has_a_catalogued_code_and_a_pointer() {
    let err = bureau::read_project(&std::fs::read("tests/vectors/invalid-fields/input.json").unwrap()).unwrap_err();
    for p in err.problems() {
        assert!(bureau::Code::ALL.contains(&p.code));
        assert!(p.path.is_empty() || p.path.starts_with('/'), "{}", p.path);
        assert!(p.message.len() > 20, "{}", p.message);
    }
}

fn project_with(lines: &[(String, String, String, String)]) -> Vec<u8> {
    let items: Vec<serde_json::Value> = lines
        .iter()
        .enumerate()
        .map(|(i, (q, p, disc, cur))| {
            serde_json::json!({
                "id": format!("i{i}"), "sku": "S", "name": "N", "manufacturer": "f", "source": if i % 3 == 0 { "s" } else { "f" },
                "quantity": q, "unit_price": p, "currency": cur, "discount_pct": disc,
                "packages": [{"per_unit": "0.3", "length_mm": "10", "width_mm": "20", "height_mm": "30", "gross_kg": "1.5"}]
            })
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({
        "format": "studio-project/1",
        "project": {"id": "P", "name": "Prop", "locale": "en", "currency": "EUR", "owner": "s"},
        "companies": [{"id": "s", "kind": "supplier", "name": "S"}, {"id": "f", "kind": "factory", "name": "F"}],
        "items": items
    }))
    .unwrap()
}

fn decimal_string(max_int: u64, dp: u32) -> impl Strategy<Value = String> {
    (0..=max_int, 0..10u64.pow(dp)).prop_map(move |(i, f)| {
        if dp == 0 {
            i.to_string()
        } else {
            format!("{i}.{f:0width$}", width = dp as usize)
        }
    })
}

/// The rules of `segments-and-money.md`, written plainly with rust_decimal: the oracle the
/// engine's fast arithmetic is checked against.
fn reference_line(q: &str, p: &str, disc: &str, cur: &str) -> (Decimal, Decimal, u64) {
    use rust_decimal::RoundingStrategy::MidpointAwayFromZero;
    let dp = bureau::money::currency_minor_units(cur).unwrap();
    let gross = (d(q) * d(p)).round_dp_with_strategy(dp, MidpointAwayFromZero);
    let discount = (gross * d(disc) / Decimal::ONE_HUNDRED).round_dp_with_strategy(dp, MidpointAwayFromZero);
    let boxes = (d(q) * d("0.3")).ceil();
    (gross, discount, u64::try_from(boxes).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Totals are the sums of lines rounded one by one, to the minor unit, in every currency,
    /// exactly as a plain rust_decimal reading of the rules computes them; net = gross − discount.
    #[test]
    fn totals_are_sums_of_rounded_lines(lines in prop::collection::vec(
        (decimal_string(500, 3).prop_filter("positive", |q| d(q) > Decimal::ZERO),
         decimal_string(100_000, 4), decimal_string(99, 2), prop::sample::select(vec!["EUR", "JPY", "KWD"]).prop_map(String::from)), 1..12)) {
        let out = json(&bureau::api::segment(&project_with(&lines), None).unwrap());
        let mut want: std::collections::BTreeMap<(&str, String), (Decimal, Decimal)> = Default::default();
        let mut boxes: std::collections::BTreeMap<&str, u64> = Default::default();
        for (i, (q, p, disc, cur)) in lines.iter().enumerate() {
            let seg = if i % 3 == 0 { "P/s" } else { "P/f" };
            let (g, di, b) = reference_line(q, p, disc, cur);
            let e = want.entry((seg, cur.clone())).or_default();
            e.0 += g;
            e.1 += di;
            *boxes.entry(seg).or_default() += b;
        }
        for seg in out["segments"].as_array().unwrap() {
            let id = seg["id"].as_str().unwrap();
            prop_assert_eq!(seg["packages"].as_u64().unwrap(), boxes[id]);
            let totals = seg["totals"].as_object().unwrap();
            prop_assert_eq!(totals.len(), want.keys().filter(|(s, _)| *s == id).count());
            for (cur, t) in totals {
                let (g, di) = want[&(id, cur.clone())];
                let dp = bureau::money::currency_minor_units(cur).unwrap();
                let (tg, td, tn) = (d(t["gross"].as_str().unwrap()), d(t["discount"].as_str().unwrap()), d(t["net"].as_str().unwrap()));
                prop_assert_eq!(tg, g);
                prop_assert_eq!(td, di);
                prop_assert_eq!(tn, g - di);
                prop_assert_eq!((tg.scale(), td.scale(), tn.scale()), (dp, dp, dp));
            }
        }
    }

    /// No input bytes make the engine panic.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = bureau::api::validate(&bytes);
        let _ = bureau::api::segment(&bytes, None);
    }
}
