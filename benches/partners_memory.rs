//! Peak memory of loading the 100,000-company, 2,000,000-partnership directory.
//!
//! `cargo bench --bench partners_memory` writes the generated directory (and the 60-manufacturer
//! project the WASM bench reads) under the temp dir, then runs itself in a fresh process that
//! reads the file and loads it, and prints that process's peak resident set minus its resident
//! set before reading: the memory the load needed, the input's bytes included.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

#[path = "generate_partners.rs"]
mod generate_partners;
#[path = "limits.rs"]
mod limits;

fn rss_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with(field)).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn main() {
    limits::raise();
    let args: Vec<String> = std::env::args().collect();
    if let Some(pos) = args.iter().position(|a| a == "--measure") {
        let before = rss_kib("VmRSS:");
        let started = std::time::Instant::now();
        let bytes = std::fs::read(&args[pos + 1]).unwrap();
        let (index, _) = bureau::api::load_directory(&bytes).unwrap();
        drop(bytes);
        let seconds = started.elapsed().as_secs_f64();
        let peak = rss_kib("VmHWM:");
        let after = rss_kib("VmRSS:");
        println!("{} {} {} {seconds}", (peak - before) * 1024, (after - before) * 1024, index.partnerships());
        return;
    }
    let dir = std::env::temp_dir().join("bureau-bench");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("directory-100k.json");
    let text = generate_partners::directory(100_000, 2_000_000);
    std::fs::write(&path, &text).unwrap();
    std::fs::write(dir.join("project-60.json"), generate_partners::project(60, 10_000)).unwrap();
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe).arg("--measure").arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let line = String::from_utf8(out.stdout).unwrap();
    let nums: Vec<f64> = line.split_whitespace().map(|n| n.parse().unwrap()).collect();
    println!(
        "partners_memory input_bytes={} peak_bytes={} index_bytes={} partnerships={} load_seconds={:.2}",
        text.len(),
        nums[0],
        nums[1],
        nums[2],
        nums[3]
    );
    std::fs::write(dir.join("partners_memory.txt"), format!("{} {} {} {}\n", text.len(), nums[0], nums[1], nums[3]))
        .unwrap();
}
