#!/usr/bin/env python3
"""Check an evaluation set's gold.json against its articles.

Every quote, name form, name_in_text and other_names entry must be a verbatim substring of its
article; field names must be those of the development corpus gold; dates, periods, types and
statuses must be well formed. Usage: python3 eval/tools/check_gold.py corpus_dir   (e.g. eval/heldout4)
Exit code 1 on any problem.
"""
import json
import os
import re
import sys

if len(sys.argv) != 2:
    sys.exit('usage: python3 eval/tools/check_gold.py corpus_dir')
ROOT = sys.argv[1]
ARTICLES = os.path.join(ROOT, 'articles')

RECORD_KEYS = {'file', 'lang', 'source', 'header_date', 'date', 'date_partial', 'date_source',
               'date_note', 'people', 'other_names', 'figures', 'events', 'figures_note'}
PERSON_KEYS = {'name_ru_nominative', 'role', 'forms_in_text', 'name_in_text', 'note'}
FIGURE_KEYS = {'metric', 'value', 'value_high', 'period', 'kind', 'qualifier', 'quote', 'note',
               'period_text', 'period_if_year_2023'}
EVENT_KEYS = {'date', 'date_end', 'date_partial', 'date_note', 'what', 'quote', 'type', 'status',
              'bilateral', 'note', 'period_text'}
TYPES = {'visit', 'meeting', 'igc_session', 'agreement', 'anniversary', 'summit', 'conference',
         'forum', 'statement', 'other'}
STATUSES = {'past', 'planned', 'ongoing'}
KINDS = {'actual', 'target', 'forecast'}
DATE_RE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
PARTIAL_RE = re.compile(r'^(\d{4}|\?{4})(-(\d{2}|\?\?)(-\d{2})?)?$')
PERIOD_RE = re.compile(r'^(\d{4}(-(H[12]|Q[1-4]|\d{1,2}M|YTD|\d{2}))?|annual)$')

problems = []


def bad(msg):
    problems.append(msg)


def check_date(where, value, full_ok=True):
    if value is None:
        return
    if not isinstance(value, str) or not DATE_RE.match(value):
        bad(f'{where}: bad date {value!r}')
        return
    parts = value.split('-')
    if len(parts) >= 2 and not 1 <= int(parts[1]) <= 12:
        bad(f'{where}: bad month {value!r}')
    if len(parts) == 3:
        import datetime
        try:
            datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            bad(f'{where}: impossible day {value!r}')


def substring(where, text, needle):
    if not isinstance(needle, str) or not needle:
        bad(f'{where}: empty or non-string {needle!r}')
    elif needle not in text:
        bad(f'{where}: not a verbatim substring: {needle!r}')


def header(text):
    """key: value lines before the first blank line, or YAML front matter."""
    lines = text.split('\n')
    out = {}
    if lines and lines[0].strip() == '---':
        for line in lines[1:]:
            if line.strip() == '---':
                break
            if ':' in line:
                k, v = line.split(':', 1)
                out[k.strip()] = v.strip().strip('"')
        return out
    for line in lines:
        if not line.strip():
            break
        m = re.match(r'^([a-z_]+): (.*)$', line)
        if not m:
            return {}
        out[m.group(1)] = m.group(2).strip()
    return out


def main():
    gold = json.load(open(os.path.join(ROOT, 'gold.json'), encoding='utf-8'))
    files = sorted(f for f in os.listdir(ARTICLES) if f.endswith('.txt'))
    seen = [r['file'] for r in gold]
    if sorted(seen) != files:
        bad(f'gold files {sorted(seen)} != article files {files}')
    n_quotes = 0
    for r in gold:
        f = r['file']
        path = os.path.join(ARTICLES, f)
        if not os.path.exists(path):
            continue
        text = open(path, encoding='utf-8').read()
        for k in set(r) - RECORD_KEYS:
            bad(f'{f}: unknown record key {k}')
        for k in ('file', 'lang', 'date', 'date_source', 'people', 'figures', 'events'):
            if k not in r:
                bad(f'{f}: missing {k}')
        if r.get('lang') not in ('ru', 'en'):
            bad(f'{f}: lang')
        check_date(f'{f} date', r.get('date'))
        if r.get('date') is None and not r.get('date_partial'):
            bad(f'{f}: no date and no date_partial')
        if r.get('date_partial') and not PARTIAL_RE.match(r['date_partial']):
            bad(f'{f}: bad date_partial {r["date_partial"]}')
        h = header(text)
        if h.get('date', None) != r.get('header_date'):
            bad(f'{f}: header_date {r.get("header_date")!r} but header says {h.get("date")!r}')
        if h.get('source', None) != r.get('source'):
            bad(f'{f}: source {r.get("source")!r} but header says {h.get("source")!r}')
        for p in r.get('people', []):
            for k in set(p) - PERSON_KEYS:
                bad(f'{f}: unknown person key {k}')
            if not p.get('name_ru_nominative') or not p.get('role') or not p.get('forms_in_text'):
                bad(f'{f}: incomplete person {p}')
            for form in p.get('forms_in_text', []):
                substring(f'{f} person {p.get("name_ru_nominative")}', text, form)
                n_quotes += 1
            if 'name_in_text' in p:
                substring(f'{f} name_in_text', text, p['name_in_text'])
                if r['lang'] == 'ru':
                    bad(f'{f}: name_in_text is for English articles')
        for n in r.get('other_names') or []:
            substring(f'{f} other_names', text, n)
            n_quotes += 1
        for x in r.get('figures', []):
            for k in set(x) - FIGURE_KEYS:
                bad(f'{f}: unknown figure key {k}')
            substring(f'{f} figure {x.get("metric")}', text, x.get('quote'))
            n_quotes += 1
            if not isinstance(x.get('value'), (int, float)):
                bad(f'{f}: figure value {x.get("value")!r}')
            if x.get('kind') not in KINDS:
                bad(f'{f}: figure kind {x.get("kind")!r}')
            if x.get('period') is not None and not PERIOD_RE.match(x['period']):
                bad(f'{f}: figure period {x["period"]!r}')
        for e in r.get('events', []):
            for k in set(e) - EVENT_KEYS:
                bad(f'{f}: unknown event key {k}')
            substring(f'{f} event', text, e.get('quote'))
            n_quotes += 1
            check_date(f'{f} event date', e.get('date'))
            check_date(f'{f} event date_end', e.get('date_end'))
            if e.get('date_partial') and not PARTIAL_RE.match(e['date_partial']):
                bad(f'{f}: event date_partial {e["date_partial"]!r}')
            if e.get('type') not in TYPES:
                bad(f'{f}: event type {e.get("type")!r}')
            if e.get('status') not in STATUSES:
                bad(f'{f}: event status {e.get("status")!r}')
            if not isinstance(e.get('bilateral'), bool):
                bad(f'{f}: event bilateral must be true/false')
            if not e.get('what'):
                bad(f'{f}: event without what')
    for p in problems:
        print('PROBLEM', p)
    print(f'{len(gold)} records, {len(files)} articles, {n_quotes} verbatim strings checked, '
          f'{len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
