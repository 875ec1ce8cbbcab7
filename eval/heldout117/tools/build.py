#!/usr/bin/env python3
"""Write heldout117 articles/ and gold.json from the data modules."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data1, data2, data3
ROOT = os.path.dirname(HERE)
KEYS = ["file","source","lang","header_date","date","date_partial","date_source","date_note",
        "people","other_names","figures","events"]

def main():
    arts = data1.A + data2.A + data3.A
    os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
    gold = []
    for a in arts:
        head = "source: %s\n" % a["source"]
        if a.get("header"):
            head += "date: %s\n" % a["header"]
        text = head + "\n" + a["body"].strip("\n") + "\n"
        with open(os.path.join(ROOT, "articles", a["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        g = dict(a["gold"]); g["file"] = a["file"]; g["source"] = a["source"]
        gold.append({k: g[k] for k in KEYS})
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d articles" % len(arts))

if __name__ == "__main__":
    main()
