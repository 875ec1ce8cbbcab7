#!/usr/bin/env python3
"""Helper: list surname-stem occurrences in each article not covered by a listed form."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
for g in gold:
    body = open(os.path.join(ROOT, "articles", g["file"]), encoding="utf-8").read()
    for p in g["people"]:
        stem = re.split(r"[ .]", p["name_in_text"])[-1][:5]
        for m in re.finditer(re.escape(stem) + r"\w*", body):
            covered = any(body[max(0, m.start()-40):m.end()+40].find(f) >= 0 and f.find(m.group(0)) >= 0 for f in p["forms_in_text"])
            if not covered:
                print(g["file"], p["name_ru_nominative"], "uncovered:", m.group(0))
