//! The Back Office and the Front Office on the villa, every figure checked by hand.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use serde_json::{json, Value};
use support::pdftotext;

mod support;

fn villa() -> &'static [u8] {
    bureau::examples::VILLA.as_bytes()
}

fn reconcile(proforma: &Value, settings: Option<Value>) -> Result<Value, Vec<Value>> {
    let settings = settings.map(|s| serde_json::to_vec(&s).unwrap());
    match bureau::api::reconcile(villa(), &serde_json::to_vec(proforma).unwrap(), settings.as_deref()) {
        Ok(bytes) => Ok(serde_json::from_slice(&bytes).unwrap()),
        Err(e) => {
            let body: Value = serde_json::from_slice(&e.to_json()).unwrap();
            Err(body["errors"].as_array().unwrap().clone())
        }
    }
}

fn verdi() -> Value {
    serde_json::from_str(bureau::examples::VILLA_PROFORMA).unwrap()
}

#[test]
fn verdis_proforma_changes_one_price_drops_one_line_and_adds_one() {
    let r = reconcile(&verdi(), None).unwrap();
    // Requested (the villa): it-01 1 × 12,450.00 − 35 % = 8,092.50; it-02 2 × 4,870.00 =
    // 9,740.00 − 3,409.00 = 6,331.00; it-04 1 × 9,650.00 − 3,377.50 = 6,272.50; Σ 20,696.00.
    // Quoted: it-01 at 12,950.00 → 12,950.00 − 4,532.50 = 8,417.50 (+325.00); it-02 as asked;
    // it-04 not quoted (−6,272.50); FV-ARC-OT 1,890.00 − 661.50 = 1,228.50 (+1,228.50).
    // Σ quoted 15,977.00; effect −4,719.00.
    let statuses: Vec<(&str, &str)> = r["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["sku"].as_str().unwrap(), l["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [("FV-ARC-3S", "changed"), ("FV-ARC-PF", "accepted"), ("FV-TAV-240", "missing"), ("FV-ARC-OT", "added")]
    );
    let lines = &r["lines"];
    assert_eq!(lines[0]["changes"], json!([{ "field": "unit_price", "requested": "12450.00", "quoted": "12950.00" }]));
    assert_eq!(lines[0]["matched_by"], "item");
    assert_eq!(lines[0]["requested"]["net"], "8092.50");
    assert_eq!(lines[0]["quoted"]["net"], "8417.50");
    assert_eq!(lines[0]["effect"], "325.00");
    assert_eq!(lines[1]["matched_by"], "sku");
    assert_eq!(lines[1]["changes"], json!([]));
    assert_eq!(lines[1]["effect"], "0.00");
    assert_eq!(lines[2]["effect"], "-6272.50");
    assert_eq!(lines[2]["item"], "it-04");
    assert_eq!(lines[3]["quoted"], json!({ "gross": "1890.00", "discount": "661.50", "net": "1228.50" }));
    assert_eq!(lines[3]["effect"], "1228.50");
    assert_eq!(r["requested_net"], "20696.00");
    assert_eq!(r["quoted_net"], "15977.00");
    assert_eq!(r["effect"], "-4719.00");
    assert_eq!(r["counts"], json!({ "accepted": 1, "changed": 1, "missing": 1, "added": 1 }));
    assert_eq!(r["arithmetic"], json!([]), "the proforma's totals add up");
    assert_eq!(r["lead_time_weeks"], 12);
    assert_eq!(r["requested_lead_time_weeks"], 14);
    assert_eq!(r["clean"], false);
    assert_eq!(r["currency"], "EUR");
}

#[test]
fn totals_that_do_not_add_up_are_reported() {
    let mut p = verdi();
    p["totals"] = json!({ "net": "15977.50", "vat": "0.00", "total": "15980.00" });
    p["lines"][0]["vat_pct"] = json!("22");
    let r = reconcile(&p, None).unwrap();
    // VAT: 22 % of 8,417.50 = 1,851.85; the stated 0.00 differs. Total: stated net + VAT
    // = 15,977.50 + 0.00, and 15,980.00 is stated.
    assert_eq!(
        r["arithmetic"],
        json!([
            { "field": "net", "stated": "15977.50", "computed": "15977.00", "difference": "0.50" },
            { "field": "vat", "stated": "0.00", "computed": "1851.85", "difference": "-1851.85" },
            { "field": "total", "stated": "15980.00", "computed": "15977.50", "difference": "2.50" },
        ])
    );
}

#[test]
fn tolerances_accept_small_changes_and_still_count_their_money() {
    let mut p = verdi();
    p["lines"][0]["unit_price"] = json!("12500.00"); // +0.40 %
    p["lines"][1]["lead_time_weeks"] = json!(11);
    let strict = reconcile(&p, None).unwrap();
    assert_eq!(strict["lines"][0]["status"], "changed");
    assert_eq!(
        strict["lines"][1]["changes"],
        json!([{ "field": "lead_time_weeks", "requested": "10", "quoted": "11" }])
    );
    let loose =
        reconcile(&p, Some(json!({ "tolerances": { "unit_price_pct": "0.5", "lead_time_weeks": 1 } }))).unwrap();
    assert_eq!(loose["lines"][0]["status"], "accepted");
    assert_eq!(loose["lines"][0]["tolerated"][0]["field"], "unit_price");
    assert_eq!(loose["lines"][1]["status"], "accepted");
    // 12,500 − 35 % = 8,125.00: +32.50 either way.
    assert_eq!(loose["lines"][0]["effect"], "32.50");
    assert_eq!(strict["lines"][0]["effect"], "32.50");
}

#[test]
fn names_match_when_nothing_else_does_and_units_and_quantities_are_compared() {
    let mut p = verdi();
    p["lines"][1] = json!({ "sku": "VERDI-77", "name": "  КРЕСЛО   archi ", "quantity": "3", "unit": "set", "unit_price": "4870.00", "discount_pct": "35" });
    let r = reconcile(&p, None).unwrap();
    let chair = &r["lines"][1];
    assert_eq!(chair["matched_by"], "name");
    assert_eq!(
        chair["changes"],
        json!([
            { "field": "quantity", "requested": "2", "quoted": "3" },
            { "field": "unit", "requested": "pcs", "quoted": "set" },
        ])
    );
}

#[test]
fn a_proforma_in_another_currency_needs_a_rate() {
    let mut p = verdi();
    p["currency"] = json!("RUB");
    p["totals"] = json!(null);
    p.as_object_mut().unwrap().remove("totals");
    let e = reconcile(&p, None).unwrap_err();
    assert_eq!(e[0]["code"], "fx.missing_rate");
    assert_eq!(e[0]["input"], "settings");
    assert!(e[0]["message"].as_str().unwrap().contains("EUR → RUB"));
    assert_eq!(e.len(), 1, "one problem per missing pair: {e:?}");
    let r = reconcile(&p, Some(json!({ "fx": [{ "from": "EUR", "to": "RUB", "rate": "98.4512" }] }))).unwrap();
    // 12,450.00 × 98.4512 = 1,225,717.44 → − 35 % (429,001.10) = 796,716.34.
    assert_eq!(r["lines"][0]["changes"][0]["requested"], "1225717.44");
    assert_eq!(r["lines"][0]["requested"]["net"], "796716.34");
}

#[test]
fn bad_proformas_are_refused_with_every_problem() {
    let mut p = verdi();
    p["segment"] = json!("PRJ-2026-0142/f-nowhere");
    let e = reconcile(&p, None).unwrap_err();
    assert_eq!(e[0]["code"], "segment.unknown");
    assert_eq!(e[0]["input"], "proforma");
    assert!(e[0]["message"].as_str().unwrap().contains("PRJ-2026-0142/f-verdi"));

    let mut p = verdi();
    p["issuer"] = json!("f-luce");
    p["lines"][0]["unit_price"] = json!("-1");
    p["lines"][1]["quantity"] = json!("0");
    let e = reconcile(&p, None).unwrap_err();
    let at: Vec<(&str, &str)> = e.iter().map(|e| (e["code"].as_str().unwrap(), e["path"].as_str().unwrap())).collect();
    assert!(at.contains(&("decimal.negative", "/lines/0/unit_price")), "{at:?}");
    assert!(at.contains(&("decimal.not_positive", "/lines/1/quantity")), "{at:?}");

    let mut p = verdi();
    p["issuer"] = json!("f-luce");
    let e = reconcile(&p, None).unwrap_err();
    assert_eq!(e[0]["code"], "proforma.wrong_issuer");
    assert_eq!(e[0]["path"], "/issuer");
}

fn invoice(request: &Value) -> Result<Value, Vec<Value>> {
    invoice_of(villa(), request)
}

fn invoice_of(project: &[u8], request: &Value) -> Result<Value, Vec<Value>> {
    match bureau::api::invoice(project, &serde_json::to_vec(request).unwrap()) {
        Ok(bytes) => Ok(serde_json::from_slice(&bytes).unwrap()),
        Err(e) => {
            let body: Value = serde_json::from_slice(&e.to_json()).unwrap();
            Err(body["errors"].as_array().unwrap().clone())
        }
    }
}

fn villa_invoice() -> Value {
    serde_json::from_str(bureau::examples::VILLA_INVOICE).unwrap()
}

#[test]
fn the_villas_invoice_every_figure_by_hand() {
    let r = invoice(&villa_invoice()).unwrap();
    let inv = &r["invoice"];
    // Priced from the accepted proforma (EUR), markup 30 %, then into RUB at 98.4512:
    // it-01: 12,950.00 − 35 % = 8,417.50 a unit; × 1.30 = 10,942.75; × 98.4512 = 1,077,326.866…
    //        → 1,077,326.87; × 1.
    // it-02: 2 × 4,870.00 = 9,740.00 − 3,409.00 = 6,331.00, 3,165.50 a unit; × 1.30 = 4,115.15;
    //        × 98.4512 = 405,141.457… → 405,141.46; × 2 = 810,282.92.
    // Goods: 1,887,609.79.
    let lines = inv["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2, "the table, which the proforma does not quote, is left out");
    assert_eq!(
        (&lines[0]["item"], &lines[0]["unit_price"], &lines[0]["amount"]),
        (&json!("it-01"), &json!("1077326.87"), &json!("1077326.87"))
    );
    assert_eq!(
        (&lines[1]["item"], &lines[1]["unit_price"], &lines[1]["amount"]),
        (&json!("it-02"), &json!("405141.46"), &json!("810282.92"))
    );
    assert_eq!(inv["totals"]["goods"], "1887609.79");
    // Logistics: 1,800.00 EUR × 98.4512 = 177,212.16 RUB, by volume: it-01 2 boxes of
    // 1.3 × 1.05 × 0.8 = 2.184 m³, it-02 2 boxes of 0.95 × 0.95 × 0.85 = 1.53425 m³.
    // 177,212.16 × 2.184 / 3.71825 = 104,089.654… and × 1.53425 / 3.71825 = 73,122.505…:
    // 104,089.65 + 73,122.50 leaves one cent, to the larger remainder (0.505 > 0.439): 73,122.51.
    assert_eq!(lines[0]["allocated"], json!({ "logistics": "104089.65" }));
    assert_eq!(lines[1]["allocated"], json!({ "logistics": "73122.51" }));
    assert_eq!(lines[0]["line_total"], "1181416.52");
    assert_eq!(lines[1]["line_total"], "883405.43");
    // Design fee: 10 % of the goods = 188,760.979 → 188,760.98, its own line.
    assert_eq!(
        inv["costs"],
        json!([{ "kind": "design_fee", "label": "Дизайнерское сопровождение", "amount": "188760.98", "vat_pct": "22" }])
    );
    // Net 1,887,609.79 + 177,212.16 + 188,760.98 = 2,253,582.93; VAT 22 % = 495,788.2446 →
    // 495,788.24; total 2,749,371.17; deposit 50 % = 1,374,685.585 → 1,374,685.59; balance
    // 1,374,685.58.
    let t = &inv["totals"];
    assert_eq!(
        (&t["costs"], &t["net"], &t["vat_total"], &t["total"]),
        (&json!("365973.14"), &json!("2253582.93"), &json!("495788.24"), &json!("2749371.17"))
    );
    assert_eq!(t["vat"], json!([{ "rate": "22", "base": "2253582.93", "vat": "495788.24" }]));
    assert_eq!((&inv["deposit"], &inv["balance"]), (&json!("1374685.59"), &json!("1374685.58")));
    assert_eq!(inv["total_in_words"], "Два миллиона семьсот сорок девять тысяч триста семьдесят один рубль 17 копеек");
    assert_eq!(inv["seller"]["id"], "s-casa-italia");
    assert_eq!(inv["buyer"]["name"], "Иванов Иван Иванович");
    assert_eq!(inv["fx"], json!([{ "from": "EUR", "to": "RUB", "rate": "98.4512" }]));
    // What the proforma left out, and what it added beyond the project, are named.
    let warnings: Vec<&str> = r["warnings"].as_array().unwrap().iter().map(|w| w["code"].as_str().unwrap()).collect();
    assert_eq!(warnings, ["invoice.line_left_out", "invoice.line_left_out"]);
    // The model carries no purchase price, source discount or margin.
    let text = serde_json::to_string(inv).unwrap();
    for purchase in ["12950", "4870", "8417.50", "6331.00", "3165.50", "\"35\"", "10942.75", "4115.15"] {
        assert!(!text.contains(purchase), "the invoice model shows {purchase}");
    }
}

#[test]
fn allocation_by_every_basis_adds_up_and_manual_shares_must() {
    let mut base = villa_invoice();
    base["proformas"] = json!([]);
    for basis in ["value", "quantity", "gross_weight", "volume", "equal"] {
        let mut req = base.clone();
        req["costs"] = json!([{ "kind": "logistics", "amount": "1000.01", "allocate": basis }]);
        let inv = invoice(&req).unwrap()["invoice"].clone();
        let shares: rust_decimal::Decimal = inv["lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["allocated"]["logistics"].as_str().unwrap_or("0").parse::<rust_decimal::Decimal>().unwrap())
            .sum();
        assert_eq!(shares.to_string(), "1000.01", "{basis}");
    }
    let mut req = base.clone();
    req["costs"] = json!([{ "kind": "installation", "amount": "100.00", "allocate": "manual", "shares": { "it-01": "60.00", "it-02": "40.00" } }]);
    let inv = invoice(&req).unwrap()["invoice"].clone();
    assert_eq!(inv["lines"][0]["allocated"], json!({ "installation": "60.00" }));
    assert_eq!(inv["lines"][2]["allocated"], json!(null), "a line with no share lists none");
    req["costs"][0]["shares"] = json!({ "it-01": "60.00", "it-99": "30.00" });
    let e = invoice(&req).unwrap_err();
    let at: Vec<&str> = e.iter().map(|e| e["path"].as_str().unwrap()).collect();
    assert_eq!(at, ["/costs/0/shares/it-99", "/costs/0/shares"]);
    assert!(e.iter().all(|e| e["code"] == "allocation.manual_mismatch"));
}

#[test]
fn bad_invoice_requests_are_refused_with_every_problem() {
    let mut req = villa_invoice();
    req["seller"] = json!("s-nobody");
    req["segments"] = json!(["PRJ-2026-0142/f-verdi", "PRJ-2026-0142/f-nowhere"]);
    req["fx"] = json!([]);
    let e = invoice(&req).unwrap_err();
    let at: Vec<(&str, &str)> = e.iter().map(|e| (e["code"].as_str().unwrap(), e["path"].as_str().unwrap())).collect();
    assert!(at.contains(&("ref.unknown_company", "/seller")), "{at:?}");
    assert!(at.contains(&("segment.unknown", "/segments/1")), "{at:?}");

    // A missing rate, and a missing VAT rate.
    let mut req = villa_invoice();
    req["fx"] = json!([]);
    let e = invoice(&req).unwrap_err();
    assert_eq!(e[0]["code"], "fx.missing_rate");
    assert!(e[0]["message"].as_str().unwrap().contains("EUR → RUB"));
    let mut req = villa_invoice();
    req["vat"] = json!({ "policy": "per_document" });
    assert_eq!(invoice(&req).unwrap_err()[0]["code"], "vat.missing_rate");

    // All-zero weights: no line of the showroom's segment has packages here.
    let mut project: Value = serde_json::from_str(bureau::examples::VILLA).unwrap();
    for item in project["items"].as_array_mut().unwrap() {
        item.as_object_mut().unwrap().remove("packages");
    }
    let mut req = villa_invoice();
    req["segments"] = json!(["PRJ-2026-0142/s-interior-plus"]);
    req["proformas"] = json!([]);
    req["costs"] = json!([{ "kind": "logistics", "label": "Доставка", "amount": "50.00", "allocate": "gross_weight" }]);
    let e = invoice_of(&serde_json::to_vec(&project).unwrap(), &req);
    if let Err(e) = e {
        assert_eq!(e[0]["code"], "allocation.zero_basis", "{e:?}");
        assert_eq!(e[0]["path"], "/costs/0/allocate");
        assert!(e[0]["message"].as_str().unwrap().contains("Доставка"));
    } else {
        panic!("a zero basis was allocated");
    }

    // A negative price in a proforma, and a cost with both an amount and a percentage.
    let mut req = villa_invoice();
    req["proformas"][0]["lines"][0]["unit_price"] = json!("-1");
    req["costs"][1]["amount"] = json!("10");
    let e = invoice(&req).unwrap_err();
    let at: Vec<(&str, &str)> = e.iter().map(|e| (e["code"].as_str().unwrap(), e["path"].as_str().unwrap())).collect();
    assert!(at.contains(&("decimal.negative", "/proformas/0/lines/0/unit_price")), "{at:?}");
    assert!(at.contains(&("cost.amount_or_percent", "/costs/1/percent_of_goods")), "{at:?}");
}

#[test]
fn the_invoice_pdf_prints_the_figures_and_never_a_purchase_price() {
    let mut req = villa_invoice();
    req["format"] = json!("pdf");
    let pdf = bureau::api::invoice(villa(), &serde_json::to_vec(&req).unwrap()).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = pdftotext(&pdf);
    let squeezed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for wanted in [
        "Счёт",
        "№ INV-2026-0007 от 01.12.2026",
        "ООО «Каза Италия»",
        "ИНН 7725012341",
        "БИК 044525225",
        "Иванов Иван Иванович",
        "1 077 326,87",
        "810 282,92",
        "104 089,65",
        "1 181 416,52",
        "Дизайнерское сопровождение",
        "188 760,98",
        "НДС 22 %",
        "495 788,24 ₽",
        "Всего к оплате 2 749 371,17 ₽",
        "1 374 685,59 ₽",
        "Остаток к оплате до 15.02.2027 1 374 685,58 ₽",
        "Два миллиона семьсот сорок девять тысяч триста семьдесят один рубль 17 копеек",
        "1 EUR = 98,4512 RUB",
    ] {
        assert!(squeezed.contains(wanted), "the invoice does not print {wanted:?}:\n{text}");
    }
    // Every purchase price, discount and purchase net of the example (project and proforma),
    // as the document would print them.
    for purchase in [
        "12 450,00",
        "12 950,00",
        "4 870,00",
        "9 650,00",
        "1 890,00",
        "35 %",
        "35%",
        "8 092,50",
        "8 417,50",
        "6 331,00",
        "3 165,50",
        "6 272,50",
        "10 942,75",
        "4 115,15",
        "4 357,50",
        "4 532,50",
        "3 409,00",
    ] {
        assert!(!squeezed.contains(purchase), "the client's invoice shows the purchase figure {purchase}");
    }
    // And in English.
    req["language"] = json!("en");
    let text = pdftotext(&bureau::api::invoice(villa(), &serde_json::to_vec(&req).unwrap()).unwrap());
    let squeezed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for wanted in [
        "Invoice",
        "Total due",
        "Two million seven hundred forty-nine thousand three hundred seventy-one roubles and 17 kopecks",
    ] {
        assert!(squeezed.contains(wanted), "the English invoice does not print {wanted:?}:\n{text}");
    }
}

#[test]
fn a_sale_price_on_a_half_cent_rounds_up_as_exact_arithmetic_says() {
    // 6 units at 0.0583…3 make a net of round(0.3499…98) = 0.35; markup 80 %: 0.35 × 1.8 ÷ 6 =
    // 0.105 exactly → 0.11. Dividing first (0.35 ÷ 6 = 0.0583…, cut at 28 digits) gives
    // 0.1049…9 → 0.10.
    let project = json!({
        "format": "studio-project/1",
        "project": { "id": "P", "name": "P", "locale": "en", "currency": "EUR", "owner": "s", "date": "2026-12-01" },
        "companies": [{ "id": "s", "kind": "supplier", "name": "S" }, { "id": "f", "kind": "factory", "name": "F" }],
        "items": [{ "id": "i", "sku": "K", "name": "Hook", "manufacturer": "f", "source": "f", "quantity": "6",
                    "unit_price": "0.0583333333333333333333333333", "currency": "EUR" }],
    });
    let request = json!({ "segments": ["P/f"], "seller": "s", "markup_pct": "80", "vat": { "rate": "0" } });
    let inv = invoice_of(&serde_json::to_vec(&project).unwrap(), &request).unwrap();
    assert_eq!(inv["invoice"]["lines"][0]["unit_price"], "0.11");
}

#[test]
fn the_reconciliation_is_a_one_page_document_for_the_factory() {
    let settings = json!({ "format": "pdf", "buyer": "s-casa-italia", "number": "RC-2026-0004",
        "companies": serde_json::from_str::<Value>(bureau::examples::VILLA_DOCUMENTS).unwrap()["companies"] });
    let proforma = serde_json::to_vec(&verdi()).unwrap();
    let pdf = bureau::api::reconcile(villa(), &proforma, Some(&serde_json::to_vec(&settings).unwrap())).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = pdftotext(&pdf);
    assert_eq!(text.matches('\u{c}').count(), 1, "one page:\n{text}");
    let squeezed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for wanted in [
        "Сверка проформы",
        "№ RC-2026-0004 от 24.11.2026",
        "ООО «Каза Италия»",
        "Fabbrica Verdi S.p.A.",
        "№ PF-2026/1187 от 24.11.2026",
        "FV-ARC-3S Диван трёхместный Archi изменена цена: 12 450,00 › 12 950,00 325,00",
        "FV-TAV-240 Стол обеденный Tavola 240 нет в проформе -6 272,50",
        "FV-ARC-OT Ottoman Archi добавлена 1 228,50",
        "Запрошено 20 696,00 €",
        "По проформе 15 977,00 €",
        "Разница -4 719,00 €",
        "14 › 12",
    ] {
        assert!(squeezed.contains(wanted), "the report does not print {wanted:?}:\n{text}");
    }
    // Totals that do not add up are printed too.
    let mut p = verdi();
    p["totals"]["net"] = json!("15977.50");
    let pdf = bureau::api::reconcile(
        villa(),
        &serde_json::to_vec(&p).unwrap(),
        Some(&serde_json::to_vec(&settings).unwrap()),
    )
    .unwrap();
    let squeezed: String = pdftotext(&pdf).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        squeezed.contains("Итоги проформы не сходятся: Итого без НДС — указано 15 977,50 €, по строкам 15 977,00 €"),
        "{squeezed}"
    );
}
