#!/usr/bin/env python3
"""Writes the Snowball stemmers' published test vocabularies as test data for factlint.

usage: scripts/snowball-vocabulary.py PATH_TO_SNOWBALL_DATA_CHECKOUT

Reads english/voc.txt + english/output.txt and french/voc.txt + french/output.txt from a checkout of
https://github.com/snowballstem/snowball-data (BSD licence, copied beside the data as LICENSE) and writes
Tests/FiguresTests/Snowball/{english,french}.tsv: one "word<TAB>stem" per line, in the vocabulary's order.
"""
import os, shutil, sys

def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data = sys.argv[1]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "FiguresTests", "Snowball")
    os.makedirs(out, exist_ok=True)
    for language in ("english", "french"):
        with open(os.path.join(data, language, "voc.txt"), encoding="utf-8") as f:
            words = f.read().split("\n")
        with open(os.path.join(data, language, "output.txt"), encoding="utf-8") as f:
            stems = f.read().split("\n")
        pairs = [(w, s) for w, s in zip(words, stems) if w]
        if len(pairs) != len([w for w in words if w]):
            sys.exit(f"{language}: voc.txt and output.txt differ in length")
        with open(os.path.join(out, language + ".tsv"), "w", encoding="utf-8") as f:
            for w, s in pairs:
                f.write(f"{w}\t{s}\n")
        print(f"{language}: {len(pairs)} words")
    shutil.copyfile(os.path.join(data, "COPYING"), os.path.join(out, "LICENSE"))
    shutil.copyfile(os.path.join(data, "french", "COPYING"), os.path.join(out, "LICENSE.french"))

if __name__ == "__main__":
    main()
