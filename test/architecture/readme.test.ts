/** The README documents every diagnostic code with its severity (regenerate with `npm run docs:codes`). */
import fs from 'node:fs';
import path from 'node:path';
import { ALL_CODES } from '../../src/domain/workbook/kinds';

const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');

test.each(Object.entries(ALL_CODES))('README lists %s', (code, info) => {
  expect(readme).toContain(`| \`${code}\` | ${info.severity} | ${info.meaning} |`);
});

test('README names the two commands', () => {
  expect(readme).toContain('npm ci && npm start');
  expect(readme).toContain('npm ci && npm test');
});
