// Downloads and parses the dataset off the main thread (started by boot.js). The page gets the
// parsed JSON by structured clone, which costs it far less than reading, decoding and parsing
// megabytes itself; `loadDataset` (src/app/data/load.ts) turns the outcome into data or an error.
self.onmessage = async function (e) {
  var url = e.data;
  var res;
  try {
    res = await fetch(url, { cache: 'no-cache' });
  } catch (err) {
    self.postMessage({ kind: 'network', message: String((err && err.message) || err) });
    return;
  }
  if (!res.ok) {
    self.postMessage({ kind: 'http', status: res.status });
    return;
  }
  var text;
  try {
    text = new TextDecoder().decode(await res.arrayBuffer());
  } catch (err) {
    self.postMessage({ kind: 'network', message: String((err && err.message) || err) });
    return;
  }
  if (!text.trim()) {
    self.postMessage({ kind: 'empty' });
    return;
  }
  var json;
  try {
    json = JSON.parse(text);
  } catch {
    self.postMessage({ kind: 'invalid' });
    return;
  }
  self.postMessage({ kind: 'ok', json: json });
};
