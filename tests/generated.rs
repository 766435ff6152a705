//! The generated typenum → `Const` table (`src/dims/table.rs`) is what this generator writes.
//!
//! Regenerate with `CONSTNET_REGENERATE=1 cargo test --test generated`.

use std::fmt::Write;

/// Writes the table: one `Row` impl per high byte, each a 16×16 tuple of literal `Const`s.
fn generate() -> String {
    let mut s = String::new();
    s.push_str(
        "// THIS IS GENERATED CODE, written by `tests/generated.rs`; do not edit.\n\
         // Regenerate with `CONSTNET_REGENERATE=1 cargo test --test generated`.\n\
         //! Rows of the typenum → `Const` table: row `H` holds `Const<H·256>` … `Const<H·256 + 255>`\n\
         //! as sixteen 16-tuples.\n\n\
         use dfdx::shapes::Const;\n\n\
         /// One row of the typenum → `Const` table, for a high byte `Self`.\n\
         pub trait Row {\n    /// Sixteen 16-tuples of `Const`s.\n    type Cols;\n}\n",
    );
    for h in 0..256usize {
        writeln!(
            s,
            "\nimpl Row for typenum::consts::U{h} {{\n    type Cols = ("
        )
        .unwrap();
        for b in 0..16 {
            let group: Vec<String> = (0..16)
                .map(|d| format!("Const<{}>", h * 256 + b * 16 + d))
                .collect();
            writeln!(s, "        ({}),", group.join(", ")).unwrap();
        }
        s.push_str("    );\n}\n");
    }
    s
}

#[test]
fn table_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/dims/table.rs");
    let want = generate();
    if std::env::var_os("CONSTNET_REGENERATE").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "src/dims/table.rs is stale: run `CONSTNET_REGENERATE=1 cargo test --test generated`"
    );
}
