"""Write ../articles/*.txt and ../gold.json from data_a.py, data_b.py, data_c.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data_a, data_b, data_c

def main():
    arts = data_a.A + data_b.A + data_c.A
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        if f.endswith(".txt"):
            os.remove(os.path.join(adir, f))
    gold = []
    for a in arts:
        head = [f"source: {a['source']}"]
        if a["header"]:
            head.append(f"date: {a['header']}")
        text = "\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n"
        with open(os.path.join(adir, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        g = a["gold"]
        rec = {"file": a["file"], "source": a["source"], "lang": a["lang"]}
        for k in ("header_date", "date", "date_partial", "date_source", "date_note",
                  "people", "other_names", "figures", "events"):
            rec[k] = g[k]
        gold.append(rec)
    gold.sort(key=lambda r: r["file"])
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles and gold.json")

if __name__ == "__main__":
    main()
