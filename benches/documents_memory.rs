//! Memory of documents, each measure in a fresh process:
//! - peak: the process's peak resident set while it renders a 1,000-line packing list (fonts
//!   and typst's library included), and the part the document itself added;
//! - loop: the resident set after 100 and after 1,000 different documents (each a 10-line
//!   proforma with its own number and prices): typst's caches are evicted after every document,
//!   so the second must not grow past the first.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

#[path = "generate.rs"]
mod generate;

fn kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with(field)).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn peak() -> String {
    let project = generate::one_segment(1000).into_bytes();
    let _ = bureau::api::renderer();
    let before = kib("VmRSS:");
    let pdf = bureau::api::document(&project, br#"{"kind":"packing_list","segment":"GEN/f-0"}"#).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let peak = kib("VmHWM:");
    format!("{} {}", peak * 1024, (peak - before) * 1024)
}

fn looped() -> String {
    let _ = bureau::api::renderer();
    let mut at = Vec::new();
    for i in 0..1000u32 {
        // Different prices and numbers every time: nothing is served from typst's caches.
        let project =
            generate::one_segment(10).replace("\"unit_price\":\"1", &format!("\"unit_price\":\"{}", 1 + i % 9));
        let request = format!(r#"{{"kind":"proforma","segment":"GEN/f-0","number":"PF-{i}"}}"#);
        let pdf = bureau::api::document(project.as_bytes(), request.as_bytes()).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        if i + 1 == 100 || i + 1 == 1000 {
            at.push(kib("VmRSS:") * 1024);
        }
    }
    format!("{} {}", at[0], at[1])
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--peak") {
        println!("{}", peak());
        return;
    }
    if args.iter().any(|a| a == "--loop") {
        println!("{}", looped());
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let run = |flag: &str| {
        let out = std::process::Command::new(&exe).arg(flag).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let (p, l) = (run("--peak"), run("--loop"));
    println!("documents_memory peak_bytes document_bytes: {p}; rss_after_100 rss_after_1000: {l}");
    let dir = std::env::temp_dir().join("bureau-bench");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("documents_memory.txt"), format!("{p} {l}\n")).unwrap();
}
