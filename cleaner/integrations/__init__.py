"""cleaner inside other tools' pipelines: ``cleaner.integrations.datatrove`` (a datatrove
``PipelineStep``) and ``cleaner.integrations.datasets`` (a function for Hugging Face
``Dataset.map``).

Nothing is imported here: each tool is imported only by its own module, so that cleaner
works without either installed.
"""
