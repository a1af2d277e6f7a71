"""Gold for dumps of pages whose gold is known: each field kept only where the dump still prints it."""
import json, re, sys, unicodedata
src_gold, dump_dir = sys.argv[1], sys.argv[2]
def norm(s):
    s = unicodedata.normalize('NFKC', s).lower()
    s = re.sub(r'[\u2010-\u2015]', '-', s)
    return re.sub(r'\s+', ' ', s)
out = []
for line in open(src_gold):
    if not line.strip(): continue
    g = json.loads(line)
    if not g['file'].endswith('.html'): continue
    name = g['file'][:-5] + '.txt'
    try: raw = open(f"{dump_dir}/{name}", encoding='utf-8').read()
    except FileNotFoundError: continue
    text = norm(raw); joined = norm(raw.replace('\n', ''))
    d = dict(g); d['file'] = name; notes = []
    def printed(v): return v is not None and (norm(str(v)) in text or norm(str(v)) in joined)
    if g.get('type') != 'other':
        for k in ['title', 'doi', 'journal', 'volume', 'issue', 'pages', 'pmid']:
            if g.get(k) is not None and not printed(g[k]):
                d[k] = None; notes.append(f"{k} not printed")
        if g.get('year') is not None and not re.search(r'\b%d\b' % g['year'], text):
            d['year'] = None; notes.append("year not printed")
        if g.get('authors'):
            kept = [a for a in g['authors'] if norm(a['family']) in text]
            if len(kept) != len(g['authors']): notes.append(f"{len(g['authors'])-len(kept)} of {len(g['authors'])} authors not printed")
            d['authors'] = kept
        afw = g.get('abstract_first_words')
        if afw and not printed(' '.join(afw.split()[:5])):
            d['abstract_first_words'] = None; notes.append("abstract not printed")
    d['notes'] = ("dump of the page; " + "; ".join(notes)) if notes else "dump of the page; every field printed"
    out.append(d)
for d in out: print(json.dumps(d, ensure_ascii=False))
