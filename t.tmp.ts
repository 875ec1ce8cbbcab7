import { milestoneLines } from './src/pipeline/extract/milestones/test-kit';
for (const t of [
 'date: 2027-03-02\n\n"We plan to open the first schools by September 1, 2028," the minister said.',
 'date: 2027-03-02\n\nThe minister met the premier. "We plan to open the first schools by September 1, 2028," the minister said.',
 'date: 2027-03-02\n\nThe minister said they plan to open the first schools by September 1, 2028.',
]) console.log(milestoneLines(t));
