//! `include/bureau.h` must be what cbindgen makes from this crate today.
//! Regenerate: `BUREAU_BLESS=1 cargo test -p bureau-c --test header`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::Path;

fn num(s: &str) -> u32 {
    s.parse().unwrap()
}

#[test]
fn header_is_up_to_date() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml")).unwrap();
    let (major, minor, patch) = (
        num(env!("CARGO_PKG_VERSION_MAJOR")),
        num(env!("CARGO_PKG_VERSION_MINOR")),
        num(env!("CARGO_PKG_VERSION_PATCH")),
    );
    // Same rule as BUREAU_ABI_VERSION in src/lib.rs; the C test checks that the two agree.
    config.after_includes = Some(format!(
        "\n#define BUREAU_VERSION_MAJOR {major}\n#define BUREAU_VERSION_MINOR {minor}\n#define BUREAU_VERSION_PATCH {patch}\n#define BUREAU_VERSION \"{}\"\n#define BUREAU_ABI_VERSION {}\n",
        env!("CARGO_PKG_VERSION"),
        major * 1000 + minor
    ));
    let mut generated = Vec::new();
    cbindgen::Builder::new().with_crate(crate_dir).with_config(config).generate().unwrap().write(&mut generated);
    let path = crate_dir.join("../../include/bureau.h");
    if std::env::var_os("BUREAU_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "include/bureau.h is out of date with bindings/c; regenerate it with `BUREAU_BLESS=1 cargo test -p bureau-c --test header` and commit it"
    );
}
