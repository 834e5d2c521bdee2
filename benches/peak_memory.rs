//! Peak memory of validate + segment from bytes, as a ratio to the input's size.
//!
//! `cargo bench --bench peak_memory` writes the generated project to a file, then runs itself
//! in a fresh process that reads the file, validates and segments it (and serialises the
//! result, as every surface does), and prints that process's peak resident set minus its
//! resident set before reading: the memory the operation needed.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

#[path = "generate.rs"]
mod generate;
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
        let path = &args[pos + 1];
        let before = rss_kib("VmRSS:");
        let bytes = std::fs::read(path).unwrap();
        let out = bureau::api::segment(&bytes, None).unwrap();
        let peak = rss_kib("VmHWM:");
        println!("{} {} {}", bytes.len(), (peak - before) * 1024, out.len());
        return;
    }
    let dir = std::env::temp_dir().join("bureau-bench");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("project-100k.json");
    std::fs::write(&path, generate::project(100_000)).unwrap();
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe).arg("--measure").arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let nums: Vec<f64> = text.split_whitespace().map(|n| n.parse().unwrap()).collect();
    let (input, peak, output) = (nums[0], nums[1], nums[2]);
    println!("peak_memory input_bytes={input} peak_bytes={peak} output_bytes={output} ratio={:.2}", peak / input);
    std::fs::write(dir.join("peak_memory.txt"), format!("{input} {peak} {output}\n")).unwrap();
}
