"""Write articles/*.txt and gold.json from the data modules (data_ru.py, data_en.py)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data_ru, data_en

KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]

def main():
    arts = sorted(data_ru.ARTICLES + data_en.ARTICLES, key=lambda a: a["file"])
    adir = os.path.join(ROOT, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        os.remove(os.path.join(adir, f))
    gold = []
    for a in arts:
        head = [f"source: {a['source']}"]
        if a.get("header") is not None:
            head.append(f"date: {a['header']}")
        body = a["body"].strip("\n") + "\n"
        with open(os.path.join(adir, a["file"]), "w", encoding="utf-8") as fh:
            fh.write("\n".join(head) + "\n\n" + body)
        rec = {k: a.get(k) for k in KEYS}
        rec["date_partial"] = a.get("date_partial")
        rec["other_names"] = a.get("other_names", [])
        for ev in rec["events"]:
            ev.setdefault("bilateral", True)
        gold.append(rec)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(arts)} articles and gold.json")

if __name__ == "__main__":
    main()
