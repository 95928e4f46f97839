"""Widgets of the directory page: service card, service dialog, picker, file choosers."""
