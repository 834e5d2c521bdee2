//! The core's floors: each top-level module of `src/` may use only modules on floors below its
//! own, so the data walks one way (project JSON → model → segments → documents → offices and
//! partners → deals → the JSON operations) and no module loops back into one above it. Inside
//! `deal/`, the files' uses of each other form no loop either.
//!
//! A use is a path `crate::<module>` (or a `crate::{…}` group) in code, comments left out. A
//! new module must be given a floor here; a new use that goes up or sideways fails this test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The floors, from the bottom. Modules on one floor may not use each other.
const FLOORS: &[&[&str]] = &[
    &["text", "codes", "checks", "examples"],
    &["problem"],
    &["limits"],
    &["error"],
    &["json", "money"],
    &["model"],
    &["segment"],
    &["docs"],
    &["office", "partners"],
    &["deal"],
    &["api"],
    &["schema"],
];

fn floor_of(module: &str) -> Option<usize> {
    FLOORS.iter().position(|f| f.contains(&module))
}

/// Code without its comments (line comments, doc comments and block comments).
fn code_of(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let code = match line.find("//") {
            // A `//` inside a string literal ("https://…") is rare in the core; a line whose
            // `//` follows an odd number of quotes keeps its text.
            Some(at) if line[..at].matches('"').count() % 2 == 0 => &line[..at],
            _ => line,
        };
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// The names `crate::` paths in `code` start with.
fn crate_uses(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for part in group[..end].split(',') {
                let name: String = part.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                out.insert(name);
            }
        } else {
            out.insert(rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Each top-level module's uses of the other top-level modules.
fn top_level_uses() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let first = rel.components().next().unwrap().as_os_str().to_string_lossy().to_string();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "lib" {
            continue;
        }
        let code = code_of(&std::fs::read_to_string(&file).unwrap());
        let entry = uses.entry(module.clone()).or_default();
        for used in crate_uses(&code) {
            if used != module && floor_of(&used).is_some() {
                entry.insert(used);
            }
        }
    }
    uses
}

#[test]
fn every_module_uses_only_the_floors_below_it() {
    let uses = top_level_uses();
    let mut wrong = Vec::new();
    for (module, used) in &uses {
        let Some(mine) = floor_of(module) else {
            wrong.push(format!("`{module}` has no floor: give it one in FLOORS"));
            continue;
        };
        for u in used {
            let theirs = floor_of(u).unwrap();
            if theirs >= mine {
                wrong.push(format!("`{module}` (floor {mine}) uses `{u}` (floor {theirs})"));
            }
        }
    }
    assert!(wrong.is_empty(), "uses against the floors:\n{}", wrong.join("\n"));
    // The test reads what it should: the deal uses the documents, the api uses everything.
    assert!(uses["deal"].contains("docs") && uses["api"].contains("deal"), "{uses:?}");
}

#[test]
fn the_deal_files_use_each_other_without_a_loop() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/deal");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        names.push(path.file_stem().unwrap().to_string_lossy().to_string());
    }
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for name in &names {
        let code = code_of(&std::fs::read_to_string(dir.join(format!("{name}.rs"))).unwrap());
        // `super::x` from a file of the deal, `self::x`/`x::` from its mod.rs.
        let prefix = if name == "mod" { "" } else { "super::" };
        let mut used = BTreeSet::new();
        for other in names.iter().filter(|o| *o != name && *o != "mod") {
            let direct = format!("{prefix}{other}::");
            let grouped = code.match_indices(&format!("{prefix}{{")).any(|(at, _)| {
                let group = &code[at..];
                let end = group.find('}').unwrap_or(group.len());
                group[..end].split([',', '{', ' ', '\n']).any(|p| p.trim() == other.as_str())
            });
            let whole = format!("{prefix}{other};");
            if code.contains(&direct) || code.contains(&whole) || grouped {
                used.insert(other.clone());
            }
        }
        edges.insert(name.clone(), used);
    }
    // A loop shows as a file reachable from itself.
    for start in edges.keys().filter(|n| *n != "mod") {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&String> = edges[start].iter().collect();
        while let Some(n) = stack.pop() {
            assert!(n != start, "deal/{start}.rs reaches itself through the files it uses: {edges:?}");
            if seen.insert(n.clone()) {
                stack.extend(edges.get(n).into_iter().flatten());
            }
        }
    }
    assert!(edges["apply"].contains("invitations"), "{edges:?}");
}
