//! `--format table`: the same results, laid out for people.

use serde_json::Value;

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

/// Problems, one a line.
pub fn errors(problems: &[bureau::Problem]) -> String {
    let mut out = format!("{} problem(s):\n", problems.len());
    for p in problems {
        let path = if p.path.is_empty() { "(input)" } else { p.path.as_str() };
        out.push_str(&format!("  {:<28} {:<32} {}\n", p.code.as_str(), path, p.message));
    }
    out
}

/// The result of `validate`.
pub fn validation(v: &Value) -> String {
    let warnings = v["warnings"].as_array().cloned().unwrap_or_default();
    let mut out = format!("ok: {} is valid, {} warning(s)\n", s(&v["format"]), warnings.len());
    for w in &warnings {
        out.push_str(&format!("  {:<28} {:<32} {}\n", s(&w["code"]), s(&w["path"]), s(&w["message"])));
    }
    out
}

fn measures(out: &mut String, g: &Value) {
    let items = g["items"].as_array().map_or(0, Vec::len);
    let lead = g["lead_time_weeks"].as_u64().map_or("—".to_string(), |w| format!("{w} wk"));
    out.push_str(&format!(
        "    {items} item(s) · {} box(es) · gross {} kg · net {} kg · {} m³ · lead time {lead}\n",
        g["packages"],
        s(&g["gross_weight_kg"]),
        s(&g["net_weight_kg"]),
        s(&g["volume_m3"])
    ));
    if let Some(totals) = g["totals"].as_object() {
        for (cur, t) in totals {
            out.push_str(&format!(
                "    {cur}: gross {:>14}  discount {:>12}  net {:>14}\n",
                s(&t["gross"]),
                s(&t["discount"]),
                s(&t["net"])
            ));
        }
    }
    for w in g["warnings"].as_array().into_iter().flatten() {
        out.push_str(&format!("    ! {}: {}\n", s(&w["code"]), s(&w["message"])));
    }
}

/// The result of `segment`.
pub fn segmentation(v: &Value) -> String {
    let p = &v["project"];
    let segments = v["segments"].as_array().cloned().unwrap_or_default();
    let unsourced = v["unsourced"].as_array().cloned().unwrap_or_default();
    let mut out = format!(
        "Project {} «{}» (owner {}, {}): {} segment(s), {} unsourced group(s)\n",
        s(&p["id"]),
        s(&p["name"]),
        s(&p["owner"]),
        s(&p["currency"]),
        segments.len(),
        unsourced.len()
    );
    for g in &segments {
        out.push_str(&format!("\n  segment {}  {} ({})\n", s(&g["id"]), s(&g["name"]), s(&g["kind"])));
        measures(&mut out, g);
    }
    for g in &unsourced {
        out.push_str(&format!("\n  unsourced {}  made by {}: invite a supplier\n", s(&g["id"]), s(&g["name"])));
        measures(&mut out, g);
    }
    if let Some(d) = v.get("diff") {
        out.push_str(&format!(
            "\n  diff: appeared {}, vanished {}, moved {}\n",
            d["appeared"], d["vanished"], d["moved"]
        ));
        for sd in d["segments"].as_array().into_iter().flatten() {
            out.push_str(&format!(
                "    {}: added {} removed {} changed {}\n",
                s(&sd["id"]),
                sd["added"],
                sd["removed"],
                sd["changed"]
            ));
        }
    }
    out
}

/// An amount in words: the text alone.
pub fn words(v: &Value) -> String {
    s(&v["text"]).to_string()
}

/// The catalogue.
pub fn codes(v: &Value) -> String {
    let mut out = String::new();
    for c in v.as_array().into_iter().flatten() {
        out.push_str(&format!("{:<28} {:<8} {}\n", s(&c["code"]), s(&c["severity"]), s(&c["meaning"])));
    }
    out
}

/// A reconciliation: one line per line, its changes, then the proforma's arithmetic and the
/// total effect.
pub fn reconciliation(v: &Value) -> String {
    let cur = s(&v["currency"]);
    let mut out = format!("Proforma {} from {} for {} ({cur})\n", s(&v["number"]), s(&v["issuer"]), s(&v["segment"]));
    for l in v["lines"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "  {:<9} {:<14} {:>14}  {}\n",
            s(&l["status"]),
            s(&l["sku"]),
            s(&l["effect"]),
            s(&l["name"])
        ));
        for c in l["changes"].as_array().into_iter().flatten() {
            out.push_str(&format!("            {}: {} → {}\n", s(&c["field"]), s(&c["requested"]), s(&c["quoted"])));
        }
    }
    for a in v["arithmetic"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "  {} stated {}, its lines give {} (difference {})\n",
            s(&a["field"]),
            s(&a["stated"]),
            s(&a["computed"]),
            s(&a["difference"])
        ));
    }
    out.push_str(&format!(
        "Requested {} → quoted {}: effect {} {cur}; longest lead time {} weeks (requested {})\n",
        s(&v["requested_net"]),
        s(&v["quoted_net"]),
        s(&v["effect"]),
        v["lead_time_weeks"],
        v["requested_lead_time_weeks"]
    ));
    out
}

/// The result of `documents`: one file a line, then the warnings.
pub fn documents(v: &Value) -> String {
    let files = v["files"].as_array().cloned().unwrap_or_default();
    let mut out = format!("{} document file(s):\n", files.len());
    for f in &files {
        out.push_str(&format!(
            "  {:<22} {:<18} {:>8} B  {}\n",
            s(&f["number"]),
            s(&f["kind"]),
            f["bytes"],
            s(&f["path"])
        ));
    }
    for w in v["warnings"].as_array().into_iter().flatten() {
        out.push_str(&format!("  warning {:<24} {}\n", s(&w["code"]), s(&w["message"])));
    }
    out
}

/// The result of `recommend`.
pub fn recommendation(v: &Value) -> String {
    let list = |v: &Value| v.as_array().into_iter().flatten().map(s).collect::<Vec<_>>().join(", ");
    let mut out = format!(
        "Project {}: {} manufacturer(s) need a supplier: {} (shares by {})\n",
        s(&v["project"]),
        v["needs"].as_array().map_or(0, Vec::len),
        list(&v["needs"]),
        s(&v["share_basis"])
    );
    if let Some(note) = v["share_note"].as_str() {
        out.push_str(&format!("  {note}\n"));
    }
    out.push_str(&format!("\nRanking ({} candidate(s)):\n", v["candidates"]));
    for r in v["ranking"].as_array().into_iter().flatten() {
        let covers: Vec<&str> = r["covers"].as_array().into_iter().flatten().map(|c| s(&c["name"])).collect();
        out.push_str(&format!(
            "  {:>2}. {:<24} share {:<7} discount {:<5} covers {}\n",
            r["rank"],
            s(&r["name"]),
            s(&r["share"]),
            s(&r["discount_pct"]),
            covers.join(", ")
        ));
    }
    let c = &v["cover"];
    out.push_str(&format!("\nCover ({}): {}\n", s(&c["method"]), list(&c["suppliers"])));
    for r in c["reasons"].as_array().into_iter().flatten() {
        out.push_str(&format!("  {}\n", s(&r["text"])));
    }
    if v["uncovered"].as_array().is_some_and(|u| !u.is_empty()) {
        out.push_str(&format!("\nUncovered: {}\nProposals:\n", list(&v["uncovered"])));
        for p in v["proposals"].as_array().into_iter().flatten() {
            out.push_str(&format!(
                "  {} ↔ {} (score {})\n",
                s(&p["supplier_name"]),
                s(&p["manufacturer_name"]),
                s(&p["score"])
            ));
            for r in p["reasons"].as_array().into_iter().flatten() {
                out.push_str(&format!("    · {}\n", s(&r["text"])));
            }
        }
    }
    out
}
