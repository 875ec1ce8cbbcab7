import { milestoneLines } from './src/pipeline/extract/milestones/test-kit';
for (const t of [
 'date: 2017-02-22\n\n- On October 14 we will mark the 25th anniversary of diplomatic relations. We plan a series of cultural events, Russian Culture Days and a youth forum.',
 'date: 2017-02-22\n\nThe ambassador met the minister on Tuesday. They plan a joint forum of young entrepreneurs.',
 'date: 2017-02-22\n\nThe ambassador met the minister on Tuesday. We plan ahead, he said.',
]) console.log(milestoneLines(t));
