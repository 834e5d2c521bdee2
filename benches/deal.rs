//! Deals: applying an action and loading a saved deal (which replays its log).
//!
//! Three deals on the villa: its story (8 events: invitation, requests, a proforma recorded and
//! accepted, the client invoice), a long one (the story plus 200 invitations made and
//! withdrawn: 208 events), and the story after the proforma (the `deal-fulfilment` vector:
//! approvals, orders, a confirmation, shipments, receipts, payments, a credit note; 35 events). Baselines in the same run: a bare `serde_json` parse of the saved
//! deal into `Value` (for loading), and cloning the deal (for applying: an action works on a
//! copy). `python3 benches/report.py` prints the ratios.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::json;

fn story() -> bureau::deal::Deal {
    let index = bureau::api::load_directory(bureau::examples::DIRECTORY.as_bytes()).unwrap().0;
    let (mut deal, _) = bureau::api::deal_new(bureau::examples::VILLA.as_bytes(), Some(&index)).unwrap();
    for action in bureau::examples::villa_story().unwrap() {
        let _ = deal.apply(&serde_json::to_vec(&action).unwrap(), Some(&index));
    }
    deal
}

fn long() -> bureau::deal::Deal {
    let mut deal = story();
    let company = json!({ "id": "s-x", "kind": "supplier", "name": "X" });
    for n in 0..100 {
        let at = format!("2026-12-02T10:{:02}:{:02}Z", n / 60, n % 60);
        for action in [
            json!({ "actor": "d-kovaleva", "at": at, "action": "invite_supplier", "segments": ["PRJ-2026-0142/unsourced/f-tessitura"], "supplier": "s-x", "company": company }),
            json!({ "actor": "d-kovaleva", "at": at, "action": "withdraw_invitation", "segments": ["PRJ-2026-0142/unsourced/f-tessitura"] }),
        ] {
            deal.apply(&serde_json::to_vec(&action).unwrap(), None).unwrap();
        }
    }
    deal
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("deal");
    g.sample_size(20);
    let after = bureau::deal::load(
        &std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/deal-fulfilment/deal.json")).unwrap(),
    )
    .unwrap();
    for (name, deal) in [("story", story()), ("long", long()), ("after_the_proforma", after)] {
        let saved = deal.to_json().unwrap();
        eprintln!("{name}: {} events, {} bytes saved", deal.events.len(), saved.len());
        g.bench_function(format!("baseline_serde_json_value_{name}"), |b| {
            b.iter(|| serde_json::from_slice::<serde_json::Value>(&saved).unwrap())
        });
        g.bench_function(format!("load_{name}"), |b| b.iter(|| bureau::deal::load(&saved).unwrap()));
        g.bench_function(format!("baseline_clone_{name}"), |b| b.iter(|| deal.clone()));
        let invite = serde_json::to_vec(&json!({ "actor": "d-kovaleva", "at": "2026-12-03T10:00:00Z",
            "action": "invite_supplier", "segments": ["PRJ-2026-0142/unsourced/f-tessitura"], "supplier": "s-x",
            "company": { "id": "s-x", "kind": "supplier", "name": "X" } }))
        .unwrap();
        g.bench_function(format!("apply_invite_{name}"), |b| {
            b.iter_batched(|| deal.clone(), |mut d| d.apply(&invite, None).unwrap(), criterion::BatchSize::LargeInput)
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
