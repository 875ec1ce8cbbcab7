#!/usr/bin/env python3
"""Write articles/ and gold.json for heldout123 from the Python data in articles_a.py / articles_b.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles_a import A
from articles_b import B
ROOT = os.path.dirname(HERE)
ART = os.path.join(ROOT, "articles")
os.makedirs(ART, exist_ok=True)
gold = []
for a in A + B:
    head = ["source: " + a["source"]]
    if a.get("header"):
        head.append("date: " + a["header"])
    with open(os.path.join(ART, a["file"]), "w", encoding="utf-8") as fh:
        fh.write("\n".join(head) + "\n\n" + a["text"].strip("\n") + "\n")
    gold.append({k: a[k] for k in ["file", "source", "lang", "header_date", "date", "date_partial",
                                   "date_source", "date_note", "people", "other_names", "figures", "events"]})
with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2)
print("wrote", len(gold), "articles")
