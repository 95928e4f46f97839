"""Typo tolerance: the closest known words to a mistyped one (optimal string alignment)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def osa_distance(a: str, b: str, limit: int) -> int:
    """Edit distance counting a swap of neighbours as one edit; ``limit + 1`` once over it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, prev2[j - 2] + 1)
            cur[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _bigrams(word: str) -> set[str]:
    padded = f"^{word}"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


class Vocabulary:
    """Known words (with how many services use each) and a bigram index to find near misses."""

    def __init__(self, terms: Iterable[tuple[str, int]]) -> None:
        self.counts = {t: n for t, n in terms if len(t) >= 2 and not t.isdigit()}
        self._index: dict[str, list[str]] = defaultdict(list)
        for term in self.counts:
            for gram in _bigrams(term):
                self._index[gram].append(term)
        self._cache: dict[str, list[str]] = {}

    def has_prefix(self, word: str) -> bool:
        return any(t.startswith(word) for t in self.counts)

    def corrections(self, word: str, most: int = 3) -> list[str]:
        """Known words within one edit (two for long words), as a whole word or a prefix."""
        if word in self._cache:
            return self._cache[word]
        result: list[str] = []
        if len(word) >= 3:
            limit = 1 if len(word) <= 5 else 2
            grams = _bigrams(word)
            hits: dict[str, int] = defaultdict(int)
            for gram in grams:
                for term in self._index.get(gram, ()):
                    hits[term] += 1
            need = max(1, len(grams) - 2 * limit)
            scored = []
            for term, shared in hits.items():
                if shared < need:
                    continue
                whole = osa_distance(word, term, limit)
                prefix = (
                    min(
                        osa_distance(word, term[:n], limit)
                        for n in range(len(word) - 1, len(word) + 2)
                        if 0 < n <= len(term)
                    )
                    if len(term) > len(word)
                    else limit + 1
                )
                distance = min(whole, prefix + 0.5)  # a whole-word match beats a prefix
                if distance <= limit:
                    scored.append((distance, -self.counts[term], term))
            scored.sort()
            if scored:  # only the closest: 'walkng' means walking, not talking
                best = scored[0][0]
                result = [term for d, _, term in scored[:most] if d <= best + 0.5]
        self._cache[word] = result
        return result
