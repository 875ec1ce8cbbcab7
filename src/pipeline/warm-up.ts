/**
 * Input for warming the pipeline up while scripts/pipeline.mjs builds a start-up snapshot of the
 * CLI: after one run over these files, the lexicons made on first use (names in every case, roles,
 * places) and the bytecode of every extractor are in the snapshot, so each real run starts warm.
 * Generic on purpose: short invented texts that only have to reach every extractor.
 *
 * Numeric dates («01.07.2017», read by chrono-node) are left out: with what chrono-node leaves in
 * the heap, Node 20's snapshot serializer aborts.
 */
import iconv from 'iconv-lite';
import type { InputFile } from './bundle';

const RU = [
  'Заголовок новости о встрече',
  'БИШКЕК, 3 марта 2015 г. — Министр иностранных дел встретился с послом в понедельник.',
  'Товарооборот за 2014 год составил 1,5 млрд долларов, что на 10% больше, чем годом ранее.',
  'В январе–сентябре экспорт вырос до 300 миллионов долларов, а импорт снизился на 5 процентов.',
  'Стороны подписали соглашение о сотрудничестве 12 апреля и договорились провести заседание межправкомиссии в следующем году.',
  'Вчера президент заявил, что к 2020 году объём торговли должен достичь двух миллиардов.',
  'Визит премьер-министра в Москву состоялся 5–6 мая 2016 года.',
];

const EN = [
  'A headline about the meeting',
  'MOSCOW, March 3, 2015 (Agency) - The foreign minister met the ambassador on Monday.',
  'Trade turnover reached $1.5 billion in 2014, up 10% from a year earlier.',
  'In January-September exports rose to 300 million dollars while imports fell by 5 percent.',
  'The sides signed a cooperation agreement on April 12 and agreed to hold an intergovernmental commission session next year.',
  'Yesterday the president said trade should reach two billion by 2020.',
  'The prime minister visited Bishkek on May 5-6, 2016.',
];

/** A Russian and an English text in UTF-8, and a line in Windows-1251 for the detection path. */
export function warmUpFiles(): InputFile[] {
  return [
    { file: 'warm-up-ru.txt', bytes: Buffer.from(RU.join('\n'), 'utf8') },
    { file: 'warm-up-en.txt', bytes: Buffer.from(EN.join('\n'), 'utf8') },
    { file: 'warm-up-1251.txt', bytes: iconv.encode('Москва, 1 мая.', 'windows-1251') },
  ];
}
