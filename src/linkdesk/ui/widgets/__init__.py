"""Small reusable widgets of the shell (banners, form helpers, passphrase fields)."""
