//! Partners: the villa's recommendation against the example directory, the directory's checks
//! and updates, and the cover against brute force.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use bureau::partners::steps::{cover, greedy_lists, Limits, Method};
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
    assert_eq!(r.share_basis, bureau::partners::steps::ShareBasis::Lines);
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
    let reason = |kind: &str| {
        casa.reasons.iter().find(|x| serde_json::to_value(x.kind).unwrap() == kind).map(|x| x.text.as_str()).unwrap()
    };
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
    assert_eq!(r.share_basis, bureau::partners::steps::ShareBasis::Lines);
    assert!(r.share_note.unwrap().contains("EUR → RUB"));
    let fx = bureau::docs::settings::FxRate { from: "EUR".into(), to: "RUB".into(), rate: "100".parse().unwrap() };
    let r = recommend(&p, &d, &RecommendOptions { fx: vec![fx], ..Default::default() }).unwrap();
    assert_eq!(r.share_basis, bureau::partners::steps::ShareBasis::Value);
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

/// Every cover by brute force: the least by (size, −weight, ids), in id order.
fn brute_force(sets: &[Vec<usize>], weights: &[i128], ids: &[u32]) -> Vec<usize> {
    let union: u64 = sets.iter().flatten().fold(0, |a, &e| a | 1 << e);
    let mut best: Option<(usize, i128, Vec<u32>, Vec<usize>)> = None;
    for mask in 0u32..(1 << sets.len()) {
        let mut chosen: Vec<usize> = (0..sets.len()).filter(|i| mask & (1 << i) != 0).collect();
        let covered: u64 = chosen.iter().flat_map(|&i| &sets[i]).fold(0, |a, &e| a | 1 << e);
        if covered != union {
            continue;
        }
        chosen.sort_by_key(|&i| ids[i]);
        let key: Vec<u32> = chosen.iter().map(|&i| ids[i]).collect();
        let w: i128 = chosen.iter().map(|&i| weights[i]).sum();
        let better = match &best {
            None => true,
            Some((len, bw, bk, _)) => {
                chosen.len() < *len || (chosen.len() == *len && (w > *bw || (w == *bw && key < *bk)))
            }
        };
        if better {
            best = Some((chosen.len(), w, key, chosen));
        }
    }
    best.map(|b| b.3).unwrap_or_default()
}

#[test]
fn the_exact_cover_is_the_least_of_every_cover_and_greedy_keeps_its_bound() {
    let mut rng = Lcg(42);
    let mut exact = 0;
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
        let masks: Vec<u128> = sets.iter().map(|s| s.iter().fold(0, |a, &e| a | 1u128 << e)).collect();
        // Few distinct weights, so ties in weight (and the id rule) are common.
        let weights: Vec<i128> = (0..k).map(|_| i128::from(rng.next(4))).collect();
        // Ids in a shuffled order: ties go by them, not by position.
        let mut ids: Vec<u32> = (0..k as u32).collect();
        for i in (1..k).rev() {
            ids.swap(i, rng.next(i as u64 + 1) as usize);
        }
        let want = brute_force(&sets, &weights, &ids);
        let got = cover(&masks, &weights, &ids, Limits::default());
        assert_eq!((got.method, &got.sets), (Method::Exact, &want), "case {case}: {sets:?} {weights:?}");
        assert_eq!(got.lower_bound, want.len());
        exact += 1;
        // Greedy, forced by a limit of no sets, and greedy over lists: valid covers within H(d).
        let union: Vec<usize> = {
            let mut u: Vec<usize> = sets.iter().flatten().copied().collect();
            u.sort_unstable();
            u.dedup();
            u
        };
        for greedy in [
            cover(&masks, &weights, &ids, Limits { sets: 0, ..Limits::default() }),
            greedy_lists(n, &sets, &weights, &ids),
        ] {
            assert_eq!(greedy.method, Method::Greedy);
            assert!(union.iter().all(|e| greedy.sets.iter().any(|&s| sets[s].contains(e))), "case {case}: not a cover");
            assert!(
                Decimal::from(greedy.sets.len() as u64) <= greedy.ratio * Decimal::from(want.len() as u64),
                "case {case}: greedy {} beyond {} × {}",
                greedy.sets.len(),
                greedy.ratio,
                want.len()
            );
            assert!(greedy.lower_bound <= want.len(), "case {case}: bound {} above {}", greedy.lower_bound, want.len());
        }
        // A search cut short still answers with a cover, and a bound that holds.
        let cut = cover(&masks, &weights, &ids, Limits { nodes: 1, ..Limits::default() });
        assert!(union.iter().all(|e| cut.sets.iter().any(|&s| sets[s].contains(e))), "case {case}: cut not a cover");
        assert!(cut.method == Method::Exact || cut.lower_bound <= want.len());
    }
    assert_eq!(exact, 600);
}

/// A small random directory as JSON: `factories` factories, `suppliers` suppliers, `pairs` pairs.
fn random_directory(rng: &mut Lcg, factories: u64, suppliers: u64, pairs: usize) -> serde_json::Value {
    let mut companies = Vec::new();
    for f in 0..factories {
        let country = ["IT", "DE", "FR"][(f % 3) as usize];
        companies.push(serde_json::json!({ "id": format!("f-{f}"), "kind": "factory", "name": format!("F {f}"), "country": country }));
    }
    for s in 0..suppliers {
        let kind = if s % 3 == 0 { "showroom" } else { "supplier" };
        let rating = format!("{}.{}", rng.next(5), rng.next(10));
        let region = ["RU-MOW", "RU-SPE", "RU-MOS"][(s % 3) as usize];
        companies
            .push(serde_json::json!({ "id": format!("s-{s}"), "kind": kind, "name": format!("S {s}"), "country": "RU",
            "regions": [region], "rating": rating }));
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut partnerships = Vec::new();
    while partnerships.len() < pairs {
        let (s, f) = (rng.next(suppliers), rng.next(factories));
        if !seen.insert((s, f)) {
            continue;
        }
        let status = ["active", "active", "expired", "pending", "declined"][rng.next(5) as usize];
        let mut p =
            serde_json::json!({ "supplier": format!("s-{s}"), "manufacturer": format!("f-{f}"), "status": status });
        if rng.next(4) > 0 {
            p["since"] = format!("20{:02}-{:02}-{:02}", 10 + rng.next(15), 1 + rng.next(12), 1 + rng.next(28)).into();
        }
        if rng.next(4) > 0 {
            p["discount_pct"] = format!("{}.{}", rng.next(50), rng.next(100)).into();
        }
        partnerships.push(p);
    }
    serde_json::json!({ "format": "partner-directory/1", "companies": companies, "partnerships": partnerships })
}

#[test]
fn the_fast_loader_gives_the_precise_readers_index_and_steps_aside_when_anything_is_off() {
    let villa = villa();
    let mut rng = Lcg(7);
    for case in 0..60 {
        let mut doc = random_directory(&mut rng, 6, 12, 30);
        // Some of them carry something the fast path must not judge: it falls back.
        let odd = case % 4;
        match odd {
            1 => doc["partnerships"][0]["note"] = "x".into(), // an unknown field: a warning
            2 => doc["partnerships"][1]["since"] = serde_json::Value::Null, // null: absent
            _ => {}
        }
        let mut text = serde_json::to_string(&doc).unwrap();
        if odd == 3 {
            // The same id with its hyphen escaped: the fast path reads strings unescaped.
            text = text.replacen("\"manufacturer\":\"f-", "\"manufacturer\":\"f\\u002d", 1);
        }
        let fast = bureau::partners::steps::optimistic(text.as_bytes());
        let precise = PartnerIndex::load_precisely(text.as_bytes()).unwrap();
        assert_eq!(fast.is_some(), odd == 0 || odd == 2, "case {case}: the fast path's choice");
        let loaded = PartnerIndex::load(text.as_bytes()).unwrap();
        assert_eq!(loaded.warnings, precise.warnings, "case {case}");
        let dump = |i: &PartnerIndex| serde_json::to_string(&i.to_directory()).unwrap();
        assert_eq!(dump(&loaded.value), dump(&precise.value), "case {case}");
        if let Some(fast) = &fast {
            assert_eq!(dump(fast), dump(&precise.value), "case {case}");
            let o = RecommendOptions::default();
            let a = serde_json::to_string(&recommend(&villa, fast, &o).unwrap()).unwrap();
            let b = serde_json::to_string(&recommend(&villa, &precise.value, &o).unwrap()).unwrap();
            assert_eq!(a, b, "case {case}");
        }
    }
    // A pair listed twice: the same.
    let mut doc = random_directory(&mut rng, 3, 3, 4);
    let again = doc["partnerships"][0].clone();
    doc["partnerships"].as_array_mut().unwrap().push(again);
    let text = serde_json::to_string(&doc).unwrap();
    assert!(bureau::partners::steps::optimistic(text.as_bytes()).is_none());
    let e = PartnerIndex::load(text.as_bytes()).unwrap_err();
    assert_eq!(codes(&e), [("partnership.duplicate".to_string(), "/partnerships/4".to_string())]);
    // A bad directory: the fast path steps aside and the precise reader names the problem.
    let mut doc = random_directory(&mut rng, 3, 3, 4);
    doc["partnerships"][2]["discount_pct"] = "101".into();
    let text = serde_json::to_string(&doc).unwrap();
    assert!(bureau::partners::steps::optimistic(text.as_bytes()).is_none());
    let e = PartnerIndex::load(text.as_bytes()).unwrap_err();
    assert_eq!(codes(&e), [("decimal.out_of_range".to_string(), "/partnerships/2/discount_pct".to_string())]);
}

#[test]
fn an_index_saved_as_a_directory_loads_back_the_same() {
    let mut d = directory();
    d.update(
        br#"{ "format": "partner-directory/1", "companies": [ { "id": "s-new", "kind": "supplier", "name": "New" } ],
              "partnerships": [ { "supplier": "s-new", "manufacturer": "f-tessitura", "status": "active", "since": "2026-11-01" } ] }"#,
    )
    .unwrap();
    let saved = serde_json::to_string(&d.to_directory()).unwrap();
    let again = PartnerIndex::load(saved.as_bytes()).unwrap().value;
    assert_eq!(serde_json::to_string(&again.to_directory()).unwrap(), saved);
    let o = RecommendOptions::default();
    assert_eq!(
        serde_json::to_string(&recommend(&villa(), &d, &o).unwrap()).unwrap(),
        serde_json::to_string(&recommend(&villa(), &again, &o).unwrap()).unwrap()
    );
}

#[test]
fn the_first_proposals_are_the_first_of_all_of_them() {
    // Only suppliers within a point of the best are scored in decimals: the first three must be
    // the first three of the full list.
    let villa = villa();
    let mut rng = Lcg(11);
    for case in 0..20 {
        let doc = random_directory(&mut rng, 8, 40, 120);
        let d = PartnerIndex::load(serde_json::to_string(&doc).unwrap().as_bytes()).unwrap().value;
        let projects = (0..4)
            .map(|p| bureau::partners::PastProject {
                id: format!("P{p}").into(),
                manufacturers: (0..3).map(|_| format!("f-{}", rng.next(8)).into()).collect(),
            })
            .collect();
        let few = RecommendOptions { projects, proposals: 3, ..Default::default() };
        let all = RecommendOptions { proposals: 100, ..few.clone() };
        for f in 0..8 {
            let m = format!("f-{f}");
            let lang = bureau::money::words::Lang::En;
            let first = bureau::partners::steps::propose(&d, &villa, &few, &m, Some("RU-MOW"), lang);
            let every = bureau::partners::steps::propose(&d, &villa, &all, &m, Some("RU-MOW"), lang);
            assert_eq!(first, every.iter().take(3).cloned().collect::<Vec<_>>(), "case {case}, {m}");
            assert!(every.windows(2).all(|w| w[0].score >= w[1].score), "case {case}, {m}: not by score");
        }
    }
}

#[test]
fn a_saved_directory_loads_as_the_updated_one() {
    let project = bureau::examples::VILLA.as_bytes();
    let update =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/recommend-update/directory-update.json"))
            .unwrap();
    let (mut index, _) = bureau::api::load_directory(bureau::examples::DIRECTORY.as_bytes()).unwrap();
    let before = bureau::api::recommend(project, &index, None).unwrap();
    bureau::api::update_directory(&mut index, &update).unwrap();
    let updated = bureau::api::recommend(project, &index, None).unwrap();
    assert_ne!(before, updated, "the update changes the recommendation");
    let saved = bureau::api::save_directory(&index).unwrap();
    let (reloaded, _) = bureau::api::load_directory(&saved).unwrap();
    assert_eq!(bureau::api::recommend(project, &reloaded, None).unwrap(), updated);
    // Saving what was loaded from a save gives the same bytes.
    assert_eq!(bureau::api::save_directory(&reloaded).unwrap(), saved);
}
