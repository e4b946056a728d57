"""Sizes every part of the audit shares (kept apart so that importing seo_kit loads no pandas)."""

__all__ = ["CHUNK_SIZE", "MAX_CHARS"]

# Pages per task: big enough that pickling and scheduling cost little per page (~0.1 ms against
# ~3 ms of scoring), small enough that 2 × workers chunks in flight stay a few MB.
CHUNK_SIZE = 500
# A page longer than this is reported, not scored: 1,000,000 characters is ~150,000 words, 250
# times a long article, and parsing it would hold one worker for seconds and hundreds of MB.
MAX_CHARS = 1_000_000
