"""Subcommands of the `linkdesk` command line, one module per area."""
