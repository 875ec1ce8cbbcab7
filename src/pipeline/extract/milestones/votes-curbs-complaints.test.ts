import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('en: a chamber votes with an adverb or a day before its infinitive, a facility shut', () => {
  it.each([
    ['"voted on Tuesday to shut the … base" is the vote of that day',
      'date: 2031-05-08\n\nThe national assembly voted on Tuesday to shut the foreign training base near the capital.',
      ['2031-05-06 past other «The national»']],
    ['"voted unanimously on Monday to …" with an adverb and a day',
      'date: 2031-05-08\n\nThe upper chamber voted unanimously on Monday to close the logistics base.',
      ['2031-05-05 past other «The upper»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('en: curbs introduced and lifted, a debt part written off, a complaint lodged with a body', () => {
  it.each([
    ['"The curbs were introduced in March" is a trade measure of that month',
      'date: 2031-10-02\n\nThe curbs were introduced in March after inspectors found a quarantine pest in apples.',
      ['2031-03 past other «The curbs»']],
    ['a participle "the restrictions imposed on … in April 2031" with its date',
      'date: 2031-10-08\n\nGrowers still suffer from the restrictions imposed on dairy products in April 2031.',
      ['2031-04 past other «Growers still»']],
    // Negative: the participle with no date after it names the restrictions, no step.
    ['"the restrictions imposed on dairy products" with no date is no event',
      'date: 2031-10-08\n\nGrowers still suffer from the restrictions imposed on dairy products.',
      []],
    ['"will lift curbs on imports … from November 1"',
      'date: 2031-10-02\n\nThe veterinary service will lift curbs on imports of apricots from November 1.',
      ['2031-11-01 planned other «The veterinary»']],
    ['"wrote off the first $100 million in June"',
      'date: 2031-10-02\n\nThe finance ministry wrote off the first $100 million in June.',
      ['2031-06 past other «The finance»']],
    ['"complained to the Eurasian Economic Commission in April"',
      'date: 2031-10-02\n\nThe ministry complained to the Eurasian Economic Commission in April over the checks.',
      ['2031-04 past other «The ministry»']],
    ['"filed a complaint with the WTO"',
      'date: 2031-10-02\n\nIn August the government filed a complaint with the WTO over the duties.',
      ['2031-08 past other «In August»']],
    // Negative: a complaint to reporters names no body.
    ['"complained to reporters" is no step',
      'date: 2031-10-02\n\nIn August the traders complained to reporters about long queues.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('en: a host "received" the head or chief of an agency', () => {
  it.each([
    ['"received head of the … Service … on June 3"',
      'date: 2031-06-04\n\nThe cabinet chairman received head of the Federal Customs Service Ivan Sorokin on June 3.',
      ['2031-06-03 past meeting «The cabinet»']],
    // Negative: a head received as an injury is no reception.
    ['"received head injuries" is no meeting',
      'date: 2031-06-04\n\nTwo workers received head injuries on June 3.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('en: no event — a crew met, money yet to arrive, a lay visitor, a cabinet board meeting, "talks up", goods crossing', () => {
  it.each([
    ['"met the Russian crews on the tarmac" meets a delivery, no official',
      'date: 2031-07-15\n\nThe city mayor met the Russian crews on the tarmac on Tuesday.',
      []],
    ['"the money has yet to arrive" tells nothing that came',
      'date: 2031-07-15\n\nThe growers say the money has yet to arrive in the villages.',
      []],
    ['"an analyst who visited the city on Tuesday" is no official visit',
      'date: 2031-07-15\n\n"Everyone is afraid," said Omar Saliev, a political analyst who visited the city on Tuesday.',
      []],
    ['"held a government board meeting in … in June" is a domestic session',
      'date: 2031-07-15\n\nThe premier, who held a government board meeting in Naryn in June, praised the region.',
      []],
    ['"talks up both partners" holds no talks',
      'date: 2031-07-15\n\nThe new cabinet talks up both partners.',
      []],
    ['"trucks … had crossed into" a country is traffic, no incursion',
      'date: 2031-07-15\n\nOfficials said on Monday that 300 trucks with vegetables had crossed into Kazakhstan since the start of July.',
      []],
    // Negative: a meeting with a delegation stays a meeting.
    ['"met the Russian delegation" stays a meeting',
      'date: 2031-07-15\n\nThe city mayor met the Russian delegation on Tuesday.',
      ['2031-07-15 past meeting «The city»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('en: a singular joint exercise, a standing target', () => {
  it.each([
    ['"a joint search-and-rescue exercise" with a word between is an exercise',
      'date: 2031-03-10\n\nThe two countries plan to hold a joint search-and-rescue exercise in the Chui region in September.',
      ['2031-09 planned other «The two»']],
    ['"the presidents have set a goal of …" in the perfect tells a standing target, no step',
      'date: 2031-03-10\n\nThe minister recalled that the presidents have set a goal of $3 billion a year.',
      []],
    // Negative: the presidents setting a target on a day stays a step of that day.
    ['"On Tuesday the presidents set a goal of …" stays a step',
      'date: 2031-03-10\n\nOn Tuesday the presidents set a goal of $3 billion a year.',
      ['2031-03-04 past other «On Tuesday»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('en: a vote still to come, a vote named by its day, a step that must now be taken, flights to places, troops returning home', () => {
  it.each([
    ['"The parliament still has to vote on …" is a plan with no date',
      'date: 2031-05-08\n\nThe parliament still has to vote on the closure.',
      ['null planned agreement «The parliament»']],
    ['"Sunday\'s vote" is the vote of that day',
      'date: 2031-05-08\n\nSunday\'s vote was the first held with electronic ballots.',
      ['2031-05-04 past other «Sunday\'s vote»']],
    ['"It must now be signed by the president" after a ratification is a plan with no date',
      'date: 2031-05-08\n\nThe treaty was ratified on Monday. It must now be signed by the president.',
      ['2031-05-05 past agreement «The treaty»', 'null planned agreement «It must»']],
    ['"More flights to Naryn and Talas are planned for next week" names its places',
      'date: 2031-05-08\n\nMore flights to Naryn and Talas are planned for next week.',
      ['2031-05 planned other «More flights»']],
    ['"The … battalion is expected to return home once …" is a planned withdrawal',
      'date: 2031-05-08\n\nThe engineering battalion is expected to return home once the bridge is finished.',
      ['null planned other «The engineering»']],
    // Negative: migrants returning home are no troops.
    ['"migrants returned home" is no withdrawal',
      'date: 2031-05-08\n\nMany migrants returned home after the season.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('en: no event — a running total "so far", a count "as of" a day, troops that "would not leave", a year\'s exports', () => {
  it.each([
    ['"has so far received about 60,000 doses" is a running total',
      'date: 2031-06-08\n\nThe republic has so far received about 60,000 doses of the vaccine, according to the ministry.',
      []],
    ['"As of March 1, 186 enterprises are entitled to …" is a count on that day, no rule taking effect',
      'date: 2031-03-12\n\nAs of March 1, 186 enterprises are entitled to export dairy products.',
      []],
    // Negative: a requirement from a day stays a rule taking effect.
    ['"As of March 1, exporters are required to …" stays a rule of that day',
      'date: 2031-03-12\n\nAs of March 1, exporters are required to register online.',
      ['2031-03-01 past other «As of»']],
    ['"the troops would not leave the base" is no withdrawal',
      'date: 2031-06-17\n\nOfficials stressed that the troops would not leave the base.',
      []],
    // Negative: troops that will leave on a day are a withdrawal.
    ['"The troops will leave the base on Friday" stays a withdrawal',
      'date: 2031-06-17\n\nThe troops will leave the base on Friday.',
      ['2031-06-20 planned other «The troops»']],
    ['"shipped about 40,000 tonnes of tomatoes … in 2030" is a year\'s exports',
      'date: 2031-05-21\n\nThe republic shipped about 40,000 tonnes of tomatoes to its neighbour in 2030, a quarter of its vegetable exports.',
      []],
    // Negative: a shipment of aid in a month stays a delivery.
    ['"shipped 100 tonnes of flour to Osh in June 2030" stays a delivery',
      'date: 2031-05-21\n\nThe ministry shipped 100 tonnes of flour to Osh in June 2030.',
      ['2030-06 past other «The ministry»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('en: no visit — a sum of money that should arrive', () => {
  it.each([
    ['"The first $200 million should arrive …" is money, no visit',
      'date: 2031-11-18\n\n"The first $200 million should arrive before the end of the year," the minister said.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
