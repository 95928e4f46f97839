"""Importers for community services data (Open Referral UK, CSV)."""
