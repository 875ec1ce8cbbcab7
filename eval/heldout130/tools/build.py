#!/usr/bin/env python3
"""Write heldout130 articles/ and gold.json from the hand-written data in data_a.py / data_b.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_a, data_b

ROOT = os.path.dirname(HERE)
KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]


def main():
    os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
    gold = []
    for art in data_a.ARTICLES + data_b.ARTICLES:
        head = [f"source: {art['source']}"]
        if art.get("date_hdr"):
            head.append(f"date: {art['date_hdr']}")
        text = "\n".join(head) + "\n\n" + art["body"].strip("\n") + "\n"
        with open(os.path.join(ROOT, "articles", art["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        g = dict(art["gold"])
        rec = {"file": art["file"], "source": art["source"]}
        for k in KEYS[2:]:
            rec[k] = g.get(k)
        if rec["other_names"] is None:
            rec["other_names"] = []
        gold.append(rec)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"wrote {len(gold)} articles")


if __name__ == "__main__":
    main()
