"""The PySide6 GUI. The only package (with app.py) allowed to import Qt."""
