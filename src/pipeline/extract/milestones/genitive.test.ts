import { incline } from 'lvovich';
import { describe, expect, it } from 'vitest';
import { officials } from '../../knowledge';
import { familyFirst, genitiveOf } from './genitive';
import { officialGenitives } from './genitive-prebuild';

describe('genitiveOf', () => {
  it.each([
    ['Владимир Путин', false, 'Путина'],
    ['Алмазбек Атамбаев', false, 'Атамбаева'],
    ['Наталья Комарова', false, 'Комаровой'],
    ['Сергей Лавров', false, 'Лаврова'],
    // One word: the surname alone.
    ['Путин', false, 'Путина'],
    // Written family name first: the whole name, its last word inclined.
    ['Си Цзиньпин', true, 'Си Цзиньпина'],
    ['  Владимир   Путин ', false, 'Путина'],
  ])('%s (family first: %s) → %s', (name, first, expected) => {
    expect(genitiveOf(name, first)).toBe(expected);
  });
});

describe('familyFirst', () => {
  it.each([
    [{ country: 'CN', nameEn: 'Xi Jinping' }, true],
    [{ country: 'KP', nameEn: 'Kim Jong Un' }, true],
    [{ country: 'CN', nameEn: 'Xi' }, false],
    [{ country: 'RU', nameEn: 'Vladimir Putin' }, false],
    [{ country: null, nameEn: 'Xi Jinping' }, false],
  ])('%o → %s', (p, expected) => {
    expect(familyFirst(p)).toBe(expected);
  });
});

describe('officialGenitives', () => {
  it('holds every official not written family name first, with the genitive lvovich gives', () => {
    const table = new Map(officialGenitives());
    for (const o of officials) {
      if (familyFirst(o)) {
        expect(table.has(o.nameRu)).toBe(false);
        continue;
      }
      const parts = o.nameRu.trim().split(/\s+/);
      const last = parts[parts.length - 1]!;
      expect(table.get(o.nameRu)).toBe(incline({ first: parts.length > 1 ? parts[0] : undefined, last }, 'genitive').last ?? last);
    }
  });
});
