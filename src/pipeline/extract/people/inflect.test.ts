import { inclineFirstname, inclineLastname } from 'lvovich';
import { describe, expect, it } from 'vitest';
import { givenNames, officials } from '../../knowledge/index';
import { OBLIQUE, fleetingVowelForms } from './forms';
import { inclineFirstnameAll, inclineLastnameAll } from './inflect';

const GENDERS = ['male', 'female'] as const;

describe('inclineFirstnameAll / inclineLastnameAll', () => {
  it.each([
    ['Павел', 'male', ['Павла', 'Павлу', 'Павла', 'Павлом', 'Павле']],
    ['Айгуль', 'female', ['Айгуль', 'Айгуль', 'Айгуль', 'Айгуль', 'Айгуль']],
    ['Анна-Мария', 'female', ['Анны-Марии', 'Анне-Марии', 'Анну-Марию', 'Анной-Марией', 'Анне-Марии']],
  ] as const)('%s (%s)', (name, gender, forms) => {
    expect(inclineFirstnameAll(name, gender)).toEqual(forms);
  });

  it.each([
    ['Жапаров', 'male', ['Жапарова', 'Жапарову', 'Жапарова', 'Жапаровым', 'Жапарове']],
    ['Жапарова', 'female', ['Жапаровой', 'Жапаровой', 'Жапарову', 'Жапаровой', 'Жапаровой']],
    ['Римский-Корсаков', 'male', ['Римского-Корсакова', 'Римскому-Корсакову', 'Римского-Корсакова', 'Римским-Корсаковым', 'Римском-Корсакове']],
  ] as const)('%s (%s)', (name, gender, forms) => {
    expect(inclineLastnameAll(name, gender)).toEqual(forms);
  });

  it('gives what lvovich gives case by case for every name of the knowledge base', () => {
    const given = givenNames.flatMap((g) => [g.ru, ...(g.altRu ?? [])]);
    const surnames = officials.flatMap((o) => [o.nameRu, ...(o.altRu ?? [])].map((n) => n.split(/\s+/).pop()!));
    for (const gender of GENDERS) {
      for (const n of given) expect(inclineFirstnameAll(n, gender)).toEqual(OBLIQUE.map((c) => inclineFirstname(n, c, gender)));
      for (const n of surnames) expect(inclineLastnameAll(n, gender)).toEqual(OBLIQUE.map((c) => inclineLastname(n, c, gender)));
    }
  });
});

describe('fleetingVowelForms', () => {
  it.each([
    ['Локоть', ['Локтя', 'Локтю', 'Локтя', 'Локтем', 'Локте']],
    ['Кравец', ['Кравца', 'Кравцу', 'Кравца', 'Кравцом', 'Кравце']],
    ['Швец', []],
    ['Петров', []],
    ['Оторбаев', []],
  ] as const)('%s', (nom, forms) => {
    expect(fleetingVowelForms(nom).map(([f]) => f)).toEqual(forms);
  });
});
