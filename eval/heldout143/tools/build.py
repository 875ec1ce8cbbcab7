"""Build articles/*.txt and gold.json from tools/data/aNN.py (each defines ART)."""
import importlib.util, json, os, glob
TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
KEYS = ["file", "source", "lang", "header_date", "date", "date_partial", "date_source", "date_note",
        "people", "other_names", "figures", "events"]

def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    return mod.ART

def main():
    arts = [load(p) for p in sorted(glob.glob(os.path.join(TOOLS, "data", "a*.py")))]
    adir = os.path.join(ROOT, "articles")
    for f in glob.glob(os.path.join(adir, "*.txt")):
        os.remove(f)
    gold = []
    for a in arts:
        head = [f"source: {a['source']}"]
        if a.get("header") :
            head.append(f"date: {a['header']}")
        body = a["body"].strip("\n") + "\n"
        with open(os.path.join(adir, a["file"]), "w", encoding="utf-8") as fh:
            fh.write("\n".join(head) + "\n\n" + body)
        g = a["gold"]
        rec = {"file": a["file"], "source": a["source"], "lang": a["lang"],
               "header_date": g.get("header_date", "unknown"), "date": g["date"],
               "date_partial": g.get("date_partial"), "date_source": g["date_source"],
               "date_note": g.get("date_note", ""), "people": g["people"],
               "other_names": g.get("other_names", []), "figures": g["figures"], "events": g["events"]}
        gold.append({k: rec[k] for k in KEYS})
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"built {len(gold)} articles")

if __name__ == "__main__":
    main()
