//! The benches measure inputs beyond the engine's default limits (a 100,000-item project, a
//! directory of 2,000,000 partnerships): each raises the limits of its own process first, as a
//! Rust host may (`bureau::limits::set_default`).

/// Limits high enough for every generated input.
pub fn raise() {
    bureau::limits::set_default(bureau::limits::Limits {
        input_bytes: 1 << 30,
        items: 1_000_000,
        ..bureau::limits::Limits::default()
    });
}
