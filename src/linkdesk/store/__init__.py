"""The encrypted workspace: SQLCipher connection, schema, repositories. SQL lives only here."""
