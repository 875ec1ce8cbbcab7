import { describe, expect, it } from 'vitest';
import { cyrillicKey, nameKey } from './eval';

describe('name keys for scoring', () => {
  it.each([
    ['Кубанычбек Джумалиев', 'Кубанычбек Жумалиев'],
    ['Асылбек Джээнбеков', 'Асылбек Жээнбеков'],
    ['Садыр Джапаров', 'Садыр Жапаров'],
    ['Алёна Пётрова', 'Алена Петрова'],
  ])('«%s» and «%s» are one person', (a, b) => {
    expect(cyrillicKey(a)).toBe(cyrillicKey(b));
  });

  it.each([
    ['Асылбек Жээнбеков', 'Сооронбай Жээнбеков'],
    ['Жаныш Бакиев', 'Курманбек Бакиев'],
    ['Джумалиев', 'Жумабаев'],
  ])('«%s» and «%s» stay apart', (a, b) => {
    expect(cyrillicKey(a)).not.toBe(cyrillicKey(b));
  });

  it('nameKey keeps letters only, lower case, ё as е', () => {
    expect(nameKey(' Пётр  Иванов-Смирнов ')).toBe('петр иванов смирнов');
  });
});
