"""Cross-cutting support code with no Qt and no personal data: the support log.

A leaf package: it imports nothing from the rest of LinkDesk, so every layer may use it.
"""
