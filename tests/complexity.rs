//! Work grows linearly with the input: each operation that was once quadratic is timed on an
//! input and on one ten times larger, and the ratio must stay well under the hundredfold a
//! quadratic would take (a linear one takes about tenfold). Ratios, not wall-clock times: the
//! machine's speed and noise cancel out. Sizes are those the hardening issue measured.

#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use std::time::{Duration, Instant};

use serde_json::{json, Value};

fn villa() -> Value {
    serde_json::from_str(bureau::examples::VILLA).unwrap()
}

/// The fastest of three runs.
fn time(f: impl Fn()) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// `make(n)` then `run` on it, at `small` and ten times `small`: the larger must take under
/// 40 times as long (linear: ~10; quadratic: ~100).
fn linear(what: &str, small: usize, make: impl Fn(usize) -> Vec<u8>, run: impl Fn(&[u8])) {
    let (a, b) = (make(small), make(small * 10));
    run(&a); // warm up
    let (ta, tb) = (time(|| run(&a)), time(|| run(&b)));
    let ratio = tb.as_secs_f64() / ta.as_secs_f64().max(1e-6);
    eprintln!("{what}: {small} in {ta:?}, {} in {tb:?}, ratio {ratio:.1}", small * 10);
    assert!(ratio < 40.0, "{what} grows faster than linearly: ×10 input took ×{ratio:.1} time");
}

/// A project whose first factory source carries `n` items with distinct skus and names.
fn many_items(n: usize) -> Value {
    let mut p = villa();
    let first = p["items"][0].clone();
    p["items"] = (0..n)
        .map(|i| {
            let mut it = first.clone();
            it["id"] = json!(format!("it-{i}"));
            it["sku"] = json!(format!("SKU-{i}"));
            it["name"] = json!(format!("Sofa number {i}"));
            it.as_object_mut().unwrap().remove("image");
            it
        })
        .collect();
    p
}

#[test]
fn reconciling_unmatched_lines_is_linear() {
    let project = |n: usize| serde_json::to_vec(&many_items(n)).unwrap();
    let proforma = |n: usize| {
        let mut pf: Value = serde_json::from_str(bureau::examples::VILLA_PROFORMA).unwrap();
        let line = pf["lines"][0].clone();
        pf["lines"] = (0..n)
            .map(|i| {
                let mut l = line.clone();
                l.as_object_mut().unwrap().remove("item");
                l["sku"] = json!(format!("OTHER-{i}"));
                l["name"] = json!(format!("Другой диван {i}"));
                l
            })
            .collect();
        serde_json::to_vec(&pf).unwrap()
    };
    linear(
        "reconcile",
        1_000,
        |n| [project(n), vec![0], proforma(n)].concat(),
        |both| {
            let mut parts = both.splitn(2, |b| *b == 0);
            let (p, pf) = (parts.next().unwrap(), parts.next().unwrap());
            let _ = bureau::api::reconcile(p, pf, None);
        },
    );
}

#[test]
fn a_batch_with_a_bad_date_fails_in_linear_time() {
    // `n` factories, one item each: `n` segments, four documents each.
    let make = |n: usize| {
        let mut p = villa();
        let factory = p["companies"].as_array().unwrap().iter().find(|c| c["kind"] == "factory").unwrap().clone();
        let item = p["items"][0].clone();
        let mut companies: Vec<Value> =
            p["companies"].as_array().unwrap().iter().filter(|c| c["kind"] != "factory").cloned().collect();
        let mut items = Vec::new();
        for i in 0..n {
            let mut f = factory.clone();
            f["id"] = json!(format!("f-{i}"));
            companies.push(f);
            let mut it = item.clone();
            it["id"] = json!(format!("it-{i}"));
            it["manufacturer"] = json!(format!("f-{i}"));
            it["source"] = json!(format!("f-{i}"));
            it.as_object_mut().unwrap().remove("image");
            items.push(it);
        }
        p["companies"] = json!(companies);
        p["items"] = json!(items);
        serde_json::to_vec(&p).unwrap()
    };
    linear("batch error", 300, make, |p| {
        let e = bureau::api::documents(p, Some(br#"{"date":"2026-13-45"}"#), &[], &[], &[]).unwrap_err();
        assert!(e.problems().len() < 5, "{e}");
    });
}

#[test]
fn a_diff_of_many_groups_is_linear() {
    // `n` items, each of its own manufacturer and unsourced: `n` groups, all moved.
    let make = |n: usize| {
        let mut p = many_items(n);
        let factory = p["companies"].as_array().unwrap().iter().find(|c| c["kind"] == "factory").unwrap().clone();
        for i in 0..n {
            let mut f = factory.clone();
            f["id"] = json!(format!("m-{i}"));
            p["companies"].as_array_mut().unwrap().push(f);
            let it = &mut p["items"][i];
            it["manufacturer"] = json!(format!("m-{i}"));
            it.as_object_mut().unwrap().remove("source");
        }
        let previous = serde_json::to_vec(&p).unwrap();
        for i in 0..n {
            p["items"][i]["quantity"] = json!("2");
        }
        [serde_json::to_vec(&p).unwrap(), vec![0], previous].concat()
    };
    linear("diff", 3_000, make, |both| {
        let mut parts = both.splitn(2, |b| *b == 0);
        let (now, before) = (parts.next().unwrap(), parts.next().unwrap());
        bureau::api::segment(now, Some(before)).unwrap();
    });
}

#[test]
fn loading_a_long_deal_is_linear() {
    // The villa's deal with `n` requests for documents (each its own event), saved: 9,993
    // events at the larger size, just under the limit.
    let make = |n: usize| {
        let (mut deal, _) = bureau::api::deal_new(bureau::examples::VILLA.as_bytes(), None).unwrap();
        let invite = json!({ "actor": "d-kovaleva", "at": "2026-11-21T09:00:00Z", "action": "invite_supplier",
            "segments": ["PRJ-2026-0142/f-verdi"], "supplier": "s-casa-italia",
            "company": { "id": "s-casa-italia", "kind": "supplier", "name": "Casa Italia", "country": "IT" } });
        bureau::api::deal_apply(&mut deal, invite.to_string().as_bytes(), None).unwrap();
        let accept = json!({ "actor": "s-casa-italia", "at": "2026-11-21T10:00:00Z", "action": "accept_invitation",
            "segments": ["PRJ-2026-0142/f-verdi"] });
        bureau::api::deal_apply(&mut deal, accept.to_string().as_bytes(), None).unwrap();
        for i in 0..n {
            let request = json!({ "actor": "s-casa-italia", "at": format!("2026-11-22T10:{:02}:00Z", i % 60),
                "action": "request_documents", "segment": "PRJ-2026-0142/f-verdi", "kind": "proforma" });
            bureau::api::deal_apply(&mut deal, request.to_string().as_bytes(), None).unwrap();
        }
        deal.to_json().unwrap()
    };
    linear("deal load", 999, make, |saved| {
        bureau::api::deal_load(saved).unwrap();
    });
}
