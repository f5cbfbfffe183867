"""Data layer: SQLite schema, the bundled database build, queries and import. No Qt here."""
