"""Near-duplicate detection: MinHash signatures over word shingles, LSH bands.

The bands are stored beside each document so that lookup is an indexed query,
not a scan; the Jaccard estimate then confirms a candidate.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy and datasketch load on first use: opening a store for a query needs neither
    from datasketch import MinHash

_WORD = re.compile(r"\w+")


class NearDuplicateIndex:
    def __init__(self, *, threshold: float = 0.8, num_perm: int = 64, bands: int = 16, shingle: int = 3):
        if num_perm % bands:
            raise ValueError("num_perm must be a multiple of bands")
        self.threshold = threshold
        self.num_perm = num_perm
        self.n_bands = bands
        self.shingle = shingle

    def _minhash(self, text: str) -> MinHash | None:
        words = _WORD.findall(text.lower())
        if len(words) < self.shingle:
            return None
        from datasketch import MinHash

        mh = MinHash(num_perm=self.num_perm, seed=7)
        for i in range(len(words) - self.shingle + 1):
            mh.update(" ".join(words[i : i + self.shingle]).encode("utf-8"))
        return mh

    def signature(self, text: str) -> bytes | None:
        """The MinHash signature as bytes (stored beside the document)."""
        import numpy as np

        mh = self._minhash(text)
        return None if mh is None else mh.hashvalues.astype(np.uint64).tobytes()

    def bands(self, signature: bytes | None) -> list[str]:
        if signature is None:
            return []
        import numpy as np

        rows = self.num_perm // self.n_bands
        values = np.frombuffer(signature, dtype=np.uint64)
        return [
            hashlib.blake2b(values[i * rows : (i + 1) * rows].tobytes(), digest_size=8).hexdigest()
            for i in range(self.n_bands)
        ]

    @staticmethod
    def similarity(a: bytes | None, b: bytes | None) -> float:
        """Estimated Jaccard similarity of two signatures."""
        if a is None or b is None or len(a) != len(b):
            return 0.0
        import numpy as np

        va, vb = np.frombuffer(a, dtype=np.uint64), np.frombuffer(b, dtype=np.uint64)
        return float(np.count_nonzero(va == vb)) / len(va)
