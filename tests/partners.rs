//! Partners: the villa's recommendation against the example directory, the directory's checks
//! and updates, and the cover against brute force.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use bureau::partners::cover::{cover, Limits, Method};
use bureau::partners::{recommend, PartnerIndex, RecommendOptions};
use rust_decimal::Decimal;

fn villa() -> bureau::Project {
    bureau::read_project(bureau::examples::VILLA.as_bytes()).unwrap().value
}

fn directory() -> PartnerIndex {
    PartnerIndex::load(bureau::examples::DIRECTORY.as_bytes()).unwrap().value
}

fn codes(e: &bureau::Error) -> Vec<(String, String)> {
    e.problems().iter().map(|p| (p.code.as_str().to_string(), p.path.clone())).collect()
}

#[test]
fn the_villa_needs_three_manufacturers_and_casa_italia_covers_both_factories() {
    let (p, d) = (villa(), directory());
    let r =
        recommend(&p, &d, &RecommendOptions { language: Some(bureau::money::words::Lang::En), ..Default::default() })
            .unwrap();
    assert_eq!(r.needs, ["f-verdi", "f-luce", "f-tessitura"]);
    // Tessitura's fabric has no price: shares count lines (3 + 2 + 1).
    assert_eq!(r.share_basis, bureau::partners::needs::ShareBasis::Lines);
    assert_eq!(r.share_note.as_deref(), Some("Shares count lines: item it-08 has no price."));
    let ranking: Vec<(&str, &str)> =
        r.ranking.iter().map(|x| (x.supplier.as_str(), &*x.share.to_string().leak())).collect();
    // Casa Italia: Verdi and Luce, 5 of 6 lines; Arredo: Verdi (3 of 6; its Luce partnership
    // expired); Nord Design: Luce (2 of 6). Interior Plus is only pending with Luce.
    assert_eq!(ranking, [("s-casa-italia", "0.8333"), ("s-arredo", "0.5"), ("s-nord-design", "0.3333")]);
    let casa = &r.ranking[0];
    assert_eq!(casa.covers.len(), 2);
    assert_eq!(
        (casa.covers[0].since.as_deref(), casa.covers[0].discount_pct),
        (Some("2022-09-15"), Some(Decimal::from(30)))
    );
    assert_eq!(
        (casa.covers[1].since.as_deref(), casa.covers[1].discount_pct),
        (Some("2021-01-20"), Some(Decimal::from(30)))
    );
    let reason = |kind: &str| casa.reasons.iter().find(|x| x.kind == kind).map(|x| x.text.as_str()).unwrap();
    assert_eq!(
        reason("covers"),
        "Active partnership with Fabbrica Verdi (since 15 September 2022, discount 30%) and Luce Milano (since 20 January 2021, discount 30%)."
    );
    assert_eq!(reason("rank"), "Place 1: ahead of Arredo Group on share: 83.33% against 50%.");
    // One supplier covers both factories, proven.
    assert_eq!(r.cover.suppliers, ["s-casa-italia"]);
    assert!(r.cover.exact);
    assert_eq!(
        r.cover.reasons[0].text,
        "Casa Italia alone covers every manufacturer that has an active partner: Fabbrica Verdi and Luce Milano."
    );
    assert_eq!(r.uncovered, ["f-tessitura"]);
    // Proposals for Tessitura Como, every one with reasons.
    assert!(!r.proposals.is_empty());
    assert!(r.proposals.iter().all(|p| p.manufacturer == "f-tessitura" && !p.reasons.is_empty()));
    let first = &r.proposals[0];
    // Casa Italia: 2 Italian partners (0.8), 2 shared projects (1.0), RU-MOS (1), 4.5 × 0.2 (0.9).
    assert_eq!((first.supplier.as_str(), first.score), ("s-casa-italia", "3.7".parse().unwrap()));
}

#[test]
fn a_directory_with_bad_partnerships_lists_every_problem_with_its_path() {
    let bad = r#"{ "format": "partner-directory/1",
      "companies": [ { "id": "s-a", "kind": "supplier", "name": "A" },
                     { "id": "f-b", "kind": "factory", "name": "B" } ],
      "partnerships": [
        { "supplier": "s-a", "manufacturer": "f-b", "status": "active" },
        { "supplier": "s-a", "manufacturer": "f-b", "status": "pending" },
        { "supplier": "f-b", "manufacturer": "s-a", "status": "active" },
        { "supplier": "s-x", "manufacturer": "f-b", "status": "maybe" } ] }"#;
    let e = PartnerIndex::load(bad.as_bytes()).unwrap_err();
    assert_eq!(
        codes(&e),
        [
            ("value.unknown", "/partnerships/3/status"),
            ("partnership.duplicate", "/partnerships/1"),
            ("role.supplier_kind", "/partnerships/2/supplier"),
            ("role.manufacturer_not_factory", "/partnerships/2/manufacturer"),
            ("ref.unknown_company", "/partnerships/3/supplier"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
}

#[test]
fn an_update_adds_and_ends_partnerships_and_the_next_answer_follows() {
    let (p, mut d) = (villa(), directory());
    let before = d.partnerships();
    // Tessitura gains Arredo; Casa Italia's Luce partnership ends.
    let update = r#"{ "format": "partner-directory/1", "companies": [],
      "partnerships": [
        { "supplier": "s-arredo", "manufacturer": "f-tessitura", "status": "active", "since": "2026-11-01", "discount_pct": "20" },
        { "supplier": "s-casa-italia", "manufacturer": "f-luce", "status": "expired", "since": "2021-01-20" } ] }"#;
    let s = d.update(update.as_bytes()).unwrap();
    assert_eq!((s.partnerships_added, s.partnerships_changed, s.partnerships), (1, 1, before + 1));
    let r = recommend(&p, &d, &RecommendOptions::default()).unwrap();
    assert!(r.uncovered.is_empty());
    // Verdi + Tessitura by Arredo, Luce by Nord Design: two suppliers, proven.
    assert_eq!(r.cover.suppliers, ["s-arredo", "s-nord-design"]);
    assert!(r.cover.exact);
    // The same index, loaded whole with the change, answers the same.
    let mut whole: serde_json::Value = serde_json::from_str(bureau::examples::DIRECTORY).unwrap();
    let list = whole["partnerships"].as_array_mut().unwrap();
    for ps in list.iter_mut() {
        if ps["supplier"] == "s-casa-italia" && ps["manufacturer"] == "f-luce" {
            ps["status"] = "expired".into();
            ps.as_object_mut().unwrap().remove("discount_pct");
        }
    }
    list.push(serde_json::json!({ "supplier": "s-arredo", "manufacturer": "f-tessitura", "status": "active", "since": "2026-11-01", "discount_pct": "20" }));
    let reloaded = PartnerIndex::load(serde_json::to_string(&whole).unwrap().as_bytes()).unwrap().value;
    let again = recommend(&p, &reloaded, &RecommendOptions::default()).unwrap();
    assert_eq!(serde_json::to_string(&r).unwrap(), serde_json::to_string(&again).unwrap());
}

#[test]
fn a_rejected_update_changes_nothing() {
    let (p, mut d) = (villa(), directory());
    let before = serde_json::to_string(&recommend(&p, &d, &RecommendOptions::default()).unwrap()).unwrap();
    let update = r#"{ "format": "partner-directory/1",
      "companies": [ { "id": "f-verdi", "kind": "supplier", "name": "Verdi" } ],
      "partnerships": [ { "supplier": "s-arredo", "manufacturer": "f-tessitura", "status": "active" },
                        { "supplier": "s-arredo", "manufacturer": "f-nowhere", "status": "active" } ] }"#;
    let e = d.update(update.as_bytes()).unwrap_err();
    assert_eq!(
        codes(&e),
        [("directory.kind_changed", "/companies/0/kind"), ("ref.unknown_company", "/partnerships/1/manufacturer")]
            .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    let after = serde_json::to_string(&recommend(&p, &d, &RecommendOptions::default()).unwrap()).unwrap();
    assert_eq!(before, after);
}

#[test]
fn with_rates_and_prices_shares_are_by_value() {
    let mut p = villa();
    // Price Tessitura's fabric in RUB: lines in EUR and RUB need the EUR → RUB rate.
    let fabric = p.items.iter_mut().find(|i| i.id == "it-08").unwrap();
    fabric.unit_price = Some("2000.00".parse().unwrap());
    fabric.currency = Some("RUB".into());
    let d = directory();
    let r = recommend(&p, &d, &RecommendOptions::default()).unwrap();
    assert_eq!(r.share_basis, bureau::partners::needs::ShareBasis::Lines);
    assert!(r.share_note.unwrap().contains("EUR → RUB"));
    let fx = bureau::docs::settings::FxRate { from: "EUR".into(), to: "RUB".into(), rate: "100".parse().unwrap() };
    let r = recommend(&p, &d, &RecommendOptions { fx: vec![fx], ..Default::default() }).unwrap();
    assert_eq!(r.share_basis, bureau::partners::needs::ShareBasis::Value);
    assert_eq!(r.currency.as_deref(), Some("RUB"));
    // Verdi: 12450 × 0.65 + 2 × 4870 × 0.65 + 9650 × 0.65 = 8092.50 + 6331.00 + 6272.50 = 20696.00 EUR.
    // Luce: 8920 × 0.70 + 2 × 3140 × 0.70 = 6244.00 + 4396.00 = 10640.00 EUR. Fabric: 24.5 × 2000 = 49000 RUB.
    let values: Vec<String> = r.manufacturers.iter().map(|m| m.value.normalize().to_string()).collect();
    assert_eq!(values, ["2069600", "1064000", "49000"]);
    // Casa Italia covers (2069600 + 1064000) / 3182600 of the value.
    assert_eq!(r.ranking[0].share.to_string(), "0.9846");
    // Arredo (35 % on Verdi) and Casa Italia (30 % on both): the weighted discount.
    assert_eq!(r.ranking[0].discount_pct.to_string(), "30");
}

#[test]
fn a_supplier_owner_needs_suppliers_only_for_unsourced_items_and_managed_groups_need_none() {
    let mut p = villa();
    p.project.owner = "s-interior-plus".into();
    let d = directory();
    let r = recommend(&p, &d, &RecommendOptions::default()).unwrap();
    assert_eq!(r.needs, ["f-tessitura"]);
    let p = villa();
    let o = RecommendOptions { managed: vec!["PRJ-2026-0142/f-verdi".into()], ..Default::default() };
    let r = recommend(&p, &d, &o).unwrap();
    assert_eq!(r.needs, ["f-luce", "f-tessitura"]);
    let o = RecommendOptions { segment: Some("PRJ-2026-0142/f-luce".into()), ..Default::default() };
    let r = recommend(&p, &d, &o).unwrap();
    assert_eq!(r.needs, ["f-luce"]);
    assert_eq!(r.ranking.iter().map(|x| x.supplier.as_str()).collect::<Vec<_>>(), ["s-nord-design", "s-casa-italia"]);
    let o = RecommendOptions { segment: Some("PRJ-2026-0142/f-nowhere".into()), ..Default::default() };
    let e = recommend(&p, &d, &o).unwrap_err();
    assert_eq!(e[0].code.as_str(), "segment.unknown");
    assert_eq!(e[0].path, "/segment");
}

/// A small deterministic generator (no hash order, no clock).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// Every cover by brute force: the least by (size, −weight, ids).
fn brute_force(n: usize, sets: &[Vec<usize>], weights: &[Decimal]) -> Vec<usize> {
    let union: u64 = sets.iter().flatten().fold(0, |a, &e| a | 1 << e);
    let _ = n;
    let mut best: Option<(usize, Decimal, Vec<usize>)> = None;
    for mask in 0u32..(1 << sets.len()) {
        let chosen: Vec<usize> = (0..sets.len()).filter(|i| mask & (1 << i) != 0).collect();
        let covered: u64 = chosen.iter().flat_map(|&i| &sets[i]).fold(0, |a, &e| a | 1 << e);
        if covered != union {
            continue;
        }
        let w: Decimal = chosen.iter().map(|&i| weights[i]).sum();
        let better = match &best {
            None => true,
            Some((len, bw, ids)) => {
                chosen.len() < *len || (chosen.len() == *len && (w > *bw || (w == *bw && chosen < *ids)))
            }
        };
        if better {
            best = Some((chosen.len(), w, chosen));
        }
    }
    best.map(|b| b.2).unwrap_or_default()
}

#[test]
fn the_exact_cover_is_the_least_of_every_cover_and_greedy_keeps_its_bound() {
    let mut rng = Lcg(42);
    for case in 0..600 {
        let n = 1 + rng.next(9) as usize;
        let k = 1 + rng.next(12) as usize;
        let sets: Vec<Vec<usize>> = (0..k)
            .map(|_| {
                let mut s: Vec<usize> = (0..n).filter(|_| rng.next(3) == 0).collect();
                if s.is_empty() {
                    s.push(rng.next(n as u64) as usize);
                }
                s
            })
            .collect();
        // Few distinct weights, so ties in weight (and the id rule) are common.
        let weights: Vec<Decimal> = (0..k).map(|_| Decimal::from(rng.next(4))).collect();
        let want = brute_force(n, &sets, &weights);
        let got = cover(n, &sets, &weights, Limits::default());
        assert_eq!((got.method, &got.sets), (Method::Exact, &want), "case {case}: {sets:?} {weights:?}");
        assert_eq!(got.lower_bound, want.len());
        let greedy = cover(n, &sets, &weights, Limits { elements: 0, ..Limits::default() });
        assert_eq!(greedy.method, Method::Greedy);
        let union: Vec<usize> = {
            let mut u: Vec<usize> = sets.iter().flatten().copied().collect();
            u.sort_unstable();
            u.dedup();
            u
        };
        assert!(union.iter().all(|e| greedy.sets.iter().any(|&s| sets[s].contains(e))), "case {case}: not a cover");
        assert!(
            Decimal::from(greedy.sets.len() as u64) <= greedy.ratio * Decimal::from(want.len() as u64),
            "case {case}"
        );
        assert!(greedy.lower_bound <= want.len(), "case {case}: bound {} above {}", greedy.lower_bound, want.len());
        // A search cut short still answers with a cover no worse than greedy's.
        let cut = cover(n, &sets, &weights, Limits { nodes: 1, ..Limits::default() });
        assert!(cut.sets.len() <= greedy.sets.len());
        assert!(cut.method == Method::Exact || cut.lower_bound <= want.len());
    }
}
