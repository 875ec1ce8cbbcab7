// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetFile as Dataset } from '../../schema/dataset';
import { initialState, useStore } from '../state/store';
import { TradeView } from './TradeView';
import fixture from '../../../e2e/fixtures/trade.json';

const data = fixture as unknown as Dataset;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

beforeEach(() => {
  act(() => useStore.setState({ ...initialState, lang: 'en', theme: 'light' }));
  // The tooltip's quotes come from the article files beside the dataset.
  vi.stubGlobal('fetch', async (url: string) => {
    const name = new URL(url).pathname.split('/').pop()!;
    return new Response(readFileSync(resolve(import.meta.dirname, '../../../e2e/fixtures/articles', name)));
  });
});

const bar = (period: string, kind = 'actual') => document.querySelector(`.trade-bar[data-period="${period}"][data-kind="${kind}"]`) as SVGGElement;

describe('TradeView', () => {
  it('explains a bar on keyboard focus: value range, period, kind and every source with its quote', async () => {
    render(<TradeView data={data} width={800} height={420} />);
    act(() => bar('2022').focus());
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('2022 · reported figure');
    expect(tip).toHaveTextContent('$2.8–3.1 bn');
    expect(within(tip).getAllByRole('listitem')).toHaveLength(2);
    await waitFor(() => expect(tip).toHaveTextContent('Russian statistics put the figure at $2.8 billion'));
    expect(tip).toHaveTextContent('Eurasianet, 10 Mar 2023');
  });

  it('says the qualifier, the partial period and the derivation', async () => {
    render(<TradeView data={data} width={800} height={420} />);
    act(() => bar('2023').focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('approaching $3.3 bn');
    act(() => bar('2022-H1').focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('H1 2022 (Jan–Jun)');
    act(() => bar('2025', 'derived').focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('derived estimate');
    await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('How it was derived'));
  });

  it('opens the article’s milestone in the details panel on Enter', () => {
    render(<TradeView data={data} width={800} height={420} />);
    fireEvent.keyDown(bar('2018'), { key: 'Enter' });
    expect(useStore.getState().milestone).toBe('m-2019-visit');
  });

  it('shares the hovered milestone with the timeline, both ways', () => {
    render(<TradeView data={data} width={800} height={420} />);
    const marker = document.querySelector('.trade-marker-hit[data-for="m-2020-igc"]')!;
    fireEvent.mouseOver(marker);
    expect(useStore.getState().hovered).toBe('m-2020-igc');
    act(() => useStore.getState().hover('m-2024-igc'));
    expect(document.querySelector('[data-milestone="m-2024-igc"]')).toHaveAttribute('data-active', 'true');
  });

  it('is one Tab stop: ←/→, Home and End move between bars, ↓ to the milestones, Enter opens', () => {
    render(<TradeView data={data} width={800} height={420} />);
    const stops = () => [...document.querySelectorAll('.trade-view [tabindex="0"]')];
    expect(stops()).toHaveLength(1);
    const first = stops()[0] as SVGElement;
    expect(first).toHaveAttribute('data-period', '2015');
    act(() => first.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('2015');
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toHaveAttribute('data-period', '2016');
    expect(screen.getByRole('tooltip')).toHaveTextContent('2016');
    expect(stops()).toEqual([document.activeElement]);
    expect(document.querySelectorAll('.trade-ring')).toHaveLength(1);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toHaveAttribute('data-kind', 'forecast');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toHaveAttribute('data-period', '2015');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toHaveClass('trade-marker-hit');
    const id = document.activeElement!.getAttribute('data-for');
    expect(useStore.getState().hovered).toBe(id);
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(useStore.getState().milestone).toBe(id);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toHaveClass('trade-bar');
  });

  it('keeps the DOM small and the tooltip short when a bar has hundreds of sources', () => {
    const base = data.figures.find((f) => f.period === '2022' && f.metric === 'trade_turnover')!;
    const many = Array.from({ length: 400 }, (_, i) => ({ ...base, id: `many-${i}`, value: 2.5e9 + i * 1e6 }));
    render(<TradeView data={{ ...data, figures: [...data.figures, ...many] }} width={800} height={420} />);
    expect(document.querySelectorAll('.trade-range circle')).toHaveLength(0);
    expect(document.querySelector('.trade-view')!.querySelectorAll('*').length).toBeLessThan(400);
    expect(document.querySelector('.trade-dots')!.getAttribute('d')!.match(/M/g)!.length).toBeLessThanOrEqual(12 + 2 * 3);
    act(() => bar('2022').focus());
    const tip = screen.getByRole('tooltip');
    expect(within(tip).getAllByRole('listitem')).toHaveLength(3);
    expect(tip).toHaveTextContent('Sources disagree: $2.5 bn to $3.1 bn; the bar shows the median');
    expect(tip).toHaveTextContent('and 399 more');
  });

  it('speaks Russian and follows the leader filter', () => {
    act(() => useStore.setState({ lang: 'ru', leaders: ['japarov'] }));
    render(<TradeView data={data} width={800} height={420} titled />);
    expect(document.querySelectorAll('.trade-bar')).toHaveLength(3);
    expect(document.querySelector('.trade-subtitle')).toHaveTextContent('только данные из статей, где упоминается: Садыр Жапаров');
    act(() => bar('2021').focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('2,3 млрд $');
  });

  it('says so when nothing is left to draw', () => {
    act(() => useStore.setState({ from: 2001, to: 2003 }));
    render(<TradeView data={data} width={600} height={360} />);
    expect(screen.getByText('No trade figures for this selection.')).toBeInTheDocument();
  });
});
