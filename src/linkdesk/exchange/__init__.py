"""Backups, merges, subject access and reports written to a shared drive."""
