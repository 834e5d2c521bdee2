//! A generated project of any size, realistic in shape: 24 factories, 6 suppliers and
//! showrooms, three currencies, options, dimensions, packages, some unsourced items.

/// The project's JSON with `items` items.
#[allow(dead_code)]
pub fn project(items: usize) -> String {
    let mut companies = vec![r#"{"id":"d-owner","kind":"designer","name":"Owner Studio","country":"RU"}"#.to_string()];
    for f in 0..24 {
        companies.push(format!(r#"{{"id":"f-{f}","kind":"factory","name":"Factory {f}","country":"IT","tax_ids":{{"vat":"IT00743110157"}}}}"#));
    }
    for s in 0..6 {
        let kind = if s % 2 == 0 { "supplier" } else { "showroom" };
        companies.push(format!(r#"{{"id":"s-{s}","kind":"{kind}","name":"Seller {s}","country":"RU"}}"#));
    }
    let currencies = ["EUR", "RUB", "JPY"];
    let mut out = String::with_capacity(items * 560 + 4096);
    out.push_str(r#"{"format":"studio-project/1","project":{"id":"GEN","name":"Generated","locale":"ru","currency":"RUB","owner":"d-owner","date":"2026-11-20","delivery":{"address":"Moscow","country":"RU","region":"RU-MOW","incoterm":"DAP"}},"companies":["#);
    out.push_str(&companies.join(","));
    out.push_str(r#"],"rooms":[{"id":"r-1","name":"Living"},{"id":"r-2","name":"Bedroom"}],"items":["#);
    for i in 0..items {
        if i > 0 {
            out.push(',');
        }
        let maker = i % 24;
        let source = match i % 10 {
            0 => String::new(),
            1..=3 => format!(r#""source":"s-{}","#, i % 6),
            _ => format!(r#""source":"f-{maker}","#),
        };
        let cur = currencies.get(i % 3).copied().unwrap_or("EUR");
        out.push_str(&format!(
            r#"{{"id":"it-{i}","sku":"SKU-{maker}-{i}","name":"Product number {i}","manufacturer":"f-{maker}",{source}"room":"r-{room}","quantity":"{q}","unit_price":"{p}.{c:02}","currency":"{cur}","discount_pct":"{d}","vat_pct":"22","options":[{{"name":"Finish","value":"Walnut {i}"}}],"dimensions_mm":{{"width":"{w}","depth":"600","height":"750"}},"net_weight_kg":"{nw}.5","packages":[{{"per_unit":"{pu}","length_mm":"{w}","width_mm":"650","height_mm":"800","gross_kg":"{gw}.25"}}],"hs_code":"940360","origin":"IT","lead_time_weeks":{lt}}}"#,
            room = 1 + i % 2,
            q = 1 + i % 7,
            p = 100 + (i * 37) % 9000,
            c = i % 100,
            d = (i % 5) * 5,
            w = 400 + i % 1600,
            nw = 5 + i % 90,
            pu = if i % 4 == 0 { "0.25" } else { "1" },
            gw = 7 + i % 95,
            lt = 2 + i % 20,
        ));
    }
    out.push_str("]}");
    out
}

/// A project with one segment of `lines` lines (factory `f-0`, EUR, one box a unit): the
/// documents benches print it as a proforma or a packing list of exactly `lines` rows.
#[allow(dead_code)]
pub fn one_segment(lines: usize) -> String {
    let mut out = String::with_capacity(lines * 600 + 2048);
    out.push_str(r#"{"format":"studio-project/1","project":{"id":"GEN","name":"Generated","locale":"ru","currency":"EUR","owner":"s-0","date":"2026-11-20"},"companies":[{"id":"s-0","kind":"supplier","name":"Seller","legal_name":"ООО «Продавец»","country":"RU","address":"Москва","tax_ids":{"inn":"7725012341","kpp":"772501001"}},{"id":"f-0","kind":"factory","name":"Factory","legal_name":"Fabbrica S.p.A.","country":"IT","address":"Milano","tax_ids":{"vat":"IT00743110157"}}],"items":["#);
    for i in 0..lines {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            r#"{{"id":"it-{i}","sku":"SKU-{i:05}","name":"Кресло модель {i}","manufacturer":"f-0","source":"f-0","quantity":"1","unit_price":"{p}.{c:02}","currency":"EUR","discount_pct":"{d}","vat_pct":"0","options":[{{"name":"Обивка","value":"Ткань {i}"}}],"net_weight_kg":"{nw}.5","packages":[{{"per_unit":"1","length_mm":"{w}","width_mm":"650","height_mm":"800","gross_kg":"{gw}.25"}}],"hs_code":"940161","origin":"IT","lead_time_weeks":{lt}}}"#,
            p = 100 + (i * 37) % 9000,
            c = i % 100,
            d = (i % 5) * 5,
            w = 400 + i % 1600,
            nw = 5 + i % 90,
            gw = 8 + i % 90,
            lt = 2 + i % 20,
        ));
    }
    out.push_str("]}");
    out
}
