/**
 * Code injected into the page (as a string, so no transpiler helper leaks into it): finds the
 * timeline region and its controls, and times one change until the next frame after the DOM updates.
 */
export const PAGE_PROBE = String.raw`(() => {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim().toLowerCase();
  const nameOf = (el) => {
    const l = el.getAttribute('aria-label');
    if (l) return norm(l);
    const by = el.getAttribute('aria-labelledby');
    if (by) return norm(by.split(/\s+/).map((id) => (document.getElementById(id) || {}).textContent || '').join(' '));
    return '';
  };
  const region = () => {
    for (const el of document.querySelectorAll('[aria-label],[aria-labelledby]')) if (nameOf(el) === 'timeline') return el;
    return null;
  };
  // Milestone marks and cluster badges; not the background, axis or grid.
  const MARKERS = '[data-milestone],[data-milestone-id],[data-id],circle,ellipse,use,.mark,.marker,.milestone,.cluster';
  const canvasDrawn = (r) => {
    for (const c of r.querySelectorAll('canvas')) {
      if (!c.width || !c.height) continue;
      let ctx = null;
      try { ctx = c.getContext('2d', { willReadFrequently: true }); } catch { ctx = null; }
      if (!ctx) return true; // a WebGL canvas of non-zero size: take it as drawn
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 4 * 61) if (d[i]) return true;
    }
    return false;
  };
  const surface = (r) => {
    let best = null, area = 0;
    for (const el of r.querySelectorAll('svg,canvas')) {
      const b = el.getBoundingClientRect();
      if (b.width * b.height > area) { area = b.width * b.height; best = el; }
    }
    return best || r;
  };
  const nextFrame = () => new Promise((res) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => res(); ch.port2.postMessage(0); }));
  const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
  const control = (label) => {
    const want = norm(label);
    for (const l of document.querySelectorAll('label')) if (norm(l.textContent).startsWith(want) && l.control) return l.control;
    for (const el of document.querySelectorAll('input,select,[role=slider],[role=spinbutton],[role=combobox]')) if (nameOf(el).startsWith(want)) return el;
    return null;
  };
  const setValue = (el, v) => {
    const proto = el.tagName === 'SELECT' ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, String(v));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const button = (re) => [...document.querySelectorAll('button,[role=button]')].find((b) => re.test(b.getAttribute('aria-label') || b.title || b.textContent || ''));
  // Times apply(): from the call to the first frame after the timeline region changes (1 s at most).
  const timeChange = async (apply) => {
    const target = region() || document.body;
    let done;
    const changed = new Promise((res) => (done = res));
    let mutated = false;
    const mo = new MutationObserver(() => { mutated = true; done(); });
    mo.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
    const t0 = performance.now();
    apply();
    await Promise.race([changed, sleep(1000)]);
    await nextFrame();
    const ms = performance.now() - t0;
    mo.disconnect();
    return { ms, mutated };
  };
  window.__bench = {
    drawnAt() {
      const r = region();
      if (!r) return false;
      return r.querySelectorAll(MARKERS).length > 0 || canvasDrawn(r) ? performance.now() : false;
    },
    describe() {
      const r = region();
      if (!r) return null;
      return { markers: r.querySelectorAll(MARKERS).length, elements: r.querySelectorAll('*').length, canvases: r.querySelectorAll('canvas').length };
    },
    async filterChanges(label, n) {
      const el = control(label);
      if (!el) return { error: 'no control labelled "' + label + '"' };
      let years = [];
      if (el.tagName === 'SELECT') years = [...el.options].map((o) => o.value).filter((v) => /^\d{4}$/.test(v));
      else {
        const lo = Number(el.min) || 1992, hi = Number(el.max) || 2026;
        for (let y = lo; y <= hi; y++) years.push(String(y));
      }
      if (years.length < 2) return { error: 'the "' + label + '" control offers no years' };
      const out = [];
      for (let i = 0; i < n; i++) {
        // Alternate between early and late years so each change moves many milestones.
        const y = years[(i % 2 ? Math.floor(years.length * 0.7) : 0) + (i >> 1) % Math.max(1, Math.floor(years.length * 0.3))];
        out.push(await timeChange(() => setValue(el, y)));
        await sleep(60);
      }
      setValue(el, years[0]);
      await sleep(200);
      return { samples: out, kind: el.tagName.toLowerCase() + (el.type ? ':' + el.type : '') };
    },
    async zoomSteps(n) {
      const zin = button(/zoom in|увеличить|приблизить|^\s*\+\s*$/i);
      const zout = button(/zoom out|уменьшить|отдалить|^\s*[-−]\s*$/i);
      const r = region();
      const s = r && surface(r);
      const wheel = (dy) => () => {
        const b = s.getBoundingClientRect();
        s.dispatchEvent(new WheelEvent('wheel', { deltaY: dy, deltaMode: 0, clientX: b.left + b.width / 2, clientY: b.top + b.height / 2, bubbles: true, cancelable: true }));
      };
      const how = zin && zout ? 'buttons' : s ? 'wheel' : null;
      if (!how) return { error: 'no zoom buttons and no drawing surface' };
      const out = [];
      for (let i = 0; i < n; i++) {
        const zoomIn = i < n / 2;
        out.push(await timeChange(how === 'buttons' ? () => (zoomIn ? zin : zout).click() : wheel(zoomIn ? -120 : 120)));
        await sleep(how === 'buttons' ? 400 : 80);
      }
      return { samples: out, how };
    },
    async zoomIn(k) {
      const zin = button(/zoom in|увеличить|приблизить/i);
      const r = region();
      const s = r && surface(r);
      for (let i = 0; i < k; i++) {
        if (zin) zin.click();
        else if (s) { const b = s.getBoundingClientRect(); s.dispatchEvent(new WheelEvent('wheel', { deltaY: -240, clientX: b.left + b.width / 2, clientY: b.top + b.height / 2, bubbles: true, cancelable: true })); }
        await sleep(400);
      }
    },
    surfaceBox() {
      const r = region();
      if (!r) return null;
      const b = surface(r).getBoundingClientRect();
      return { x: b.left, y: b.top, width: b.width, height: b.height };
    },
    startFrames() {
      const st = { frames: [], mutations: 0, stop: false };
      const loop = (t) => { st.frames.push(t); if (!st.stop) requestAnimationFrame(loop); };
      requestAnimationFrame(loop);
      st.mo = new MutationObserver((l) => (st.mutations += l.length));
      st.mo.observe(region() || document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      window.__frames = st;
    },
    stopFrames() {
      const st = window.__frames;
      st.stop = true;
      st.mo.disconnect();
      const f = st.frames;
      let worst = 0;
      for (let i = 1; i < f.length; i++) worst = Math.max(worst, f[i] - f[i - 1]);
      return { frames: f.length, ms: f.length > 1 ? f[f.length - 1] - f[0] : 0, worstFrameMs: worst, mutations: st.mutations };
    },
  };
})();`;
