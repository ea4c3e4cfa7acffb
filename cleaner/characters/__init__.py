"""Character repairs, each a line in, a line and what it did out: ftfy and invisible characters
(repairs.py, with the ftfy shortcut beside it), look-alike letters (homoglyphs.py), addresses
left as written (addresses.py)."""
