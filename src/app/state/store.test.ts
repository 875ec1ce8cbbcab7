import { describe, expect, it } from 'vitest';
import { createViewStore, initialState, toQuery } from './store';

describe('view store', () => {
  it('starts empty', () => expect(createViewStore().getState()).toMatchObject(initialState));

  it.each([
    [2021, 2025, 2021, 2025],
    [2025, 2021, 2021, 2025],
    [2021, null, 2021, null],
    [null, null, null, null],
  ])('setRange(%s, %s) → [%s, %s]', (a, b, from, to) => {
    const s = createViewStore();
    s.getState().setRange(a, b);
    expect([s.getState().from, s.getState().to]).toEqual([from, to]);
  });

  it('toggles leaders and keeps them unique', () => {
    const s = createViewStore();
    s.getState().toggleLeader('sadyr-japarov');
    s.getState().toggleLeader('akylbek-japarov');
    expect(s.getState().leaders).toEqual(['sadyr-japarov', 'akylbek-japarov']);
    s.getState().toggleLeader('sadyr-japarov');
    expect(s.getState().leaders).toEqual(['akylbek-japarov']);
    s.getState().setLeaders(['a', 'a', 'b']);
    expect(s.getState().leaders).toEqual(['a', 'b']);
  });

  it('clearFilters clears years and leaders but keeps language, theme and selection', () => {
    const s = createViewStore();
    const st = s.getState();
    st.setRange(2021, 2022);
    st.setLeaders(['x']);
    st.select('m1');
    st.setLang('ru');
    st.setTheme('dark');
    s.getState().clearFilters();
    expect(toQuery(s.getState())).toEqual({ from: null, to: null, leaders: [], milestone: 'm1', lang: 'ru', theme: 'dark' });
  });

  it('applyQuery replaces the URL slice and appends notices; hover stays out of the URL', () => {
    const s = createViewStore();
    s.getState().hover('m2');
    s.getState().applyQuery({ from: 2020, to: null, leaders: ['p'], milestone: null, lang: 'en', theme: null }, [{ param: 'm', value: 'x', reason: 'unknown' }]);
    s.getState().applyQuery({ from: 2020, to: null, leaders: ['p'], milestone: null, lang: 'en', theme: null });
    expect(s.getState().notices).toHaveLength(1);
    expect(s.getState().hovered).toBe('m2');
    expect(toQuery(s.getState())).not.toHaveProperty('hovered');
    s.getState().dismissNotices();
    expect(s.getState().notices).toEqual([]);
  });

  it.each([
    ['the same leaders keep their array', ['p', 'q'], ['p', 'q'], true],
    ['no leaders again keep their array', [], [], true],
    ['other leaders replace it', ['p'], ['q'], false],
    ['a changed order replaces it', ['p', 'q'], ['q', 'p'], false],
  ])('applyQuery: %s (views compare the filters by reference)', (_name, before, after, same) => {
    const s = createViewStore();
    s.getState().setLeaders(before);
    const was = s.getState().leaders;
    s.getState().applyQuery({ from: null, to: null, leaders: after, milestone: null, lang: null, theme: null });
    expect(s.getState().leaders).toEqual(after);
    expect(s.getState().leaders === was).toBe(same);
  });
});
