//! Compiles the C tests in `tests/c/` with strict flags against the library cargo built, and
//! runs them: the shared vectors and the API conventions under valgrind (shared library), and
//! again under AddressSanitizer (static library). Set `BUREAU_REQUIRE_VALGRIND=1` (the test
//! command does) to fail rather than skip when valgrind is missing.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

const FLAGS: &[&str] = &["-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", "-g"];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// The newest modification time of the Rust sources the library is built from.
fn newest_source() -> std::time::SystemTime {
    fn walk(dir: &Path, newest: &mut std::time::SystemTime) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, newest);
            } else if path.extension().is_some_and(|e| e == "rs") {
                *newest = (*newest).max(path.metadata().unwrap().modified().unwrap());
            }
        }
    }
    let mut newest = std::time::SystemTime::UNIX_EPOCH;
    walk(&repo().join("src"), &mut newest);
    walk(&repo().join("bindings/c/src"), &mut newest);
    newest
}

/// The directory cargo put `libbureau.so` and `libbureau.a` in (the test binary's profile dir).
/// `cargo test` does not rebuild a cdylib, so a library older than its sources is refused.
fn lib_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap().to_path_buf();
    let so = dir.join("libbureau.so");
    let fresh = so.metadata().and_then(|m| m.modified()).is_ok_and(|built| built >= newest_source());
    assert!(
        fresh,
        "{} is missing or older than the sources: run `cargo build -p bureau-c` first (the test command does)",
        so.display()
    );
    dir
}

fn compile(source: &str, out: &Path, extra: &[&str]) {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let include = repo().join("include");
    let status = Command::new(&cc)
        .args(FLAGS)
        .arg("-I")
        .arg(&include)
        .arg("-I")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/c"))
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/c").join(source))
        .arg("-o")
        .arg(out)
        .args(extra)
        .status()
        .unwrap();
    assert!(status.success(), "compiling {source} failed");
}

fn vector_args() -> Vec<String> {
    let root = repo().join("tests/vectors");
    let mut dirs: Vec<PathBuf> =
        std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    let mut args = Vec::new();
    for d in dirs {
        let opt = |name: &str| if d.join(name).exists() { d.join(name).display().to_string() } else { "-".into() };
        args.push(d.file_name().unwrap().to_string_lossy().into_owned());
        args.push(d.join("input.json").display().to_string());
        args.push(opt("previous.json"));
        args.push(opt("validate.json"));
        args.push(opt("segment.json"));
        args.push(opt("words.json"));
        args.push(opt("request.json"));
        let document =
            ["document.pdf", "document.png", "document.xlsx", "document.csv", "document.xml", "document.json"]
                .into_iter()
                .find(|f| d.join(f).exists());
        args.push(document.map_or_else(|| "-".to_string(), |f| d.join(f).display().to_string()));
        args.push(opt("proforma.json"));
        args.push(opt("settings.json"));
        let report = ["reconcile.pdf", "reconcile.png", "reconcile.xlsx", "reconcile.csv", "reconcile.json"]
            .into_iter()
            .find(|f| d.join(f).exists());
        args.push(report.map_or_else(|| "-".to_string(), |f| d.join(f).display().to_string()));
        args.push(opt("invoice-request.json"));
        let invoice = ["invoice.pdf", "invoice.png", "invoice.xlsx", "invoice.csv", "invoice.xml", "invoice.json"]
            .into_iter()
            .find(|f| d.join(f).exists());
        args.push(invoice.map_or_else(|| "-".to_string(), |f| d.join(f).display().to_string()));
        args.push(opt("directory.json"));
        args.push(opt("load.json"));
        args.push(opt("directory-update.json"));
        args.push(opt("update.json"));
        args.push(opt("directory-saved.json"));
        args.push(opt("options.json"));
        args.push(opt("recommend.json"));
        args.push(opt("letter-request.json"));
        let letter = ["letter.pdf", "letter.png", "letter.json"].into_iter().find(|f| d.join(f).exists());
        args.push(letter.map_or_else(|| "-".to_string(), |f| d.join(f).display().to_string()));
    }
    args
}

/// The arguments of `deals.c`: per deal vector (one with `new.json` or `saved.json`) its files,
/// the numbered actions and their results, and the audiences of its views.
fn deal_args() -> Vec<String> {
    let root = repo().join("tests/vectors");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("new.json").exists() || p.join("saved.json").exists())
        .collect();
    dirs.sort();
    let mut args = Vec::new();
    for d in dirs {
        let opt = |name: &str| if d.join(name).exists() { d.join(name).display().to_string() } else { "-".into() };
        args.push(d.file_name().unwrap().to_string_lossy().into_owned());
        for name in ["input.json", "deal-directory.json", "saved.json", "load.json", "new.json", "deal.json"] {
            args.push(opt(name));
        }
        let actions: Vec<PathBuf> =
            (1..).map(|n| d.join(format!("action-{n:02}.json"))).take_while(|p| p.exists()).collect();
        args.push(actions.len().to_string());
        for (n, action) in actions.iter().enumerate() {
            args.push(action.display().to_string());
            args.push(d.join(format!("applied-{:02}.json", n + 1)).display().to_string());
        }
        let mut views: Vec<String> = std::fs::read_dir(&d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter_map(|f| f.strip_prefix("view-").and_then(|v| v.strip_suffix(".json")).map(str::to_string))
            .collect();
        views.sort();
        args.push(views.len().to_string());
        for v in views {
            args.push(d.join(format!("view-{v}.json")).display().to_string());
            args.insert(args.len() - 1, v);
        }
        // `print-NN.json` and what it prints, `printed-NN.*`.
        let prints: Vec<PathBuf> =
            (1..).map(|n| d.join(format!("print-{n:02}.json"))).take_while(|p| p.exists()).collect();
        args.push(prints.len().to_string());
        for (n, request) in prints.iter().enumerate() {
            let prefix = format!("printed-{:02}.", n + 1);
            let printed = std::fs::read_dir(&d)
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.file_name().is_some_and(|f| f.to_string_lossy().starts_with(&prefix)))
                .unwrap_or_else(|| panic!("{}: no {prefix}*", d.display()));
            args.push(request.display().to_string());
            args.push(printed.display().to_string());
        }
    }
    args
}

fn run(mut cmd: Command, what: &str) {
    let out = cmd.output().unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{what} failed:\n{text}");
    println!("{what}: {}", text.lines().last().unwrap_or(""));
}

fn have(tool: &str) -> bool {
    Command::new(tool).arg("--version").output().is_ok_and(|o| o.status.success())
}

fn shared(source: &str) -> PathBuf {
    let lib = lib_dir();
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(source.trim_end_matches(".c"));
    let rpath = format!("-Wl,-rpath,{}", lib.display());
    compile(source, &out, &["-L", lib.to_str().unwrap(), "-lbureau", &rpath]);
    out
}

fn valgrind(exe: &Path, args: &[String], what: &str) {
    if !have("valgrind") {
        assert!(std::env::var_os("BUREAU_REQUIRE_VALGRIND").is_none(), "valgrind is required but missing");
        eprintln!("valgrind missing: running {what} without it");
        let mut cmd = Command::new(exe);
        cmd.args(args);
        return run(cmd, what);
    }
    let mut cmd = Command::new("valgrind");
    cmd.args([
        "--quiet",
        "--error-exitcode=99",
        "--leak-check=full",
        "--errors-for-leak-kinds=definite,indirect,possible",
        "--show-leak-kinds=definite,indirect,possible",
    ]);
    cmd.arg(format!("--suppressions={}", Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/valgrind.supp").display()));
    cmd.arg(exe).args(args);
    run(cmd, &format!("{what} under valgrind"));
}

#[test]
fn vectors_through_the_c_abi_under_valgrind() {
    let exe = shared("vectors.c");
    valgrind(&exe, &vector_args(), "C vectors");
}

#[test]
fn deal_vectors_through_the_c_abi_under_valgrind() {
    let exe = shared("deals.c");
    valgrind(&exe, &deal_args(), "C deal vectors");
}

#[test]
fn api_conventions_under_valgrind() {
    let exe = shared("api.c");
    valgrind(&exe, &[], "C API");
}

#[test]
fn static_library_under_address_sanitizer() {
    let lib = lib_dir();
    for source in ["api.c", "vectors.c", "deals.c"] {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("asan-{}", source.trim_end_matches(".c")));
        let archive = lib.join("libbureau.a");
        compile(
            source,
            &out,
            &[
                "-fsanitize=address,undefined",
                "-fno-omit-frame-pointer",
                archive.to_str().unwrap(),
                "-lpthread",
                "-ldl",
                "-lm",
            ],
        );
        let mut cmd = Command::new(&out);
        cmd.env("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0:exitcode=98");
        if source == "vectors.c" {
            cmd.args(vector_args());
        }
        if source == "deals.c" {
            cmd.args(deal_args());
        }
        run(cmd, &format!("{source} with ASan"));
    }
}
