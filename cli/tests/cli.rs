//! The CLI's machine contract (`interfaces.md`): JSON on stdout, exit 0 / 1 / 2, `-` for stdin,
//! the same bytes as every other surface for the shared vectors.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bureau(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bureau")).args(args).output().unwrap()
}

fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bureau"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn vectors() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    v.sort();
    v
}

fn stdout_json(out: &Output) -> &[u8] {
    out.stdout.strip_suffix(b"\n").expect("output ends with a newline")
}

#[test]
fn vectors_give_the_same_bytes_and_exit_codes() {
    let mut checked = 0;
    for dir in vectors() {
        let input = dir.join("input.json").display().to_string();
        for op in ["validate", "segment", "words", "reconcile", "invoice"] {
            let Ok(want) = std::fs::read(dir.join(format!("{op}.json"))) else { continue };
            let mut args = vec![op.to_string(), input.clone()];
            if op == "invoice" {
                // The CLI prints the model whatever the request's `format` (files go to --out).
                let request = std::fs::read(dir.join("invoice-request.json")).unwrap();
                let format = serde_json::from_slice::<serde_json::Value>(&request)
                    .ok()
                    .and_then(|r| r.get("format").and_then(|f| f.as_str()).map(str::to_string));
                if format.is_some_and(|f| f != "json") {
                    continue;
                }
                args.extend(["--request".into(), dir.join("invoice-request.json").display().to_string()]);
            }
            if op == "reconcile" {
                args.extend(["--proforma".into(), dir.join("proforma.json").display().to_string()]);
                if dir.join("settings.json").exists() {
                    args.extend(["--settings".into(), dir.join("settings.json").display().to_string()]);
                }
            }
            if op == "segment" && dir.join("previous.json").exists() {
                args.push("--previous".into());
                args.push(dir.join("previous.json").display().to_string());
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = bureau(&args);
            assert_eq!(stdout_json(&out), want.as_slice(), "{} {op}", dir.display());
            let rejected = want.starts_with(b"{\"errors\"");
            assert_eq!(out.status.code(), Some(if rejected { 1 } else { 0 }), "{} {op}", dir.display());
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} vector operations");
}

#[test]
fn partners_vectors_give_the_same_recommendation() {
    let mut checked = 0;
    for dir in vectors() {
        let path = |name: &str| dir.join(name).display().to_string();
        if !dir.join("directory.json").exists() || dir.join("letter-request.json").exists() {
            continue;
        }
        let mut args = vec!["recommend".to_string(), path("input.json"), "--directory".into(), path("directory.json")];
        if dir.join("directory-update.json").exists() {
            args.extend(["--update".into(), path("directory-update.json")]);
        }
        if dir.join("options.json").exists() {
            args.extend(["--options".into(), path("options.json")]);
        }
        let saved = std::env::temp_dir().join(format!("bureau-cli-saved-{}.json", std::process::id()));
        let _ = std::fs::remove_file(&saved);
        if dir.join("directory-saved.json").exists() {
            args.extend(["--save-directory".into(), saved.display().to_string()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = bureau(&args);
        if let Ok(want) = std::fs::read(dir.join("directory-saved.json")) {
            assert_eq!(std::fs::read(&saved).unwrap(), want, "{}", dir.display());
            let _ = std::fs::remove_file(&saved);
        }
        match std::fs::read(dir.join("recommend.json")) {
            Ok(want) => {
                assert_eq!(stdout_json(&out), want.as_slice(), "{}", dir.display());
                let rejected = want.starts_with(b"{\"errors\"");
                assert_eq!(out.status.code(), Some(if rejected { 1 } else { 0 }), "{}", dir.display());
            }
            Err(_) => {
                // The directory itself is rejected: the same problems, each naming the input.
                let want: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(dir.join("load.json")).unwrap()).unwrap();
                let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
                assert_eq!(out.status.code(), Some(1));
                let strip = |v: &serde_json::Value| -> Vec<(String, String)> {
                    v["errors"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|e| (e["code"].to_string(), e["path"].to_string()))
                        .collect()
                };
                assert_eq!(strip(&got), strip(&want), "{}", dir.display());
                assert!(got["errors"].as_array().unwrap().iter().all(|e| e["input"] == "directory"));
            }
        }
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} partners vectors");
}

#[test]
fn recommend_writes_the_recommendation_and_a_letter_per_uncovered_manufacturer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("recommend-out");
    let _ = std::fs::remove_dir_all(&out_dir);
    let villa = root.join("examples/villa-barvikha.json").display().to_string();
    let directory = root.join("examples/partner-directory.json").display().to_string();
    let out = bureau(&["recommend", &villa, "--directory", &directory, "--out", out_dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read(out_dir.join("recommendation.json")).unwrap();
    assert_eq!(stdout_json(&out), written.as_slice());
    let letter = std::fs::read(out_dir.join("PP-f-tessitura-s-casa-italia.pdf")).unwrap();
    assert!(letter.starts_with(b"%PDF-"));
    let mut names: Vec<String> =
        std::fs::read_dir(&out_dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["PP-f-tessitura-s-casa-italia.pdf", "recommendation.json"]);
}

#[test]
fn dash_reads_stdin() {
    let villa = bureau::examples::VILLA.as_bytes();
    let out = with_stdin(&["segment", "-"], villa);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_json(&out), bureau::api::segment(villa, None).unwrap().as_slice());
}

#[test]
fn rejected_input_exits_1_with_every_error_on_stdout() {
    let out = with_stdin(
        &["validate", "-"],
        br#"{"format":"studio-project/1","project":{"id":"p"},"companies":[],"items":[{"quantity":1}]}"#,
    );
    assert_eq!(out.status.code(), Some(1));
    let body: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors = body["errors"].as_array().unwrap();
    assert!(errors.iter().any(|e| e["code"] == "decimal.not_a_string" && e["path"] == "/items/0/quantity"));
    assert!(errors.iter().any(|e| e["code"] == "field.missing" && e["path"] == "/project/name"));
    assert!(errors.iter().all(|e| e["message"].as_str().unwrap().len() > 10));
}

#[test]
fn hostile_input_exits_1_with_a_path_never_a_crash() {
    // A 50 MB string where a name belongs (under the 64 MiB input limit, over a text's).
    let mut big = br#"{"format":"studio-project/1","project":{"id":"p","name":""#.to_vec();
    big.extend(std::iter::repeat_n(b'x', 50 * 1024 * 1024));
    big.extend(br#""}}"#);
    let out = with_stdin(&["segment", "-"], &big);
    assert_eq!(out.status.code(), Some(1));
    let body: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["code"] == "string.too_long" && e["path"] == "/project/name"));
    // 100,000 levels of nesting where an item belongs.
    let deep = [b"{\"items\": [".to_vec(), vec![b'['; 100_000], vec![b']'; 100_000], b"]}".to_vec()].concat();
    let out = with_stdin(&["validate", "-"], &deep);
    assert_eq!(out.status.code(), Some(1));
    let body: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(body["errors"].as_array().unwrap().iter().any(|e| e["code"] == "field.type" && e["path"] == "/items/0"));
    // Invalid JSON: line and column.
    let out = with_stdin(&["validate", "-"], b"{\n  \"format\": }");
    assert_eq!(out.status.code(), Some(1));
    let body: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (body["errors"][0]["code"].as_str(), body["errors"][0]["line"].as_u64()),
        (Some("json.syntax"), Some(2))
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(bureau(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(bureau(&["segment"]).status.code(), Some(2));
    let missing = bureau(&["validate", "/nonexistent/project.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
    assert!(missing.stdout.is_empty());
}

#[test]
fn table_format_is_for_people() {
    let villa = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/villa/input.json");
    let out = bureau(&["segment", villa.to_str().unwrap(), "--format", "table"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("3 segment(s), 1 unsourced group(s)"), "{text}");
    assert!(text.contains("EUR: gross       31840.00  discount     11144.00  net       20696.00"), "{text}");
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/invalid-fields/input.json");
    let out = bureau(&["validate", bad.to_str().unwrap(), "--format", "table"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout).unwrap().contains("ref.unknown_company"));
}

#[test]
fn demo_prints_the_villas_segments_and_writes_what_it_says() {
    let dir = std::env::temp_dir().join(format!("bureau-demo-{}", std::process::id()));
    let out = bureau(&["demo", "--out", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    for id in [
        "PRJ-2026-0142/f-verdi",
        "PRJ-2026-0142/f-luce",
        "PRJ-2026-0142/s-interior-plus",
        "PRJ-2026-0142/unsourced/f-tessitura",
    ] {
        assert!(text.contains(id), "{id} missing from:\n{text}");
    }
    let written = std::fs::read(dir.join("segments.json")).unwrap();
    assert_eq!(written, bureau::api::segment(bureau::examples::VILLA.as_bytes(), None).unwrap());
    assert!(text.contains(&format!("wrote {}", dir.join("segments.json").display())));
    // Every document of the villa, in Russian: a specification, and per segment a proforma
    // request, a proforma and a packing list, each as PDF and model JSON.
    // Then the offices: Fabbrica Verdi's proforma reconciled, and the client's invoice.
    for name in [
        "specification-project",
        "proforma-f-verdi",
        "packing_list-s-interior-plus",
        "proforma_request-f-luce",
        "RC-2026-0004",
        "INV-2026-0007",
    ] {
        let pdf = std::fs::read(dir.join(format!("{name}.pdf"))).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{name}");
        assert!(text.contains(&format!("{name}.pdf")), "{name} not listed in:\n{text}");
        assert!(dir.join(format!("{name}.json")).exists());
    }
    assert_eq!(
        std::fs::read_dir(&dir)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "pdf"))
            .count(),
        14
    );
    // The invoice as a spreadsheet and as EN 16931 data, listed.
    for name in ["INV-2026-0007.xlsx", "INV-2026-0007.ubl.xml", "INV-2026-0007.facturx.pdf"] {
        assert!(text.contains(name) && dir.join(name).exists(), "{name} not written or listed:\n{text}");
    }
    assert!(std::fs::read(dir.join("INV-2026-0007.ubl.xml")).unwrap().starts_with(b"<?xml"));
    assert!(text.contains("effect -4719.00 EUR") && text.contains("2749371.17 RUB"), "{text}");
    // Then the partners: Casa Italia covers both factories; a letter for Tessitura Como.
    assert!(text.contains("Cover (exact): s-casa-italia") && text.contains("Uncovered: f-tessitura"), "{text}");
    let letter = std::fs::read(dir.join("PP-f-tessitura-s-casa-italia.pdf")).unwrap();
    assert!(letter.starts_with(b"%PDF-"));
    assert!(text.contains(&dir.join("PP-f-tessitura-s-casa-italia.pdf").display().to_string()));
    assert!(dir.join("recommendation.json").exists());
    // Then the deal: the designer refused, Casa Italia invited, the invoice issued; saved.
    assert!(text.contains("refused  forbidden.supplier_required"), "{text}");
    assert!(text.contains("v8  Casa Italia: выпущен документ «счёт клиенту» INV-2026-0007"), "{text}");
    let saved = std::fs::read(dir.join("deal.json")).unwrap();
    assert_eq!(bureau::deal::load(&saved).unwrap().version, 8);
    std::fs::remove_dir_all(dir).unwrap();
}

/// `deal new`, `deal apply` and `deal show` walk every deal vector: each step's output is the
/// new deal (whose last event is the vector's), or the refusal with exit 1 and the deal kept.
#[test]
fn deal_vectors_through_the_cli() {
    let tmp = std::env::temp_dir().join(format!("bureau-deals-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut checked = 0;
    for dir in vectors() {
        let path = |name: &str| dir.join(name).display().to_string();
        if dir.join("saved.json").exists() {
            let out = bureau(&["deal", "show", &path("saved.json")]);
            let want = std::fs::read(dir.join("load.json")).unwrap();
            assert_eq!(stdout_json(&out), want.as_slice(), "{}", dir.display());
            assert_eq!(out.status.code(), Some(if want.starts_with(b"{\"errors\"") { 1 } else { 0 }));
            checked += 1;
            continue;
        }
        if !dir.join("new.json").exists() {
            continue;
        }
        let with_directory = |mut args: Vec<String>| {
            if dir.join("deal-directory.json").exists() {
                args.extend(["--directory".into(), path("deal-directory.json")]);
            }
            args
        };
        let args = with_directory(vec!["deal".into(), "new".into(), path("input.json")]);
        let out = bureau(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(stdout_json(&out), std::fs::read(dir.join("new.json")).unwrap().as_slice());
        let current = tmp.join(format!("{}.json", dir.file_name().unwrap().to_string_lossy()));
        std::fs::write(&current, stdout_json(&out)).unwrap();
        for n in 1.. {
            let action = dir.join(format!("action-{n:02}.json"));
            if !action.exists() {
                break;
            }
            let want: serde_json::Value =
                serde_json::from_slice(&std::fs::read(dir.join(format!("applied-{n:02}.json"))).unwrap()).unwrap();
            let before = std::fs::read(&current).unwrap();
            let args = with_directory(vec![
                "deal".into(),
                "apply".into(),
                current.display().to_string(),
                action.display().to_string(),
            ]);
            let out = bureau(&args.iter().map(String::as_str).collect::<Vec<_>>());
            if want.get("errors").is_some() {
                assert_eq!(out.status.code(), Some(1), "{} action {n}", dir.display());
                let bytes = std::fs::read(dir.join(format!("applied-{n:02}.json"))).unwrap();
                assert_eq!(stdout_json(&out), bytes.as_slice(), "{} action {n}", dir.display());
                continue;
            }
            assert_eq!(out.status.code(), Some(0), "{} action {n}", dir.display());
            let deal: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(deal["version"], want["version"]);
            assert_eq!(deal["events"].as_array().unwrap().last().unwrap(), &want["events"][0]);
            if want["repeated"] == true {
                assert_eq!(stdout_json(&out), before.as_slice(), "a repeated action changed the deal");
            }
            std::fs::write(&current, stdout_json(&out)).unwrap();
        }
        assert_eq!(std::fs::read(&current).unwrap(), std::fs::read(dir.join("deal.json")).unwrap());
        for view in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()) {
            let Some(audience) = view.strip_prefix("view-").and_then(|v| v.strip_suffix(".json")) else { continue };
            let out = bureau(&["deal", "show", current.to_str().unwrap(), "--as", audience]);
            assert_eq!(stdout_json(&out), std::fs::read(dir.join(&view)).unwrap().as_slice(), "{view}");
        }
        // `deal document`: each `print-NN.json` prints `printed-NN.*`, byte for byte.
        for n in 1.. {
            let request = dir.join(format!("print-{n:02}.json"));
            if !request.exists() {
                break;
            }
            let prefix = format!("printed-{n:02}.");
            let printed = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.file_name().is_some_and(|f| f.to_string_lossy().starts_with(&prefix)))
                .unwrap();
            let out = bureau(&["deal", "document", current.to_str().unwrap(), request.to_str().unwrap()]);
            let want = std::fs::read(&printed).unwrap();
            let refused = want.starts_with(b"{\"errors\"");
            assert_eq!(out.status.code(), Some(if refused { 1 } else { 0 }), "{}", printed.display());
            assert_eq!(stdout_json(&out), want.as_slice(), "{}", printed.display());
        }
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} deal vectors");
    // `invoice --deal`: the deal's accepted proforma prices the goods, its supplier is known.
    let story = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/deal-villa-story");
    let mut request: serde_json::Value = serde_json::from_str(bureau::examples::VILLA_INVOICE).unwrap();
    request.as_object_mut().unwrap().remove("proformas");
    request.as_object_mut().unwrap().remove("companies");
    let file = tmp.join("request.json");
    std::fs::write(&file, request.to_string()).unwrap();
    let out = bureau(&[
        "invoice",
        story.join("input.json").to_str().unwrap(),
        "--request",
        file.to_str().unwrap(),
        "--deal",
        story.join("deal.json").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let standalone: serde_json::Value = serde_json::from_slice(
        &bureau::api::invoice(bureau::examples::VILLA.as_bytes(), bureau::examples::VILLA_INVOICE.as_bytes()).unwrap(),
    )
    .unwrap();
    assert_eq!(result["invoice"]["totals"], standalone["invoice"]["totals"]);
    assert_eq!(result["invoice"]["lines"], standalone["invoice"]["lines"]);
    std::fs::remove_dir_all(tmp).unwrap();
}

#[test]
fn documents_writes_the_files_it_lists_and_gives_every_surfaces_bytes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/document-proforma-pdf");
    let dir = std::env::temp_dir().join(format!("bureau-documents-{}", std::process::id()));
    // The vector's request without `kind` and `segment` is a settings file.
    let mut request: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("request.json")).unwrap()).unwrap();
    let segment = request["segment"].as_str().unwrap().to_string();
    request.as_object_mut().unwrap().retain(|k, _| k != "kind" && k != "segment");
    std::fs::create_dir_all(&dir).unwrap();
    let settings = dir.join("settings.json");
    std::fs::write(&settings, serde_json::to_vec(&request).unwrap()).unwrap();
    let input = root.join("input.json");
    let out = bureau(&[
        "documents",
        input.to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
        "--kind",
        "proforma",
        "--segment",
        &segment,
        "--settings",
        settings.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = result["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    let pdf = &files[0];
    assert_eq!(
        (pdf["kind"].as_str(), pdf["format"].as_str(), pdf["segment"].as_str()),
        (Some("proforma"), Some("pdf"), Some(segment.as_str()))
    );
    let written = std::fs::read(pdf["path"].as_str().unwrap()).unwrap();
    assert_eq!(written.len() as u64, pdf["bytes"].as_u64().unwrap());
    assert!(written == std::fs::read(root.join("document.pdf")).unwrap(), "the CLI's PDF differs from the vector's");
    assert_eq!(result["series"]["proforma"], 43);
    assert_eq!(result["warnings"], serde_json::json!([]));

    // --format adds the tables' files: a packing list is one, a proforma is not.
    let out = bureau(&[
        "documents",
        input.to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
        "--kind",
        "proforma",
        "--kind",
        "packing_list",
        "--segment",
        &segment,
        "--settings",
        settings.to_str().unwrap(),
        "--format",
        "xlsx",
        "--format",
        "csv",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let made: Vec<(&str, &str)> = result["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["kind"].as_str().unwrap(), f["format"].as_str().unwrap()))
        .collect();
    assert_eq!(
        made,
        [
            ("proforma", "pdf"),
            ("proforma", "json"),
            ("packing_list", "pdf"),
            ("packing_list", "json"),
            ("packing_list", "xlsx"),
            ("packing_list", "csv")
        ]
    );

    // A rejected request exits 1 with every error, and writes nothing.
    let empty = dir.join("nothing");
    let out = bureau(&[
        "documents",
        input.to_str().unwrap(),
        "--out",
        empty.to_str().unwrap(),
        "--kind",
        "proforma_request",
        "--segment",
        "PRJ-2026-0142/f-verdi",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let body: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(body["errors"][0]["code"], "forbidden.supplier_required");
    assert!(!empty.exists(), "files were written for a rejected request");
    // A kind that does not exist is a usage error.
    assert_eq!(
        bureau(&["documents", input.to_str().unwrap(), "--out", empty.to_str().unwrap(), "--kind", "invoice"])
            .status
            .code(),
        Some(2)
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn codes_lists_the_catalogue() {
    let out = bureau(&["codes", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), bureau::Code::ALL.len());
    let table = String::from_utf8(bureau(&["codes"]).stdout).unwrap();
    assert!(table.contains("decimal.not_a_string"));
}

#[test]
fn the_office_flow_reconciles_then_invoices_and_writes_the_invoice() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let villa = root.join("examples/villa-barvikha.json");
    let out = bureau(&[
        "reconcile",
        villa.to_str().unwrap(),
        "--proforma",
        root.join("examples/villa-proforma-verdi.json").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["effect"], "-4719.00");

    let dir = std::env::temp_dir().join(format!("bureau-invoice-{}", std::process::id()));
    let request = root.join("examples/villa-invoice.json");
    let out = bureau(&[
        "invoice",
        villa.to_str().unwrap(),
        "--request",
        request.to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(result["invoice"]["totals"]["total"], "2749371.17");
    let pdf = std::fs::read(dir.join("INV-2026-0007.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(std::fs::read(dir.join("INV-2026-0007.json")).unwrap(), stdout_json(&out));
    let _ = std::fs::remove_dir_all(&dir);

    // --format picks the files: the spreadsheet and the CSV are the engine's, byte for byte.
    let xlsx = root.join("tests/vectors/invoice-villa-xlsx");
    let out = bureau(&[
        "invoice",
        xlsx.join("input.json").to_str().unwrap(),
        "--request",
        xlsx.join("invoice-request.json").to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
        "--format",
        "xlsx",
        "--format",
        "csv",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let number = result["invoice"]["number"].as_str().unwrap();
    assert!(
        std::fs::read(dir.join(format!("{number}.xlsx"))).unwrap() == std::fs::read(xlsx.join("invoice.xlsx")).unwrap()
    );
    assert!(std::fs::read(dir.join(format!("{number}.csv"))).unwrap().starts_with("№,Позиция,".as_bytes()));
    assert!(!dir.join(format!("{number}.pdf")).exists());
    let _ = std::fs::remove_dir_all(&dir);

    // A rejected request writes nothing and exits 1; a --deal file that cannot be read is a usage error.
    let bad = dir.join("bad.json");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(&bad, br#"{"segments":["PRJ-2026-0142/f-verdi"],"seller":"s-nobody"}"#).unwrap();
    let out = bureau(&[
        "invoice",
        villa.to_str().unwrap(),
        "--request",
        bad.to_str().unwrap(),
        "--out",
        dir.join("o").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!dir.join("o").exists());
    let out = bureau(&["invoice", villa.to_str().unwrap(), "--request", request.to_str().unwrap(), "--deal", "x.json"]);
    assert_eq!(out.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_panic_is_a_json_internal_error_with_exit_2_and_no_backtrace() {
    let out = Command::new(env!("CARGO_BIN_EXE_bureau"))
        .args(["codes"])
        .env("BUREAU_CLI_TEST_PANIC", "1")
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stderr.is_empty(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let body: serde_json::Value = serde_json::from_slice(stdout_json(&out)).unwrap();
    assert_eq!(body["errors"][0]["code"], "internal");
    assert!(body["errors"][0]["message"].as_str().unwrap().contains("BUREAU_CLI_TEST_PANIC"));
}
