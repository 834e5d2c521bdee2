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
    Job {
        template,
        data,
        assets: vec![],
        date: (2026, 11, 20),
        ident: "TEST-1",
        tagged: true,
        stamp: None,
        fonts: &[],
        facturx: None,
    }
}

fn hostile_data() -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({ "lines": HOSTILE })).unwrap()
}

#[test]
fn data_prints_as_written_never_as_markup() {
    let pdf = Renderer::new().pdf(&job(ECHO, &hostile_data())).unwrap().bytes;
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
    let a = renderer.pdf(&job(ECHO, &data)).unwrap().bytes;
    let b = Renderer::new().pdf(&job(ECHO, &data)).unwrap().bytes;
    let c = renderer.pdf(&job(ECHO, &data)).unwrap().bytes;
    assert!(a == b && b == c, "renderings differ");
    assert!(a.starts_with(b"%PDF-"));
    // The date is the document's, not the clock's.
    let text = String::from_utf8_lossy(&a);
    assert!(text.contains("D:20261120"), "PDF date is not the document date");
    let other = renderer.pdf(&Job { date: (2027, 1, 2), ..job(ECHO, &data) }).unwrap().bytes;
    assert!(String::from_utf8_lossy(&other).contains("D:20270102"));
}

/// Run as a child process: renders and writes the bytes to `BUREAU_RENDER_CHILD`.
#[test]
fn render_child() {
    if let Some(path) = std::env::var_os("BUREAU_RENDER_CHILD") {
        std::fs::write(path, Renderer::new().pdf(&job(ECHO, &hostile_data())).unwrap().bytes).unwrap();
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
    assert_eq!(outputs[0], Renderer::new().pdf(&job(ECHO, &hostile_data())).unwrap().bytes);
}

#[test]
fn a_looping_template_is_stopped_and_a_long_one_refused_after_layout() {
    let renderer = Renderer::new();
    // typst stops a loop that does not end (10,000 turns of `while`) with an error.
    let started = std::time::Instant::now();
    let err = renderer.pdf(&job("#let n = 0\n#while true { n += 1 }", b"{}")).unwrap_err();
    assert_eq!(err.code(), "template.failed", "{err}");
    assert!(err.problems().iter().all(|p| p.path == "/template" && p.input == Some(bureau::problem::Input::Request)));
    assert!(started.elapsed() < std::time::Duration::from_secs(30), "the loop ran {:?}", started.elapsed());
    // Pages are counted once laid out: a template that makes more than the limit is refused.
    let pages = "#set page(width: 50mm, height: 50mm)\n#for i in range(12) [#i #pagebreak()]";
    let low = bureau::limits::Limits { pages: 10, ..bureau::limits::Limits::default() };
    let err = bureau::limits::scoped(low, || renderer.pdf(&job(pages, b"{}"))).unwrap_err();
    assert_eq!(err.code(), "limit.pages", "{err}");
    assert!(renderer.pdf(&job(pages, b"{}")).is_ok());
}

#[test]
fn image_pixels_are_counted_from_headers_before_decoding() {
    // A PNG header claiming 100,000 × 100,000 pixels (ten gigapixels), with no pixel data.
    let mut png = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, b'I', b'H', b'D', b'R'];
    png.extend(100_000u32.to_be_bytes());
    png.extend(100_000u32.to_be_bytes());
    png.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
    let template = "#image(\"/assets/0\", width: 10mm)";
    let err = Renderer::new().pdf(&Job { assets: vec![&png], ..job(template, b"{}") }).unwrap_err();
    assert_eq!(err.code(), "limit.image_pixels", "{err}");
}
