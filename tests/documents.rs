//! The documents of the villa, read back from their PDFs: totals, words, tax ids and box
//! numbering as printed; every amount printed equals the model's; the packing lists' quantities
//! equal the proformas'; hostile text prints as written; settings problems are reported at once.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::BTreeMap;
use std::process::Command;

use rust_decimal::Decimal;
use serde_json::{json, Value};

use bureau::docs::format::{money, number, three};
use bureau::money::words::Lang;
use support::{pdftotext, plain};

mod support;

const VERDI: &str = "PRJ-2026-0142/f-verdi";
const LUCE: &str = "PRJ-2026-0142/f-luce";
const PLUS: &str = "PRJ-2026-0142/s-interior-plus";

fn villa() -> Vec<u8> {
    bureau::examples::VILLA.as_bytes().to_vec()
}

/// The villa with `n` more copies of its first item, each given its id and sku (`{prefix}-{i}`)
/// and then changed by `edit`.
fn villa_with(n: usize, prefix: &str, edit: impl Fn(usize, &mut Value)) -> Value {
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    let first = project["items"][0].clone();
    for i in 0..n {
        let mut it = first.clone();
        it["id"] = json!(format!("{}-{i}", prefix.to_lowercase()));
        it["sku"] = json!(format!("{prefix}-{i:04}"));
        edit(i, &mut it);
        project["items"].as_array_mut().unwrap().push(it);
    }
    project
}

/// The demo's settings with `extra` fields merged in.
fn request(extra: Value) -> Vec<u8> {
    let mut r: Value = serde_json::from_str(bureau::examples::VILLA_DOCUMENTS).unwrap();
    for (k, v) in extra.as_object().unwrap() {
        r[k] = v.clone();
    }
    serde_json::to_vec(&r).unwrap()
}

fn pdf(project: &[u8], extra: Value) -> Vec<u8> {
    bureau::api::document(project, &request(extra))
        .unwrap_or_else(|e| panic!("{}", String::from_utf8_lossy(&e.to_json())))
}

fn model(project: &[u8], mut extra: Value) -> Value {
    extra["format"] = json!("json");
    serde_json::from_slice(&pdf(project, extra)).unwrap()
}

fn errors(project: &[u8], request: &[u8]) -> Vec<Value> {
    let e = bureau::api::document(project, request).unwrap_err();
    let body: Value = serde_json::from_slice(&e.to_json()).unwrap();
    body["errors"].as_array().unwrap().clone()
}

fn codes(errors: &[Value]) -> Vec<&str> {
    errors.iter().map(|e| e["code"].as_str().unwrap()).collect()
}

fn d(v: &Value) -> Decimal {
    v.as_str().unwrap().parse().unwrap()
}

fn assert_has(text: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(text.contains(&plain(w)), "{w:?} is not printed in:\n{text}");
    }
}

#[test]
fn the_demo_writes_the_villas_documents_and_they_read_correctly() {
    let batch =
        bureau::api::documents(&villa(), Some(bureau::examples::VILLA_DOCUMENTS.as_bytes()), &[], &[], &[]).unwrap();
    let pdfs: BTreeMap<&str, &[u8]> =
        batch.files.iter().filter(|f| f.path.ends_with(".pdf")).map(|f| (f.path.as_str(), f.data.as_slice())).collect();
    assert_eq!(pdfs.len(), 10, "{:?}", pdfs.keys());
    let text = |name: &str| pdftotext(pdfs[name]);

    let spec = text("specification-project.pdf");
    assert_has(
        &spec,
        &["Спецификация", "№ SP-2026-0017 от 20.11.2026", "Гостиная", "Столовая", "Спальня", "по запросу"],
    );
    // Sale price: 8 092,50 € net × 1,30 = 10 520,25 € × 98,4512 = 1 035 731,24 ₽.
    assert_has(&spec, &["1 035 731,24", "Итого", "5 501 686,86 ₽", "Иванов Иван Иванович"]);
    assert!(!spec.contains("12 450,00") && !spec.contains("35 %"), "a client's specification shows purchase prices");

    let verdi = text("proforma-f-verdi.pdf");
    assert_has(
        &verdi,
        &[
            "Проформа-инвойс",
            "№ PF-2026-0042 от 20.11.2026",
            "Fabbrica Verdi S.p.A.",
            "VAT IT01234567897",
            "ИНН 7725012341, КПП 772501001",
            "БИК 044525225",
            "30101810400000000225",
            "IBAN IT60X0542811101000000123456",
            "8 092,50",
            "31 840,00 €",
            "11 144,00 €",
            "Итого",
            "Без НДС",
            "Всего к оплате",
            "20 696,00 €",
            "Предоплата 50 %",
            "10 348,00 €",
            "Всего наименований 3, на сумму 20 696,00 €",
            "Двадцать тысяч шестьсот девяносто шесть евро 00 центов",
            "Действительна до",
            "20.12.2026",
            "Руководитель",
            "Главный бухгалтер",
        ],
    );
    let luce = text("proforma-f-luce.pdf");
    assert_has(&luce, &["6 244,00", "4 396,00", "10 640,00 €", "Десять тысяч шестьсот сорок евро 00 центов"]);
    let plus = text("proforma-s-interior-plus.pdf");
    assert_has(
        &plus,
        &[
            "Банк получателя ПАО Сбербанк",
            "ИНН 7730123456",
            "КПП 773001001",
            "Сч. № 40702810938000012345",
            "1 147 000,00 ₽",
            "НДС 22 %",
            "252 340,00 ₽",
            "1 399 340,00 ₽",
            "Один миллион триста девяносто девять тысяч триста сорок рублей 00 копеек",
        ],
    );

    let packing = text("packing_list-f-verdi.pdf");
    assert_has(
        &packing,
        &[
            "Упаковочный лист",
            "1/6",
            "2/6",
            "6/6",
            "место 1 из 2",
            "место 2 из 2",
            "PF-2026-0042",
            "338,900",
            "408,000",
            "4,884",
        ],
    );
    assert!(!packing.contains("8 092,50") && !packing.contains('€'), "a packing list carries no prices");
    let chairs = text("packing_list-s-interior-plus.pdf");
    assert_has(&chairs, &["1/6", "4/6", "6/6", "2 шт."]);

    let ask = text("proforma_request-f-verdi.pdf");
    assert_has(
        &ask,
        &["Запрос проформы", "RQ-2026-0311", "ООО «Каза Италия»", "Fabbrica Verdi", "12 450,00 €", "Большая Ордынка"],
    );
    assert!(!ask.contains("Сосновая"), "a factory's request shows the client's private address");
    assert!(!ask.contains("Иванов"), "a factory's request names the private client");

    // The numbers came from the series; the next ones are returned to the host.
    assert_eq!(batch.series.len(), 4);
    let next: Vec<u32> = batch.series.values().copied().collect();
    assert_eq!(next, vec![18, 314, 45, 12]);
}

#[test]
fn every_amount_printed_equals_the_models() {
    for segment in [VERDI, LUCE, PLUS] {
        let extra = json!({ "kind": "proforma", "segment": segment });
        let m = &model(&villa(), extra.clone())["document"];
        let text = pdftotext(&pdf(&villa(), extra));
        let cur = m["currency"].as_str().unwrap();
        for line in m["lines"].as_array().unwrap() {
            assert_has(&text, &[&number(d(&line["unit_price"]), Lang::Ru), &number(d(&line["net"]), Lang::Ru)]);
        }
        let t = &m["totals"];
        assert_has(&text, &[&money(d(&t["lines"]), cur, Lang::Ru), &money(d(&t["total"]), cur, Lang::Ru)]);
        for r in t["vat_rates"].as_array().unwrap().iter().filter(|r| !d(&r["rate"]).is_zero()) {
            assert_has(&text, &[&money(d(&r["vat"]), cur, Lang::Ru)]);
        }
        assert_has(&text, &[&money(d(&m["deposit"]), cur, Lang::Ru), &money(d(&m["balance"]), cur, Lang::Ru)]);
        assert_has(&text, &[m["total_in_words"].as_str().unwrap()]);

        let extra = json!({ "kind": "packing_list", "segment": segment });
        let m = &model(&villa(), extra.clone())["document"];
        let text = pdftotext(&pdf(&villa(), extra));
        for b in m["boxes"].as_array().unwrap() {
            assert_has(&text, &[&three(d(&b["gross_kg"]), Lang::Ru), &three(d(&b["net_kg"]), Lang::Ru)]);
        }
        let t = &m["totals"];
        for k in ["net_weight_kg", "gross_weight_kg", "volume_m3"] {
            assert_has(&text, &[&three(d(&t[k]), Lang::Ru)]);
        }
    }
}

#[test]
fn the_packing_lists_quantities_equal_the_proformas() {
    for segment in [VERDI, LUCE, PLUS] {
        let proforma = &model(&villa(), json!({ "kind": "proforma", "segment": segment }))["document"];
        let packing = &model(&villa(), json!({ "kind": "packing_list", "segment": segment }))["document"];
        let mut packed: BTreeMap<String, Decimal> = BTreeMap::new();
        for b in packing["boxes"].as_array().unwrap() {
            if let Some(q) = b.get("quantity") {
                *packed.entry(b["item"].as_str().unwrap().to_string()).or_default() += d(q);
            }
        }
        for line in proforma["lines"].as_array().unwrap() {
            assert_eq!(packed[line["item"].as_str().unwrap()], d(&line["quantity"]), "{segment}: {}", line["item"]);
        }
        let numbers: Vec<u64> = packing["boxes"].as_array().unwrap().iter().map(|b| b["n"].as_u64().unwrap()).collect();
        assert_eq!(numbers, (1..=numbers.len() as u64).collect::<Vec<_>>(), "boxes numbered without gaps");
    }
}

#[test]
fn hostile_names_print_exactly_as_written() {
    let hostile = ["#read(\"/etc/passwd\")", "*50% off*", "$x$ ] <l> @r //"];
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    for (i, name) in [0, 1, 3].into_iter().zip(hostile) {
        project["items"][i]["name"] = json!(name);
    }
    project["items"][3]["options"] = json!([{ "name": "#set text(red)", "value": "`raw` \\ _emph_" }]);
    let project = serde_json::to_vec(&project).unwrap();
    for kind in ["specification", "proforma", "packing_list", "proforma_request"] {
        let text = pdftotext(&pdf(&project, json!({ "kind": kind, "segment": VERDI })));
        for s in hostile {
            assert!(text.contains(s), "{kind}: {s:?} not printed as written:\n{text}");
        }
        if kind != "packing_list" {
            assert!(text.contains("#set text(red): `raw` \\ _emph_"), "{kind}: {text}");
        }
        assert!(!text.contains("root:"), "a file leaked into the document");
    }
}

#[test]
fn a_hosts_template_sees_only_what_bureau_gives_it() {
    let own = r#"#let d = json("/data.json")
#set page(width: 200mm, height: auto)
#set text(font: "Noto Sans")
Own layout: #d.model.number, #d.view.title, #d.model.totals.total"#;
    let text = pdftotext(&pdf(&villa(), json!({ "kind": "proforma", "segment": VERDI, "template": own })));
    assert!(text.contains("Own layout: PF-2026-0042, Проформа-инвойс, 20696.00"), "{text}");

    let importing = "#import \"/bureau.typ\": render\n#render()";
    assert!(pdftotext(&pdf(&villa(), json!({ "kind": "proforma", "segment": VERDI, "template": importing })))
        .contains("20 696,00"));

    for path in ["/etc/passwd", "/main.typ/../../etc/passwd", "/assets/5"] {
        let r = request(json!({ "kind": "proforma", "segment": VERDI, "template": format!("#read(\"{path}\")") }));
        let e = errors(&villa(), &r);
        assert_eq!(codes(&e), ["template.failed"], "{path}");
        let message = e[0]["message"].as_str().unwrap();
        assert!(message.contains("not a file Bureau gives") || message.contains("escape"), "{message}");
    }
}

/// Run as a child process: writes the villa's proforma to `BUREAU_DOCUMENT_CHILD`.
#[test]
fn document_child() {
    if let Some(path) = std::env::var_os("BUREAU_DOCUMENT_CHILD") {
        std::fs::write(path, pdf(&villa(), json!({ "kind": "proforma", "segment": PLUS }))).unwrap();
    }
}

#[test]
fn same_request_same_bytes_across_processes() {
    let dir = std::env::temp_dir().join(format!("bureau-document-child-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut outputs = Vec::new();
    for i in 0..2 {
        let path = dir.join(format!("{i}.pdf"));
        let status = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "document_child", "--quiet"])
            .env("BUREAU_DOCUMENT_CHILD", &path)
            .status()
            .unwrap();
        assert!(status.success());
        outputs.push(std::fs::read(&path).unwrap());
    }
    assert!(outputs[0].starts_with(b"%PDF-"));
    assert_eq!(outputs[0], outputs[1], "two processes rendered different bytes");
    assert_eq!(outputs[0], pdf(&villa(), json!({ "kind": "proforma", "segment": PLUS })));
    let raw = String::from_utf8_lossy(&outputs[0]);
    assert!(raw.contains("D:20261120"), "the PDF's date is not the document date");
}

#[test]
fn characters_no_font_has_are_warned_with_the_item_and_field() {
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    project["items"][1]["name"] = json!("Кресло 漢字");
    let project = serde_json::to_vec(&project).unwrap();
    let m = model(&project, json!({ "kind": "proforma", "segment": VERDI }));
    let warnings = m["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0]["code"], "text.missing_glyph");
    assert_eq!(warnings[0]["path"], "/lines/1/name");
    let message = warnings[0]["message"].as_str().unwrap();
    assert!(message.contains("it-02") && message.contains("U+6F22"), "{message}");
    // The villa itself is covered.
    let m = model(&villa(), json!({ "kind": "specification" }));
    assert_eq!(m["warnings"], json!([]));
}

#[test]
fn settings_problems_are_reported_all_at_once_with_their_paths() {
    let r = serde_json::to_vec(&json!({
        "kind": "proforma", "segment": VERDI, "date": "2026-13-01", "currency": "EURO",
        "fx": [ { "from": "EUR", "to": "RUB", "rate": 98.45 } ], "vat": { "policy": "sometimes" },
        "buyer": "s-nobody", "branding": { "accent": "navy", "logo": "img-none" }, "paper": "a3", "tagged": "yes",
    }))
    .unwrap();
    let e = errors(&villa(), &r);
    let got: Vec<(&str, &str)> = e.iter().map(|e| (e["code"].as_str().unwrap(), e["path"].as_str().unwrap())).collect();
    for want in [
        ("decimal.not_a_string", "/fx/0/rate"),
        ("value.unknown", "/vat/policy"),
        ("value.unknown", "/paper"),
        ("field.type", "/tagged"),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
    assert!(e.iter().all(|e| e["input"] == "request"), "{e:?}");

    // Read fine, but wrong against the project: all reported too.
    let r = serde_json::to_vec(&json!({
        "kind": "proforma", "segment": VERDI, "date": "2026-13-01", "currency": "EURO", "buyer": "s-nobody",
        "branding": { "accent": "navy", "logo": "img-none" },
    }))
    .unwrap();
    let e = errors(&villa(), &r);
    let got: Vec<(&str, &str)> = e.iter().map(|e| (e["code"].as_str().unwrap(), e["path"].as_str().unwrap())).collect();
    assert_eq!(
        got,
        [
            ("date.invalid", "/date"),
            ("currency.unknown", "/currency"),
            ("ref.unknown_company", "/buyer"),
            ("ref.unknown_asset", "/branding/logo"),
            ("colour.invalid", "/branding/accent"),
        ]
    );
}

#[test]
fn the_date_is_given_never_the_clock() {
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    project["project"].as_object_mut().unwrap().remove("date");
    let project = serde_json::to_vec(&project).unwrap();
    let e = errors(&project, br#"{ "kind": "specification" }"#);
    assert_eq!(codes(&e), ["settings.missing_date"]);
    assert_eq!(e[0]["path"], "/date");
    let m = model(&project, json!({ "kind": "specification", "date": "2027-01-15" }));
    assert_eq!(m["document"]["date"], "2027-01-15");
}

#[test]
fn prices_vat_and_rates_that_are_missing_are_named() {
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    project["items"][0].as_object_mut().unwrap().remove("vat_pct");
    let project = serde_json::to_vec(&project).unwrap();
    let e = errors(&project, &request(json!({ "kind": "proforma", "segment": VERDI })));
    assert_eq!(codes(&e), ["vat.missing_rate"]);
    assert_eq!((e[0]["path"].as_str(), e[0]["input"].as_str()), (Some("/items/0/vat_pct"), Some("project")));
    // The settings' rate fills in.
    let m = model(&project, json!({ "kind": "proforma", "segment": VERDI, "vat": { "rate": "22" } }));
    assert_eq!(m["document"]["lines"][0]["vat_pct"], "22");

    // A client's specification in RUB from EUR goods needs the rate, and names the pair.
    let e = errors(&villa(), &request(json!({ "kind": "specification", "fx": [] })));
    assert_eq!(codes(&e), ["fx.missing_rate"]);
    assert!(e[0]["message"].as_str().unwrap().contains("EUR") && e[0]["message"].as_str().unwrap().contains("RUB"));

    // A proforma over lines in two currencies needs a document currency.
    let mut mixed: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    mixed["items"][1]["currency"] = json!("USD");
    let e = errors(&serde_json::to_vec(&mixed).unwrap(), &request(json!({ "kind": "proforma", "segment": VERDI })));
    assert_eq!(codes(&e), ["currency.required"]);

    // An unsourced group has no source to ask; an unknown segment lists the real ones.
    let e = errors(&villa(), &request(json!({ "kind": "proforma", "segment": "PRJ-2026-0142/unsourced/f-tessitura" })));
    assert_eq!(codes(&e), ["segment.unknown"]);
    assert!(e[0]["message"].as_str().unwrap().contains("invite a supplier"));
    let e = errors(&villa(), &request(json!({ "kind": "packing_list" })));
    assert_eq!(codes(&e), ["document.scope"]);
}

#[test]
fn a_designer_cannot_ask_a_factory_for_a_proforma() {
    let ask = |segment: &str| serde_json::to_vec(&json!({ "kind": "proforma_request", "segment": segment })).unwrap();
    let e = errors(&villa(), &ask(VERDI));
    assert_eq!(codes(&e), ["forbidden.supplier_required"]);
    assert!(e[0]["message"].as_str().unwrap().contains("invite a supplier"));
    // A showroom is a commercial company: the designer may ask it.
    assert!(bureau::api::document(&villa(), &ask(PLUS)).is_ok());
    // Without named kinds, the batch leaves the forbidden requests out and says why.
    let batch = bureau::api::documents(&villa(), None, &[], &[], &[]).unwrap();
    let skipped: Vec<&str> =
        batch.warnings.iter().filter(|w| w.code.as_str() == "document.skipped").map(|w| w.message.as_str()).collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(!batch.files.iter().any(|f| f.path == "proforma_request-f-verdi.pdf"));
    assert!(batch.files.iter().any(|f| f.path == "proforma_request-s-interior-plus.pdf"));
}

#[test]
fn vat_per_document_per_line_and_included() {
    // Three lines of 0.05 at 10%: per line each tax is round(0.005) = 0.01 → 0.03; over the
    // document round(0.015) = 0.02.
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    for i in [4, 5] {
        project["items"][i]["unit_price"] = json!("0.05");
        project["items"][i]["quantity"] = json!("1");
        project["items"][i]["vat_pct"] = json!("10");
        project["items"][i].as_object_mut().unwrap().remove("discount_pct");
    }
    let mut third = project["items"][5].clone();
    third["id"] = json!("it-09");
    project["items"].as_array_mut().unwrap().push(third);
    let project = serde_json::to_vec(&project).unwrap();
    let vat = |policy: &str, incl: bool| {
        let m = model(
            &project,
            json!({ "kind": "proforma", "segment": PLUS, "vat": { "policy": policy, "prices_include_vat": incl } }),
        );
        let t = m["document"]["totals"].clone();
        (
            t["vat"].as_str().unwrap().to_string(),
            t["net"].as_str().unwrap().to_string(),
            t["total"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(vat("per_document", false), ("0.02".into(), "0.15".into(), "0.17".into()));
    assert_eq!(vat("per_line", false), ("0.03".into(), "0.15".into(), "0.18".into()));
    // Included: round(0.15 × 10 / 110) = 0.01; total stays 0.15.
    assert_eq!(vat("per_document", true), ("0.01".into(), "0.14".into(), "0.15".into()));
    let text = pdftotext(&pdf(
        &project,
        json!({ "kind": "proforma", "segment": PLUS, "vat": { "prices_include_vat": true } }),
    ));
    assert_has(&text, &["в т.ч. НДС 10 %"]);
}

#[test]
fn numbers_series_revisions_and_the_english_proforma() {
    let m = model(&villa(), json!({ "kind": "proforma", "segment": VERDI, "language": "en", "revision": 2 }));
    assert_eq!(m["document"]["number"], "PF-2026-0042-rev2");
    let text =
        pdftotext(&pdf(&villa(), json!({ "kind": "proforma", "segment": VERDI, "language": "en", "number": "PF-7" })));
    assert_has(
        &text,
        &[
            "Proforma invoice",
            "No. PF-7 of 20 November 2026",
            "€20,696.00",
            "Twenty thousand six hundred ninety-six euros and 00 cents",
            "INN 7725012341",
        ],
    );
    // Without settings, numbers derive from the project id; segments count from 1.
    let m: Value = serde_json::from_slice(
        &bureau::api::document(
            &villa(),
            br#"{ "kind": "packing_list", "segment": "PRJ-2026-0142/f-luce", "format": "json" }"#,
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(m["document"]["number"], "PL-PRJ-2026-0142-02");
}

#[test]
fn previews_paper_and_tagging() {
    let png = pdf(&villa(), json!({ "kind": "proforma", "segment": VERDI, "format": "png", "preview_dpi": 36 }));
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    let size = |png: &[u8]| {
        (u32::from_be_bytes(png[16..20].try_into().unwrap()), u32::from_be_bytes(png[20..24].try_into().unwrap()))
    };
    assert_eq!(size(&png), (298, 421), "A4 at 36 dpi");
    let letter = pdf(
        &villa(),
        json!({ "kind": "proforma", "segment": VERDI, "format": "png", "preview_dpi": 36, "paper": "us_letter" }),
    );
    assert_eq!(size(&letter), (306, 396), "US Letter at 36 dpi");
    let e = errors(&villa(), &request(json!({ "kind": "proforma", "segment": VERDI, "format": "png", "page": 2 })));
    assert!(e[0]["message"].as_str().unwrap().contains("has 1 page"));

    let tagged = pdf(&villa(), json!({ "kind": "specification" }));
    let untagged = pdf(&villa(), json!({ "kind": "specification", "tagged": false }));
    assert!(String::from_utf8_lossy(&tagged).contains("/StructTreeRoot"));
    assert!(!String::from_utf8_lossy(&untagged).contains("/StructTreeRoot"));
    assert!(untagged.len() < tagged.len());
    let raw = String::from_utf8_lossy(&tagged);
    assert!(raw.contains("/Lang (ru)") || raw.contains("/Lang(ru)"), "no language in the PDF");
}

#[test]
fn a_packing_list_that_does_not_add_up_is_not_issued() {
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    project["items"][0]["packages"][0]["gross_kg"] = json!("20");
    project["items"][6].as_object_mut().unwrap().remove("packages");
    let project = serde_json::to_vec(&project).unwrap();
    let e = errors(&project, &request(json!({ "kind": "packing_list", "segment": VERDI })));
    assert_eq!(codes(&e), ["packing.inconsistent"]);
    assert_eq!(e[0]["path"], "/items/0/packages");
    assert!(e[0]["message"].as_str().unwrap().contains("40 kg gross, less than its 96.5 kg net"), "{e:?}");
    // A line without packing data is named on the list, not skipped.
    let m = model(&project, json!({ "kind": "packing_list", "segment": LUCE }));
    assert_eq!(m["document"]["unpacked"][0]["item"], "it-07");
    let text = pdftotext(&pdf(&project, json!({ "kind": "packing_list", "segment": LUCE })));
    assert_has(&text, &["Позиции без данных об упаковке", "LM-ORB-60"]);
}

#[test]
fn long_documents_repeat_the_header_and_number_every_page() {
    let project = serde_json::to_vec(&villa_with(80, "FV-X", |_, _| {})).unwrap();
    let text = pdftotext(&pdf(&project, json!({ "kind": "proforma", "segment": VERDI })));
    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert!(pages.len() >= 3, "{} pages", pages.len());
    let n = pages.len();
    for (k, page) in pages.iter().enumerate() {
        let squeezed: String = page.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(squeezed.contains(&format!("{}/{n}", k + 1)), "page {} has no number", k + 1);
        // Every page the table continues on repeats its header; the last page may open with the
        // block that keeps the last line together with the totals.
        if k + 1 < n {
            assert!(page.contains("Артикул"), "page {} repeats no table header", k + 1);
        }
    }
    // The total never stands alone: the last page holds a line of the table too.
    assert!(pages[n - 1].contains("FV-X-0079") && pages[n - 1].contains("Всего к оплате"));
}

/// The layout with its rows measured by typst, as a host template: `bureau.typ` with the
/// engine's `lines` hints ignored, or kept.
fn layout_template(hints: bool) -> String {
    let layout = include_str!("../src/docs/templates/bureau.typ");
    let hinted = "g.at(\"lines\", default: ())";
    assert!(layout.contains(hinted), "the layout no longer reads the engine's row hints");
    let layout = if hints { layout.to_string() } else { layout.replace(hinted, "()") };
    format!("{layout}\n#render()\n")
}

#[test]
fn rows_given_a_fixed_height_look_exactly_as_rows_typst_measures() {
    // Names that fit, names that just do not, names that wrap twice, long options, a line break
    // and a character no font has: every row the engine fixes must be as tall as typst measures.
    let names = [
        "Кресло",
        "Диван трёхместный Verdi Nuvola, бархат",
        "Диван трёхместный Verdi Nuvola с механизмом трансформации и съёмными чехлами",
        &"Очень длинное наименование позиции ".repeat(6),
        "Стол\nобеденный",
        "Ваза 漢",
        "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
    ];
    let project = villa_with(names.len(), "FV-FIT", |i, it| {
        it["name"] = json!(names[i]);
        if i % 2 == 1 {
            it["options"] =
                json!([{ "name": "Обивка", "value": "бархат Zoe 23, цвет изумрудный, канты в тон, ножки латунь" }]);
        }
    });
    let project = serde_json::to_vec(&project).unwrap();
    for kind in ["proforma", "specification", "proforma_request", "packing_list"] {
        let segment = if kind == "specification" { json!(null) } else { json!(VERDI) };
        let page = |hints: bool, page: u32| {
            bureau::api::document(
                &project,
                &request(json!({
                    "kind": kind, "segment": segment, "format": "png", "page": page, "preview_dpi": 96,
                    "template": layout_template(hints),
                })),
            )
        };
        for p in 1.. {
            match (page(true, p), page(false, p)) {
                (Ok(fixed), Ok(measured)) => assert!(fixed == measured, "{kind}, page {p}: fixed rows differ"),
                (Err(_), Err(_)) => break,
                _ => panic!("{kind}: the two layouts have different page counts"),
            }
        }
    }
}

#[test]
fn every_row_of_a_long_table_of_short_lines_has_a_fixed_height() {
    // A row typst must measure costs it a second layout. Line numbers up to 1,000 (and box
    // numbers up to 1000/1000) widen their column rather than leave the row to be measured.
    let mut project = villa_with(1000, "FV-L", |i, it| {
        it["name"] = json!(format!("Кресло {i}"));
        it["options"] = json!([{ "name": "Обивка", "value": "бархат" }]);
    });
    // The demo's supplier, as the buyer a designer's project needs for a factory's documents.
    let demo: Value = serde_json::from_str(bureau::examples::VILLA_DOCUMENTS).unwrap();
    project["companies"].as_array_mut().unwrap().push(demo["companies"][0].clone());
    let project = bureau::read_project(&serde_json::to_vec(&project).unwrap()).unwrap().value;
    let settings =
        bureau::docs::settings::Settings { buyer: Some(demo["buyer"].as_str().unwrap().into()), ..Default::default() };
    for kind in bureau::docs::settings::Kind::ALL {
        let segment = (kind != bureau::docs::settings::Kind::Specification).then_some(VERDI);
        let prepared = bureau::docs::prepare(&project, kind, segment, &settings, "N".into()).unwrap();
        let data: Value = serde_json::from_slice(&prepared.data).unwrap();
        let groups = data["view"]["groups"].as_array().unwrap();
        let rows: usize = groups.iter().map(|g| g["rows"].as_array().unwrap().len()).sum();
        assert!(rows >= 1000, "{kind:?}: {rows} rows");
        // The villa's own lines may wrap; the thousand added ones never do.
        let added = groups
            .iter()
            .flat_map(|g| g["rows"].as_array().unwrap().iter().zip(g["lines"].as_array().unwrap()))
            .filter(|(row, _)| row.to_string().contains("FV-L-"));
        let measured: Vec<String> = added.filter(|(_, k)| k.is_null()).map(|(row, _)| row.to_string()).collect();
        assert!(measured.is_empty(), "{kind:?}: {} rows are measured by typst, as {}", measured.len(), measured[0]);
    }
}

#[test]
fn a_proforma_prints_hs_codes_and_discounts_only_when_a_line_has_them() {
    let full = pdftotext(&pdf(&villa(), json!({ "kind": "proforma", "segment": VERDI })));
    assert_has(&full, &["Код ТН", "Скидка", "940161"]);
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    for it in project["items"].as_array_mut().unwrap() {
        let it = it.as_object_mut().unwrap();
        it.remove("hs_code");
        it.remove("discount_pct");
    }
    let bare = pdftotext(&pdf(&serde_json::to_vec(&project).unwrap(), json!({ "kind": "proforma", "segment": VERDI })));
    assert!(!bare.contains("Код ТН") && !bare.contains("Скидка"), "empty columns are printed:\n{bare}");
    assert_has(&bare, &["FV-ARC-3S", "Всего к оплате"]);
}

#[test]
fn a_host_adds_a_font_for_what_the_embedded_one_lacks() {
    use base64::Engine as _;
    // Braille is in DejaVu Sans (Debian's fonts-dejavu-core, installed by scripts/setup), not in
    // Noto Sans.
    let dejavu = std::fs::read("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").expect("fonts-dejavu-core");
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    project["items"][1]["name"] = json!("Табличка ⠃⠥⠗⠑⠁⠥");
    let project = serde_json::to_vec(&project).unwrap();
    let asked = json!({ "kind": "proforma", "segment": VERDI });
    let m = model(&project, asked.clone());
    assert_eq!(codes(m["warnings"].as_array().unwrap()), ["text.missing_glyph"]);

    let font = json!([{ "data_base64": base64::engine::general_purpose::STANDARD.encode(&dejavu) }]);
    let m = model(&project, json!({ "kind": "proforma", "segment": VERDI, "fonts": font }));
    assert_eq!(m["warnings"], json!([]), "the host's font covers the name");
    let with = pdf(&project, json!({ "kind": "proforma", "segment": VERDI, "fonts": font }));
    assert!(String::from_utf8_lossy(&with).contains("DejaVuSans"), "the PDF embeds the host's font");
    assert!(pdftotext(&with).contains("⠃⠥⠗⠑⠁⠥"));
    let without = pdf(&project, asked);
    assert!(!String::from_utf8_lossy(&without).contains("DejaVuSans"));

    // Bytes that are not a font, and bytes that are not base64, are named.
    let bad = json!([{ "data_base64": "bm90IGEgZm9udA==" }, { "data_base64": "%%%" }]);
    let e = errors(&project, &request(json!({ "kind": "proforma", "segment": VERDI, "fonts": bad })));
    assert_eq!(codes(&e), ["font.invalid", "font.invalid"]);
    assert_eq!(e[1]["path"], "/fonts/1/data_base64");
}
