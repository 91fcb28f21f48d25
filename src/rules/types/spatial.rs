//! # T014 spatial-type
//!
//! ## What it does
//! Maps spatial types (GEOMETRY, POINT, LINESTRING, POLYGON, MULTI…, GEOMETRYCOLLECTION)
//! to PostGIS `geometry` when `postgis: true`; otherwise reports that a person must choose.
//!
//! ## MySQL
//! Spatial values with an SRID (`SRID n` column attribute in MySQL 8).
//!
//! ## PostgreSQL
//! With PostGIS: `geometry(Point, srid)` etc. Without it, PostgreSQL has no equivalent:
//! the column becomes `bytea` (MySQL's internal value bytes) and this is an error.
//!
//! ## Caveats
//! Install PostGIS (`CREATE EXTENSION postgis`) and set `postgis: true` to keep spatial
//! queries working.

use super::{ColumnCx, PgType};
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!("T014", "spatial-type", Error, "spatial types need PostGIS");

const SPATIAL: &[(&str, &str)] = &[
    ("geometry", "Geometry"),
    ("point", "Point"),
    ("linestring", "LineString"),
    ("polygon", "Polygon"),
    ("multipoint", "MultiPoint"),
    ("multilinestring", "MultiLineString"),
    ("multipolygon", "MultiPolygon"),
    ("geometrycollection", "GeometryCollection"),
    ("geomcollection", "GeometryCollection"),
];

pub fn is_spatial(name: &str) -> bool {
    SPATIAL.iter().any(|(m, _)| *m == name)
}

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    let (_, pg) = SPATIAL.iter().find(|(m, _)| *m == col.ty.name)?;
    if cx.config.postgis {
        let srid = col.srid.clone().unwrap_or_else(|| "0".into());
        cx.report(
            &RULE,
            col.span.clone(),
            format!(
                "`{}` `{}` becomes PostGIS `geometry({pg}, {srid})`",
                col.name, col.ty.text
            ),
        )
        .severity = crate::diagnostics::Severity::Info;
        return Some(PgType::new(format!("geometry({pg}, {srid})")));
    }
    cx.report(
        &RULE,
        col.span.clone(),
        format!(
            "`{}` `{}`: spatial types need PostGIS; the column becomes `bytea`",
            col.name, col.ty.text
        ),
    )
    .with_help("install PostGIS and set `postgis: true` in my2pg.yaml");
    Some(PgType::new("bytea"))
}
