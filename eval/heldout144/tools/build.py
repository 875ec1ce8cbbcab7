"""Write ../articles/*.txt and ../gold.json from the data files data_a/b/c.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_a, data_b, data_c

ROOT = os.path.dirname(HERE)
KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]

def main():
    arts = data_a.A + data_b.A + data_c.A
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        if f.endswith(".txt"):
            os.remove(os.path.join(adir, f))
    gold = []
    for a in arts:
        head = f"source: {a['source']}\n"
        if a["header"]:
            head += f"date: {a['header']}\n"
        with open(os.path.join(adir, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(head + "\n" + a["body"].strip("\n") + "\n")
        gold.append({k: a[k] for k in KEYS})
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(arts)} articles and gold.json")

if __name__ == "__main__":
    main()
