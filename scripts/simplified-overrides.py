#!/usr/bin/env python3
"""Prints report-core's SIMPLIFIED_AS_WRITTEN table (text/simplified.rs).

For every simplified character of GB2312, OpenCC (the reference
converter; `pip install opencc-python-reimplemented`) writes its
traditional form under each of its standards (s2t, s2tw, s2hk); where
fast2s's table (the crate the page folds with) does not read that form
back as the character, the pair is printed, so a traditional copy and its
simplified original fold alike. Left out: a form that is itself a
character of GB2312 (著 is simplified text's own word too), a form fast2s
reads as another character unless simplified text never writes that one
for the word (疊 → 迭 where 重叠 and 叠加 are meant), and forms whose UTF-8
width differs (the fold keeps positions). 瀋 → 沈 (瀋陽) is added: OpenCC
keeps 沈 as it is, being two characters' simplification.

Usage: scripts/simplified-overrides.py ~/.cargo/registry/src/*/fast2s-0.3.1/src/t2s.txt
"""
import sys

from opencc import OpenCC

FAST2S_READS_OTHERWISE_BUT_WRONG = "疊諮嶠"
ADDED = [("瀋", "沈")]

table = {}
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.split()
    if len(parts) >= 2:
        table[parts[0]] = parts[1]
gb2312 = []
for first in range(0xB0, 0xF8):
    for second in range(0xA1, 0xFF):
        try:
            gb2312.append(bytes([first, second]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
known = set(gb2312)
pairs = {}
for standard in ("s2t", "s2tw", "s2hk"):
    converter = OpenCC(standard)
    for simplified in gb2312:
        written = converter.convert(simplified)
        if len(written) != 1 or written == simplified or written in known:
            continue
        read = table.get(written, written)
        if read == simplified:
            continue
        if read != written and written not in FAST2S_READS_OTHERWISE_BUT_WRONG:
            continue
        if len(written.encode()) != len(simplified.encode()):
            continue
        pairs.setdefault(written, set()).add(simplified)
rows = sorted([(w, s.pop()) for w, s in pairs.items() if len(s) == 1] + ADDED)
print(f"const SIMPLIFIED_AS_WRITTEN: [(char, char); {len(rows)}] = [")
for i in range(0, len(rows), 6):
    print("    " + " ".join(f"('{w}', '{s}')," for w, s in rows[i : i + 6]))
print("];")
