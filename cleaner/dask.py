"""cleaner on a Dask cluster, as the README promises it: ``from cleaner.dask import clean_bag``.

The work lives in cleaner.run.dask, beside the local pool; this name stays public.
"""

from .run.dask import clean_bag, clean_dataframe, clean_shard, connect, read_documents, run_job

__all__ = ["clean_bag", "clean_dataframe", "clean_shard", "connect", "read_documents", "run_job"]
