"""Language detection (detection.py: the scorer) over langdetect's profiles (profiles.py: the store)."""
