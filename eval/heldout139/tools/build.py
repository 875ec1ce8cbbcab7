"""Write articles/*.txt and gold.json from the data files in this folder."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data_a, data_b, data_c

def main():
    arts = data_a.A + data_b.A + data_c.A
    os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
    for f in os.listdir(os.path.join(ROOT, "articles")):
        os.remove(os.path.join(ROOT, "articles", f))
    gold = []
    for a in arts:
        head = [f"source: {a['source']}"]
        if a["header_date"] != "unknown":
            head.append(f"date: {a['header_date']}")
        text = "\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n"
        with open(os.path.join(ROOT, "articles", a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        g = a["gold"]
        lang = a["file"].split("_")[2]
        rec = {"file": a["file"], "source": a["source"], "lang": lang, "header_date": a["header_date"],
               "date": g["date"], "date_partial": g["date_partial"], "date_source": g["date_source"],
               "date_note": g["date_note"], "people": g["people"], "other_names": g["other_names"],
               "figures": g["figures"], "events": g["events"]}
        gold.append(rec)
    gold.sort(key=lambda r: r["file"])
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles")

if __name__ == "__main__":
    main()
