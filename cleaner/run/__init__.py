"""Cleaning many documents: typed settings, one document or record (documents.py), files and
record batches (tasks.py), record files (record_files.py), the fork pool, Dask, and the
work of `cleaner clean` and `cleaner fix` over typed options (clean.py, fix.py)."""
