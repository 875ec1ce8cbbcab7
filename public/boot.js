// Starts the dataset download while the app's modules are still loading; `loadDataset`
// (src/app/data/load.ts) takes the response over. A plain script, so it runs before any module.
// (Parsing in a worker was tried: on two cores the copy back to the page cost more than it saved.)
// The URL rule is the one of `datasetUrlFrom` in load.ts (a test checks that they agree).
(function () {
  var DEFAULT = 'data/timeline.json';
  var ALLOWED = /^[a-z0-9_-]+(\/[a-z0-9_-]+)*\.json$/i;
  var v = new URLSearchParams(window.location.search).get('data');
  var url = v && ALLOWED.test(v) ? v : DEFAULT;
  var response = fetch(url, { cache: 'no-cache' });
  response.catch(function () {}); // reported by loadDataset
  window.__datasetPrefetch = { url: url, response: response };
})();
