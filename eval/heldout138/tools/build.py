"""Write articles/*.txt and gold.json from texts_*.py and gold_*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import texts_a, texts_b, gold_a, gold_b

TEXTS = {**texts_a.TEXTS, **texts_b.TEXTS}
GOLD = {**gold_a.GOLD, **gold_b.GOLD}
assert set(TEXTS) == set(GOLD), set(TEXTS) ^ set(GOLD)

def main():
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        if f.endswith(".txt") and f not in TEXTS:
            os.remove(os.path.join(adir, f))
    out = []
    for f in sorted(TEXTS):
        source, hdate, body = TEXTS[f]
        head = f"source: {source}\n" + (f"date: {hdate}\n" if hdate else "")
        with open(os.path.join(adir, f), "w", encoding="utf-8") as fh:
            fh.write(head + "\n" + body.strip("\n") + "\n")
        g = GOLD[f]
        if hdate:
            assert g["date"] == hdate, f
        rec = {"file": f, "source": source, "lang": f.split("_")[2]}
        for k in ("header_date", "date", "date_partial", "date_source", "date_note",
                  "people", "other_names", "figures", "events"):
            rec[k] = g[k]
        out.append(rec)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(out)} articles and gold.json")

if __name__ == "__main__":
    main()
