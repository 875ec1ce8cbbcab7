"""Build articles/*.txt and gold.json of heldout132 from the data modules in this folder.

Each data module (data1.py, data2.py) defines ARTICLES: a list of dicts with
  file, source, date (header date YYYY-MM-DD or None), body (page text), lang,
  header_date (the page's own date string, verbatim in the body, or "unknown"),
  gold_date, date_partial, date_source, date_note, people, other_names, figures, events.
People are given as tuples (nominative_ru, name_in_text, role, [forms]) and expanded here.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data1, data2  # noqa: E402


def person(t):
    nom, nit, role, forms = t[:4]
    p = {"name_ru_nominative": nom, "name_in_text": nit, "role": role, "forms_in_text": forms}
    if len(t) > 4:
        p["note"] = t[4]
    return p


def main():
    arts = data1.ARTICLES + data2.ARTICLES
    os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
    for f in os.listdir(os.path.join(ROOT, "articles")):
        os.remove(os.path.join(ROOT, "articles", f))
    gold = []
    for a in arts:
        head = [f"source: {a['source']}"]
        if a.get("date"):
            head.append(f"date: {a['date']}")
        text = "\n".join(head) + "\n\n" + a["body"].strip("\n") + "\n"
        with open(os.path.join(ROOT, "articles", a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        gold.append({
            "file": a["file"], "source": a["source"], "lang": a["lang"],
            "header_date": a["header_date"], "date": a["gold_date"],
            "date_partial": a.get("date_partial"), "date_source": a["date_source"],
            "date_note": a["date_note"],
            "people": [person(t) for t in a["people"]],
            "other_names": a["other_names"],
            "figures": a["figures"], "events": a["events"],
        })
    gold.sort(key=lambda g: g["file"])
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(gold)} articles and gold.json")


if __name__ == "__main__":
    main()
