// Starts the dataset download while the app's modules are still loading; `loadDataset`
// (src/app/data/load.ts) takes it over. A plain script, so it runs before any module.
// The download and the JSON parsing run in a worker (dataset-worker.js) when the browser allows
// one, so the page stays free to load and draw; otherwise a plain fetch here.
// The URL rule is the one of `datasetUrlFrom` in load.ts (a test checks that they agree).
(function () {
  var DEFAULT = 'data/timeline.json';
  var ALLOWED = /^[a-z0-9_-]+(\/[a-z0-9_-]+)*\.json$/i;
  var v = new URLSearchParams(window.location.search).get('data');
  var url = v && ALLOWED.test(v) ? v : DEFAULT;
  var parsed = null;
  try {
    var worker = new Worker('./dataset-worker.js');
    parsed = new Promise(function (resolve) {
      worker.onmessage = function (e) {
        resolve(e.data);
        worker.terminate();
      };
      worker.onerror = function (e) {
        e.preventDefault();
        resolve({ kind: 'worker', message: e.message || 'the dataset worker failed' });
        worker.terminate();
      };
    });
    worker.postMessage(url);
  } catch {
    parsed = null;
  }
  if (parsed) {
    window.__datasetPrefetch = { url: url, parsed: parsed };
    return;
  }
  var response = fetch(url, { cache: 'no-cache' });
  response.catch(function () {}); // reported by loadDataset
  window.__datasetPrefetch = { url: url, response: response };
})();
