import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Word forms of the Russian lexicon that told nothing before: the masculine «должен» of a step due and «может/могут» of a
// step possible by a date to come, the future «станет» of membership, a dinner «будет дан» in someone's honour, troops sent
// with a place and a number before the noun, talks held «в ходе видеоконференции» of the officials named after it.
describe('Russian word forms of steps, dinners, troops and videoconferences', () => {
  it.each([
    ['ru: «должен заработать» with a year to come (masculine «должен»)',
      'date: 2031-05-10\n\nНовый лизинговый центр в Оше должен заработать в следующем году.',
      ['2032 planned other «Новый лизинговый»']],
    ['ru: «должна» still reads as before',
      'date: 2031-05-10\n\nНовая лизинговая компания должна заработать в следующем году.',
      ['2032 planned other «Новая лизинговая»']],
    ['ru: «может быть принято к сентябрю» (a step possible by a date to come)',
      'date: 2031-05-10\n\nРешение о новых квотах может быть принято к сентябрю.',
      ['2031-09 planned other «Решение о»']],
    ['ru: «могут начать» with a month to come',
      'date: 2031-05-10\n\nПервые курсанты могут начать обучение уже в сентябре.',
      ['2031-09 planned other «Первые курсанты»']],
    ['ru: «станет полноправным участником союза»',
      'date: 2031-05-10\n\nВ следующем году республика станет полноправным участником союза.',
      ['2032 planned other «В следующем»']],
    ['ru: «станет членом организации»',
      'date: 2031-05-10\n\nВ июле республика станет членом организации.',
      ['2031-07 planned other «В июле»']],
    ['ru: «в честь гостя … будет дан официальный обед» (a dinner to come, the hosts named between)',
      'date: 2031-05-10\n\nВечером в честь высокого гостя от имени президента республики будет дан официальный обед.',
      ['2031-05-10 planned other «Вечером в»']],
    ['ru: troops sent with a place and a number between the verb and the noun',
      'date: 2031-05-10\n\nРоссия направит на военный аэродром около 200 десантников.',
      ['null planned other «Россия направит»']],
    ['ru: «в ходе видеоконференции» of the officials named after it (no verb «провёл»)',
      'date: 2031-05-10\n\nВо вторник вопросы поставок зерна обсуждались в ходе видеоконференции министров сельского хозяйства двух стран.',
      ['2031-05-06 past meeting «Во вторник»']],
    // Negatives: a participant of a talk is no member; «должен» of a duty with no date to come.
    ['ru: «стал участником форума» (no word between: a guest, not a member)',
      'date: 2031-05-10\n\nВ июле министр стал участником форума молодёжи.',
      ['2030-07 past forum «В июле»']],
    ['ru: «может быть» with no date to come',
      'date: 2031-05-10\n\nТакое решение может быть принято только правительством.',
      []],
    ['ru: «должен соблюдать» with no date',
      'date: 2031-05-10\n\nКаждый перевозчик должен соблюдать правила.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
