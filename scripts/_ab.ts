import { defaultSettings } from '../src/domain/core/settings';
import { buildSummary } from '../src/domain/summary';
import { syntheticSchools } from './synthetic';
const schools = syntheticSchools(3000, 60);
const ctx = { today: '2022-09-10', settings: defaultSettings() };
buildSummary(schools, ctx);
const t0 = process.hrtime.bigint();
for (let i = 0; i < 3; i++) buildSummary(schools, ctx);
console.log('buildSummary ms', Number(process.hrtime.bigint() - t0) / 3e6);
