//! Criterion benches of documents, the engine loaded once: a 10- and a 100-line proforma, a
//! 1,000-line packing list (tagged, as by default, and untagged), each from the project's bytes
//! to the PDF's bytes. The data changes every time: the iterations cycle through 16 projects
//! with different prices and names, more than the 10 documents typst's caches are kept for, so no
//! document is served from the cache of an identical one. `scripts/bench` prints them beside
//! ReportLab and WeasyPrint.

#![allow(missing_docs)]

#[path = "generate.rs"]
mod generate;

use criterion::{criterion_group, criterion_main, Criterion};

fn request(kind: &str, tagged: bool) -> Vec<u8> {
    format!(r#"{{"kind":"{kind}","segment":"GEN/f-0","tagged":{tagged},"deposit_pct":"50"}}"#).into_bytes()
}

fn documents(c: &mut Criterion) {
    // Fonts and typst's library, loaded once as every host does.
    let _ = bureau::api::renderer();
    let mut g = c.benchmark_group("documents");
    g.sample_size(20);
    for (name, lines, kind, tagged) in [
        ("proforma_10", 10, "proforma", true),
        ("proforma_100", 100, "proforma", true),
        ("packing_list_1000", 1000, "packing_list", true),
        ("packing_list_1000_untagged", 1000, "packing_list", false),
    ] {
        let base = generate::one_segment(lines);
        let projects: Vec<Vec<u8>> = (0..16)
            .map(|v| {
                base.replace("\"unit_price\":\"1", &format!("\"unit_price\":\"{}", 1 + v))
                    .replace("модель", &format!("модель {v}"))
                    .into_bytes()
            })
            .collect();
        let req = request(kind, tagged);
        for p in &projects {
            assert!(bureau::api::document(p, &req).is_ok_and(|pdf| pdf.starts_with(b"%PDF")), "{name}");
        }
        let mut next = projects.iter().cycle();
        g.bench_function(name, |b| b.iter(|| next.next().map(|p| bureau::api::document(p, &req))));
    }
    g.finish();
}

criterion_group!(benches, documents);
criterion_main!(benches);
