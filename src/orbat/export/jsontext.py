"""JSON text for exports: UTF-8 as it is, except the characters that line-splitting
tools take for line breaks (U+0085, U+2028, U+2029), which are written as ``\\u`` escapes
so that one JSON Lines record stays one line for every reader. The JSON value is the same."""

from __future__ import annotations

import json
from typing import Any

_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps(data: Any, **kwargs: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, **kwargs)`` with line-break characters escaped
    (they can only occur inside strings, where the escape means the same character)."""
    return json.dumps(data, ensure_ascii=False, **kwargs).translate(_LINE_BREAKS)
