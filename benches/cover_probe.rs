#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#[path = "generate_partners.rs"]
mod generate_partners;
fn main() {
    let t = std::time::Instant::now();
    let directory = generate_partners::directory(100_000, 2_000_000);
    eprintln!("generated {} MB in {:?}", directory.len() / 1_000_000, t.elapsed());
    let t = std::time::Instant::now();
    let (index, _) = bureau::api::load_directory(directory.as_bytes()).unwrap();
    eprintln!("loaded in {:?}", t.elapsed());
    let project = generate_partners::project(60, 10_000);
    let checked = bureau::read_project(project.as_bytes()).unwrap().value;
    let o = bureau::partners::RecommendOptions::default();
    let needs = bureau::partners::needs::needs(&checked, &o);
    let cands = bureau::partners::rank::candidates(&index, &needs);
    let sizes: Vec<u32> = cands.list.iter().map(|c| c.count).collect();
    let mut hist = std::collections::BTreeMap::new();
    for s in &sizes {
        *hist.entry(*s).or_insert(0) += 1;
    }
    eprintln!("{} candidates; sizes {:?}", cands.list.len(), hist);
    let per = &cands.partners;
    eprintln!("partners per manufacturer {:?}", per);
    let masks: Vec<u128> = cands.list.iter().map(|c| c.mask).collect();
    let w: Vec<i128> = cands.list.iter().map(|c| c.value).collect();
    if std::env::var_os("COVER_LOOP").is_some() {
        let ids: Vec<u32> = cands.list.iter().map(|c| c.rank).collect();
        for _ in 0..2000 {
            let _ = bureau::partners::cover::cover(&masks, &w, &ids, Default::default());
        }
        return;
    }
    for nodes in [1u64, 1, 1_000, 4_000] {
        let t = std::time::Instant::now();
        let ids: Vec<u32> = cands.list.iter().map(|c| c.rank).collect();
        let c =
            bureau::partners::cover::cover(&masks, &w, &ids, bureau::partners::cover::Limits { nodes, sets: 100_000 });
        eprintln!(
            "nodes {nodes}: {:?} {} sets lb {} visited {} in {:?}",
            c.method,
            c.sets.len(),
            c.lower_bound,
            c.nodes,
            t.elapsed()
        );
    }
    for _ in 0..(if std::env::var_os("PROBE_LOOP").is_some() { 300 } else { 3 }) {
        let t = std::time::Instant::now();
        let r = bureau::partners::recommend(&checked, &index, &o).unwrap();
        eprintln!("recommend: {} {} in {:?}", r.cover.method, r.cover.suppliers.len(), t.elapsed());
        let t = std::time::Instant::now();
        let c = bureau::partners::rank::candidates(&index, &needs);
        eprintln!("candidates alone {} in {:?}", c.list.len(), t.elapsed());
        let t = std::time::Instant::now();
        let serving = index.serving("RU-MOW");
        let keys = bureau::partners::rank::first(&c, 11, &index, &needs, Some(&serving));
        eprintln!("first {} in {:?}", keys.len(), t.elapsed());
        let t = std::time::Instant::now();
        let masks: Vec<u128> = c.list.iter().map(|c| c.mask).collect();
        let w: Vec<i128> = c.list.iter().map(|c| c.value).collect();
        let ids: Vec<u32> = c.list.iter().map(|c| c.rank).collect();
        let cv = bureau::partners::cover::cover(&masks, &w, &ids, Default::default());
        eprintln!("cover {:?} {} in {:?}", cv.method, cv.nodes, t.elapsed());
    }
}
