// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetFile as Dataset } from '../../schema/dataset';
import { initialState, useStore } from '../state/store';
import { Filters } from './Filters';

const data = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../e2e/fixtures/timeline.json'), 'utf8')) as Dataset;

beforeEach(() => act(() => useStore.setState({ ...initialState, lang: 'en' })));
afterEach(cleanup);

describe('Filters', () => {
  it('labels the controls in English and in Russian', () => {
    render(<Filters data={data} />);
    expect(screen.getByLabelText('From year')).toBeInTheDocument();
    expect(screen.getByLabelText('To year')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Leader' })).toBeInTheDocument();
    act(() => useStore.getState().setLang('ru'));
    expect(screen.getByLabelText('С года')).toBeInTheDocument();
    expect(screen.getByLabelText('До года')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Лидер' })).toBeInTheDocument();
  });

  it.each([
    ['From year', '2019', { from: 2019, to: null }],
    ['To year', '2021', { from: null, to: 2021 }],
  ])('%s sets the range', (label, value, want) => {
    render(<Filters data={data} />);
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
    expect({ from: useStore.getState().from, to: useStore.getState().to }).toEqual(want);
  });

  it('offers only years that keep the range in order', () => {
    act(() => useStore.getState().setRange(2019, null));
    render(<Filters data={data} />);
    const to = screen.getByLabelText('To year');
    expect(within(to).getByRole('option', { name: '2018' })).toBeDisabled();
    expect(within(to).getByRole('option', { name: '2020' })).toBeEnabled();
  });

  it('searches people, shows the two Japarovs apart, and toggles by keyboard', async () => {
    const user = userEvent.setup();
    render(<Filters data={data} />);
    await user.type(screen.getByRole('combobox', { name: 'Leader' }), 'japarov');
    const options = within(screen.getByRole('listbox', { name: 'People' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Sadyr JaparovPresident of Kyrgyzstan · Kyrgyzstan9 milestones',
      'Akylbek JaparovChairman of the Cabinet of Ministers of Kyrgyzstan · Kyrgyzstan1 milestone',
    ]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(useStore.getState().leaders).toEqual(['akylbek-japarov']);
    expect(screen.getByRole('button', { name: 'Remove Akylbek Japarov' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Akylbek Japarov' }));
    expect(useStore.getState().leaders).toEqual([]);
  });

  it('counts leaders within the chosen years', async () => {
    act(() => useStore.getState().setRange(2025, 2025));
    const user = userEvent.setup();
    render(<Filters data={data} />);
    await user.type(screen.getByRole('combobox', { name: 'Leader' }), 'sadyr');
    expect(screen.getByRole('option', { name: /Sadyr Japarov/ })).toHaveTextContent('2 milestones');
  });

  it('one control clears everything', async () => {
    act(() => {
      useStore.getState().setRange(2021, 2022);
      useStore.getState().setLeaders(['sadyr-japarov']);
    });
    render(<Filters data={data} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(useStore.getState()).toMatchObject({ from: null, to: null, leaders: [] });
    expect(screen.getByRole('button', { name: 'Clear all filters' })).toBeDisabled();
  });
});
