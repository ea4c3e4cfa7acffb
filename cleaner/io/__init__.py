"""Input and output: decoding, HTML extraction, record formats and sinks, safe file writes,
the on-disk cache. Nothing here knows about rules or cleaning."""
