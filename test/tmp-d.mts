import { detect } from '../src/matching/detect';
for (const s of process.argv.slice(2))
  console.log(JSON.stringify(detect(s).map((m) => [s.slice(m.start, m.end), m.sense, m.reason])), '|', s);
