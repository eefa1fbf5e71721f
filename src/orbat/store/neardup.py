"""Near-duplicate detection: MinHash signatures over word shingles, LSH bands.

The bands are stored beside each document so that lookup is an indexed query,
not a scan; the Jaccard estimate then confirms a candidate.
"""

from __future__ import annotations

import hashlib
import re

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
        mh = MinHash(num_perm=self.num_perm, seed=7)
        for i in range(len(words) - self.shingle + 1):
            mh.update(" ".join(words[i : i + self.shingle]).encode("utf-8"))
        return mh

    def bands(self, text: str) -> list[str]:
        mh = self._minhash(text)
        if mh is None:
            return []
        rows = self.num_perm // self.n_bands
        values = mh.hashvalues
        return [
            hashlib.blake2b(values[i * rows : (i + 1) * rows].tobytes(), digest_size=8).hexdigest()
            for i in range(self.n_bands)
        ]

    def similarity(self, a: str, b: str) -> float:
        ma, mb = self._minhash(a), self._minhash(b)
        if ma is None or mb is None:
            return 0.0
        return float(ma.jaccard(mb))
