//! Host templates over Bureau's library of parts (`/bureau.typ`): a template that sets the
//! text in another size than the engine fitted the rows for gets every row measured (none
//! overflows its fixed height), one that replaces a part keeps the rest and the page stamp, and
//! what typst warns of in a host's template reaches the caller with its line.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use bureau::docs::render::Renderer;
use bureau::docs::settings::{Kind, Settings};
use serde_json::{json, Value};
use support::{overprinted, pdftotext, words};

mod support;

/// The villa with many items whose names take from 24 to 90 characters: at 8.5 pt some fit on
/// one line of the name column that wrap at 11 pt.
fn project() -> bureau::Project {
    let mut p: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    let first = p["items"][0].clone();
    let words = "Диван трёхместный Archi с механизмом трансформации, обивка бархат, ножки из ореха, подушки";
    let items: Vec<Value> = (0..34)
        .map(|n| {
            let mut item = first.clone();
            let end = words.char_indices().nth(24 + 2 * n).map_or(words.len(), |(at, _)| at);
            item["id"] = json!(format!("it-long-{n}"));
            item["name"] = json!(&words[..end]);
            item.as_object_mut().unwrap().remove("image");
            item
        })
        .collect();
    p["items"] = Value::Array(items);
    bureau::read_project(&serde_json::to_vec(&p).unwrap()).unwrap().value
}

fn settings(template: &str) -> Settings {
    Settings { template: Some(template.to_string()), ..Settings::default() }
}

/// The specification's PDF with `template`; with `fitted` false, the engine's fitted row
/// heights are taken out of the data first, so every row is measured.
fn pdf(project: &bureau::Project, template: &str, fitted: bool) -> Vec<u8> {
    let s = settings(template);
    let number = "SP-TEST-1".to_string();
    let mut prepared = bureau::docs::prepare(project, Kind::Specification, None, &s, number.clone()).unwrap();
    if !fitted {
        let mut data: Value = serde_json::from_slice(&prepared.data).unwrap();
        for group in data["view"]["groups"].as_array_mut().unwrap() {
            let g = group.as_object_mut().unwrap();
            g.remove("lines");
            g.remove("images");
        }
        prepared.data = serde_json::to_vec(&data).unwrap();
    }
    Renderer::new().pdf(&bureau::docs::batch::job(&prepared, &s, &number)).unwrap().bytes
}

#[test]
fn a_host_template_in_another_text_size_has_its_rows_measured() {
    let p = project();
    // The engine fitted some rows at 8.5 pt: the data marks them (else this test proves nothing).
    let prepared = bureau::docs::prepare(&p, Kind::Specification, None, &Settings::default(), "SP-1".into()).unwrap();
    let data: Value = serde_json::from_slice(&prepared.data).unwrap();
    let marked = data["view"]["groups"][0]["lines"].as_array().unwrap().iter().filter(|l| l.is_number()).count();
    assert!(marked > 10, "{marked} rows fitted");

    // At 11 pt no row keeps a height fitted for 8.5 pt: no text runs into the next row, and the
    // PDF is the one laid out with every row measured, byte for byte.
    let larger = "#import \"/bureau.typ\": *\n#render(size: 11pt)\n";
    let with_fit = pdf(&p, larger, true);
    let printed = words(&with_fit);
    assert!(printed.len() > 500, "{} words", printed.len());
    assert_eq!(overprinted(&printed), Vec::<(String, String)>::new(), "rows overflow at 11 pt");
    assert!(with_fit == pdf(&p, larger, false), "a row kept a height fitted for 8.5 pt at 11 pt");
    // Every name is printed whole.
    let text = pdftotext(&with_fit).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Archi с механизмом"), "{text}");

    // In Bureau's own size the fitted heights are used, and nothing overflows either.
    let same = "#import \"/bureau.typ\": *\n#render()\n";
    assert_eq!(overprinted(&words(&pdf(&p, same, true))), Vec::<(String, String)>::new());
}

#[test]
fn overprinted_words_are_found() {
    // Two words set over each other, and the same two a line apart.
    let over = "#set page(width: 80mm, height: 40mm)\n#set text(font: \"Noto Sans\", size: 11pt)\n#place[Alpha]\n#place(dx: 2pt)[Omega]\n";
    let apart = "#set page(width: 80mm, height: 40mm)\n#set text(font: \"Noto Sans\", size: 11pt)\nAlpha \\\nOmega\n";
    let job = |template| bureau::docs::render::Job {
        template,
        data: b"{}",
        assets: vec![],
        date: (2026, 11, 20),
        ident: "T",
        tagged: false,
        stamp: None,
        fonts: &[],
        facturx: None,
    };
    let render = |t| Renderer::new().pdf(&job(t)).unwrap().bytes;
    assert_eq!(overprinted(&words(&render(over))).len(), 1);
    assert!(overprinted(&words(&render(apart))).is_empty());
}

#[test]
fn a_host_template_replaces_one_part_and_keeps_the_rest_and_the_stamp() {
    let p = bureau::read_project(bureau::examples::VILLA.as_bytes()).unwrap().value;
    let template = "#import \"/bureau.typ\": *\n#render(header: () => [= Our own header #view.ident])\n";
    let s = Settings { template: Some(template.into()), ..Settings::default() };
    let prepared = bureau::docs::prepare(&p, Kind::Specification, None, &s, "SP-HOST-1".into()).unwrap();
    let pdf = Renderer::new().pdf(&bureau::docs::batch::job(&prepared, &s, "SP-HOST-1")).unwrap();
    let text = pdftotext(&pdf.bytes);
    assert!(text.contains("Our own header SP-HOST-1"), "{text}");
    // The parties and lines of Bureau's parts are there; its header's title is not.
    assert!(text.contains("Диван трёхместный Archi"), "{text}");
    assert!(!text.contains("Спецификация"), "{text}");
    // The engine's stamp: "page / pages" at the foot.
    let foot = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").replace(' ', "");
    assert_eq!(foot, "1/1", "{text}");
    assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
}

#[test]
fn a_template_warning_reaches_the_caller_with_its_line() {
    let project = bureau::examples::VILLA.as_bytes();
    let template = "#import \"/bureau.typ\": *\n#set text(font: \"No Such Font\")\nHello\n#render()\n";
    let settings = serde_json::to_vec(&json!({ "template": template })).unwrap();
    let batch = bureau::api::documents(project, Some(&settings), &[Kind::Specification], &[], &[]).unwrap();
    let warning = batch.warnings.iter().find(|w| w.code == bureau::Code::TemplateWarning).expect("a template warning");
    assert!(warning.message.contains("no such font"), "{}", warning.message);
    assert_eq!(
        (warning.path.as_str(), warning.input.map(bureau::problem::Input::as_str)),
        ("/template", Some("request"))
    );
    assert_eq!(warning.line, Some(2), "{warning:?}");
    // The same error body every surface gives: the batch's JSON carries it.
    let json = serde_json::to_value(&batch).unwrap();
    assert!(json["warnings"].as_array().unwrap().iter().any(|w| w["code"] == "template.warning"));

    // An error in a host's template says where, with typst's hint.
    let broken = "#import \"/bureau.typ\": *\n#render(\n  header: () => [#undefined-thing],\n)\n";
    let settings = serde_json::to_vec(&json!({ "template": broken })).unwrap();
    let err = bureau::api::documents(project, Some(&settings), &[Kind::Specification], &[], &[]).unwrap_err();
    let p = &err.problems()[0];
    assert_eq!(p.code, bureau::Code::TemplateFailed, "{p:?}");
    assert_eq!(p.line, Some(3), "{p:?}");
    assert!(p.message.contains("undefined-thing"), "{}", p.message);
}

#[test]
fn the_readme_host_template_renders() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme.find("```typst\n").expect("the README shows a host template") + "```typst\n".len();
    let template = &readme[start..start + readme[start..].find("```").unwrap()];
    let p = bureau::read_project(bureau::examples::VILLA.as_bytes()).unwrap().value;
    let s = Settings { template: Some(template.into()), ..Settings::default() };
    let prepared = bureau::docs::prepare(&p, Kind::Specification, None, &s, "SP-README-1".into()).unwrap();
    let pdf = Renderer::new().pdf(&bureau::docs::batch::job(&prepared, &s, "SP-README-1")).unwrap();
    let text = pdftotext(&pdf.bytes);
    assert!(text.contains("Спецификация") && text.contains("SP-README-1"), "{text}");
    assert!(text.contains("Диван трёхместный Archi"), "{text}");
    assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
}
