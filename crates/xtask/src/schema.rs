//! `cargo xtask schema`: writes `public/data/schema.json`, the JSON Schema generated from the data
//! model (`map_core::data::schema`), so editors get completion and checks for the data file.

use std::path::Path;

use crate::flags;

/// Writes the schema beside the data file.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    flags::SCHEMA.parse(args)?;
    write_schema(&root.join("public/data/schema.json"))
}

/// Writes the JSON Schema of the data file (generated from `map_core::data::model` by schemars).
fn write_schema(path: &Path) -> Result<(), String> {
    let schema = map_core::data::schema::schema_json();
    std::fs::write(path, schema).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_schema_matches_the_data_model() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data/schema.json");
        if std::env::var_os("BLESS").is_some() {
            write_schema(&path).unwrap();
        }
        let published = std::fs::read_to_string(&path)
            .expect("public/data/schema.json is published beside the data");
        assert!(
            published == map_core::data::schema::schema_json(),
            "public/data/schema.json is stale: run `cargo xtask schema` and commit it"
        );
    }
}
