//! The typst renderer: data reaches templates only as data, templates read nothing Bureau did
//! not give them, and the same job gives the same bytes, in one process and across two.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::process::Command;

use bureau::docs::render::{Job, Renderer};
use support::pdftotext;

mod support;

/// A template that prints every string of the data, one per line, as text.
const ECHO: &str = r#"#set page(width: 160mm, height: auto, margin: 10mm)
#set text(font: "Noto Sans", size: 10pt)
#set document(title: "echo")
#let d = json("/data.json")
#for line in d.lines [#line \
]
"#;

const HOSTILE: &[&str] = &["#read(\"/etc/passwd\")", "*50% off*", "$x$", "] <l> @r //", "Диван «Archi» — 12 450,00 ₽"];

fn job<'a>(template: &'a str, data: &'a [u8]) -> Job<'a> {
    Job { template, data, assets: vec![], date: (2026, 11, 20), ident: "TEST-1", tagged: true, stamp: None, fonts: &[] }
}

fn hostile_data() -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({ "lines": HOSTILE })).unwrap()
}

#[test]
fn data_prints_as_written_never_as_markup() {
    let pdf = Renderer::new().pdf(&job(ECHO, &hostile_data())).unwrap();
    let text = pdftotext(&pdf);
    for s in HOSTILE {
        assert!(text.contains(s), "{s:?} not printed as written in:\n{text}");
    }
    assert!(!text.contains("root:"), "a file's content leaked into the document");
}

#[test]
fn a_template_reads_nothing_it_was_not_given() {
    let renderer = Renderer::new();
    for path in ["/etc/passwd", "/main.typ.bak", "../data.json", "/assets/63"] {
        let template = format!("#read(\"{path}\")");
        let err = renderer.pdf(&job(&template, b"{}")).unwrap_err();
        assert_eq!(err.code(), "template.failed", "{path}");
        assert!(err.to_string().contains("failed"), "{err}");
    }
    // Packages are not reachable either.
    let err = renderer.pdf(&job("#import \"@preview/tablex:0.0.8\": *", b"{}")).unwrap_err();
    assert_eq!(err.code(), "template.failed");
}

#[test]
fn images_are_read_from_the_assets_bureau_gives() {
    let png = base64_png();
    let template = "#image(\"/assets/0\", width: 10mm)\n#image(\"/assets/1\", width: 10mm)";
    let assets: Vec<&[u8]> = vec![&png, &png];
    assert!(Renderer::new().pdf(&Job { assets: assets.clone(), ..job(template, b"{}") }).is_ok());
    let too_many: Vec<&[u8]> = vec![&png; bureau::docs::render::MAX_ASSETS + 1];
    let err = Renderer::new().pdf(&Job { assets: too_many.clone(), ..job(template, b"{}") }).unwrap_err();
    assert!(err.to_string().contains("at most 64 images"), "{err}");
}

/// The villa's 8×8 sofa swatch.
fn base64_png() -> Vec<u8> {
    let project = bureau::read_project(bureau::examples::VILLA.as_bytes()).unwrap().value;
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.decode(&project.assets[0].data_base64).unwrap()
}

#[test]
fn same_job_same_bytes_in_one_process() {
    let renderer = Renderer::new();
    let data = hostile_data();
    let a = renderer.pdf(&job(ECHO, &data)).unwrap();
    let b = Renderer::new().pdf(&job(ECHO, &data)).unwrap();
    let c = renderer.pdf(&job(ECHO, &data)).unwrap();
    assert!(a == b && b == c, "renderings differ");
    assert!(a.starts_with(b"%PDF-"));
    // The date is the document's, not the clock's.
    let text = String::from_utf8_lossy(&a);
    assert!(text.contains("D:20261120"), "PDF date is not the document date");
    let other = renderer.pdf(&Job { date: (2027, 1, 2), ..job(ECHO, &data) }).unwrap();
    assert!(String::from_utf8_lossy(&other).contains("D:20270102"));
}

/// Run as a child process: renders and writes the bytes to `BUREAU_RENDER_CHILD`.
#[test]
fn render_child() {
    if let Some(path) = std::env::var_os("BUREAU_RENDER_CHILD") {
        std::fs::write(path, Renderer::new().pdf(&job(ECHO, &hostile_data())).unwrap()).unwrap();
    }
}

#[test]
fn same_job_same_bytes_across_processes() {
    let dir = std::env::temp_dir().join(format!("bureau-render-child-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut outputs = Vec::new();
    for i in 0..2 {
        let path = dir.join(format!("{i}.pdf"));
        let status = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "render_child", "--quiet"])
            .env("BUREAU_RENDER_CHILD", &path)
            .status()
            .unwrap();
        assert!(status.success());
        outputs.push(std::fs::read(&path).unwrap());
    }
    assert!(!outputs[0].is_empty());
    assert_eq!(outputs[0], outputs[1], "two processes rendered different bytes");
    assert_eq!(outputs[0], Renderer::new().pdf(&job(ECHO, &hostile_data())).unwrap());
}
