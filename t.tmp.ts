import { milestoneLines } from './src/pipeline/extract/milestones/test-kit';
for (const t of [
 'date: 2023-10-12\n\nМинистр встретился с премьером. "Первые школы мы планируем открыть к 1 сентября 2024 года", - сказал министр.',
 'date: 2023-10-12\n\nМинистр встретился с премьером. Филиал банка в Оше власти собираются открыть в следующем году.',
 'date: 2023-10-12\n\nМинистр встретился с премьером. "Эти вопросы мы планируем открыть для обсуждения позже", - сказал министр.',
 'date: 2023-10-12\n\nThe minister met the premier. "We plan to open the first schools by September 1, 2024," the minister said.',
]) console.log(milestoneLines(t));
