import json,re,os,sys
D=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G=json.load(open(f"{D}/gold.json"))
K={"file","source","lang","header_date","date","date_partial","date_source","date_note","people","other_names","figures","events"}
PK={"name_ru_nominative","name_in_text","role","forms_in_text","note"}
FK={"metric","value","period","kind","qualifier","quote","period_text","note"}
EK={"date","date_partial","date_note","what","quote","type","status","bilateral"}
err=[]
for r in G:
    f=r["file"]; t=open(f"{D}/articles/{f}").read()
    if set(r)!=K: err.append((f,"keys",set(r)^K))
    body=t.split("\n\n",1)[1] if t.startswith("source:") else t
    n=len(body.split())
    if not 150<=n<=700: err.append((f,"words",n))
    if r["date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d",r["date"]): err.append((f,"date"))
    for p in r["people"]:
        if not set(p)<=PK: err.append((f,"pk",p))
        for x in p["forms_in_text"]+[p["name_in_text"]]:
            if x not in t: err.append((f,"form",x))
    for x in r["other_names"]:
        if x not in t: err.append((f,"other",x))
    for x in r["figures"]:
        if not set(x)<=FK or x["kind"] not in("actual","target","forecast"): err.append((f,"fk",x))
        if x["quote"] not in t: err.append((f,"fq",x["quote"]))
    for e in r["events"]:
        if not set(e)<=EK: err.append((f,"ek",e))
        if e["quote"] not in t: err.append((f,"eq",e["quote"]))
        if e["type"] not in "visit meeting igc_session agreement anniversary conference forum other".split(): err.append((f,"type"))
        if e["status"] not in("past","planned","ongoing"): err.append((f,"status"))
        if e["date"] and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?",e["date"]): err.append((f,"edate",e["date"]))
for e in err: print(e)
print("OK" if not err else f"{len(err)} errors", len(G), sum(len(r['events']) for r in G), sum(len(r['figures']) for r in G), sum(len(r['people']) for r in G))
