//! The C library installed as a package (`scripts/install-c`) and found the two usual ways:
//! the example program compiled with `pkg-config --cflags --libs bureau`, and with CMake's
//! `find_package(bureau)` (shared and static), each run on the villa.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// The cargo profile this test was built in, whose libraries are installed.
fn profile() -> String {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    if name == "debug" {
        "dev".into()
    } else {
        name
    }
}

fn ok(out: Output, what: &str) -> Output {
    assert!(
        out.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Installs into a fresh prefix under target/.
fn install(name: &str) -> PathBuf {
    let prefix = repo().join("target/tmp").join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&prefix);
    std::fs::create_dir_all(&prefix).unwrap();
    ok(
        Command::new("bash").arg(repo().join("scripts/install-c")).arg(&prefix).arg(profile()).output().unwrap(),
        "scripts/install-c",
    );
    prefix
}

/// Runs the example on the villa; it prints the segmentation.
fn run_example(exe: &Path, lib: &Path) {
    let out = ok(
        Command::new(exe)
            .arg(repo().join("examples/villa-barvikha.json"))
            .env("LD_LIBRARY_PATH", lib)
            .output()
            .unwrap(),
        "the example",
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["segments"].as_array().unwrap().len(), 3);
}

#[test]
fn pkg_config_finds_the_library() {
    let prefix = install("pkg-config");
    let pc = prefix.join("lib/pkgconfig");
    let flags = ok(
        Command::new("pkg-config").args(["--cflags", "--libs", "bureau"]).env("PKG_CONFIG_PATH", &pc).output().unwrap(),
        "pkg-config",
    );
    let flags = String::from_utf8(flags.stdout).unwrap();
    let exe = prefix.join("segment");
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    ok(
        Command::new(cc)
            .args(["-std=c11", "-Wall", "-Wextra", "-Werror"])
            .arg(repo().join("bindings/c/examples/segment.c"))
            .arg("-o")
            .arg(&exe)
            .args(flags.split_whitespace())
            .output()
            .unwrap(),
        "cc with pkg-config's flags",
    );
    run_example(&exe, &prefix.join("lib"));
    let _ = std::fs::remove_dir_all(&prefix);
}

#[test]
fn cmake_finds_the_package() {
    if Command::new("cmake").arg("--version").output().is_err() {
        assert!(std::env::var_os("BUREAU_REQUIRE_CMAKE").is_none(), "cmake is required (scripts/setup installs it)");
        eprintln!("cmake not found: skipped");
        return;
    }
    let prefix = install("cmake");
    let build = prefix.join("build");
    ok(
        Command::new("cmake")
            .arg("-S")
            .arg(repo().join("bindings/c/examples/cmake"))
            .arg("-B")
            .arg(&build)
            .arg(format!("-DCMAKE_PREFIX_PATH={}", prefix.display()))
            .output()
            .unwrap(),
        "cmake configure",
    );
    ok(Command::new("cmake").arg("--build").arg(&build).output().unwrap(), "cmake build");
    run_example(&build.join("segment"), &prefix.join("lib"));
    run_example(&build.join("segment_static"), Path::new("/nonexistent"));
    let _ = std::fs::remove_dir_all(&prefix);
}
