"""Analysis layer: pure functions over pandas DataFrames. No Qt here."""
