/** The «Экспертиза» kind: seed 003's filled-in forms and the add-on's own table, read and checked. */
import { expertise } from '../../../../sheets-templates';
import type { Grid } from '../../../../src/domain/core/types';
import { kindOfSheet } from '../../../../src/domain/workbook/kinds';
import { EXPERTISE_HEADER_ROW, expertiseKind, expertiseRows, parseExpertiseGrid, matchCriterion } from '../../../../src/domain/workbook/kinds/expertise';
import { criteriaOf } from '../../../../src/domain/expertise';
import { templateGrid } from '../../../../src/domain/workbook/templates';
import { loadFixture } from '../../../fixtures/load';

describe('seed 003 expertise forms', () => {
  it('the anti-risk programme «неуспешность»: six criteria, the scores marked, a garbled «3» column read as its number', () => {
    const grid = loadFixture('seed003-expertise-arp-neuspeshnost.tsv');
    expect(kindOfSheet('Лист1', grid)).toBe('expertise');
    const { value, diagnostics } = parseExpertiseGrid(grid, 'Лист1');
    expect(diagnostics).toEqual([]);
    const [d] = value.documents;
    expect(d.type).toBe('programme');
    expect(d.title).toContain('Высокая доля обучающихся с рисками учебной неуспешности');
    expect(d.items.map((i) => [i.criterion?.id, i.score])).toEqual([
      ['measures-tasks', 2],
      ['measurable', 2],
      ['formal', 2],
      ['responsible', null],
      ['deadlines', null],
      ['report', null],
    ]);
    expect(d.items[0].comment).toMatch(/^Не все задачи подкреплены комплексом мер/);
    expect([d.total, d.max, d.percent]).toEqual([6, 9, 67]);
  });

  it('the concept (a garbled third criterion still matched) and the medium-term programme', () => {
    const concept = parseExpertiseGrid(loadFixture('seed003-expertise-concept.tsv')).value.documents[0];
    expect(concept.type).toBe('concept');
    expect(concept.items.map((i) => [i.criterion?.id, i.score])).toEqual([
      ['high-risks', 3],
      ['medium-risks', null],
      ['chosen-risks', null],
    ]);
    const medium = parseExpertiseGrid(loadFixture('seed003-expertise-medium-programme.tsv')).value.documents[0];
    expect(medium.type).toBe('medium');
    expect([medium.total, medium.max, medium.percent]).toEqual([7, 9, 78]);
    const ovz = parseExpertiseGrid(loadFixture('seed003-expertise-arp-ovz.tsv')).value.documents[0];
    expect(ovz.items.map((i) => i.score)).toEqual([2, 2]);
  });
});

describe('the «Экспертиза» template', () => {
  const grid = templateGrid(expertise);
  it('is read back as its kind: three documents with totals, no findings', () => {
    expect(kindOfSheet('Экспертиза', grid)).toBe('expertise');
    expect(kindOfSheet('Лист 7', grid)).toBe('expertise');
    const read = expertiseKind.read(grid, 'Экспертиза');
    expect(read.diagnostics).toEqual([]);
    expect(read.value.documents.map((d) => [d.type, d.total, d.max, d.percent])).toEqual([
      ['concept', 3, 3, 100],
      ['medium', 7, 9, 78],
      ['programme', 6, 9, 67],
    ]);
    expect(read.summary).toMatch(/^3 документа: Концепция развития, МАОУ «Прииртышская СОШ» — 3 из 3 \(100 %\)/);
  });

  it('checks: a score off the scale, an unknown criterion, a total that does not add up', () => {
    const g: Grid = grid.map((r) => [...r]);
    const first = g.findIndex((r) => r[2] === 'Показатели можно измерить');
    g[first][4] = '5';
    g[first + 3][4] = 'Скорее да';
    g[first - 1][2] = 'Школа красивая';
    const total = g.findIndex((r, i) => i > first && r[2] === 'Итого');
    g[total][4] = '9 из 9';
    const codes = expertiseKind.read(g, 'Экспертиза').diagnostics.map((d) => [d.code, d.row]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['expertise-score-invalid', first + 1],
        ['expertise-score-invalid', first + 4],
        ['expertise-criterion-unknown', first],
        ['expertise-total-mismatch', total + 1],
      ]),
    );
  });

  it('criteria match loosely, within their document type', () => {
    expect(matchCriterion('показатели можно измерить', 'programme')?.id).toBe('measurable');
    expect(matchCriterion('Представлено документированное и гичное обоснование «ранных рисков»', 'concept')?.id).toBe('chosen-risks');
    expect(matchCriterion('Показатели можно измерить', 'concept')).toBeNull();
  });
});

describe('the «Школа» column: whose papers (mutual expertise)', () => {
  it("one title of two schools is two papers; the column empty or absent is the file's own school", () => {
    const criteria = criteriaOf('concept');
    const paper = (school: string | null, score: 0 | 1 | 2 | 3) => ({
      title: 'Концепция развития',
      type: 'concept' as const,
      school,
      items: criteria.map((criterion) => ({ criterion, score, proposed: '', comment: '' })),
    });
    const grid: Grid = [[...EXPERTISE_HEADER_ROW], ...expertiseRows([paper('МБОУ «СШ № 9»', 3), paper('МБОУ «СШ № 10»', 1), paper(null, 2)])];
    expect(grid[0][7]).toBe('Школа');
    const { value, diagnostics } = parseExpertiseGrid(grid);
    expect(diagnostics).toEqual([]);
    expect(value.documents.map((d) => [d.title, d.school, d.total, d.max])).toEqual([
      ['Концепция развития', 'МБОУ «СШ № 9»', 9, 9],
      ['Концепция развития', 'МБОУ «СШ № 10»', 3, 9],
      ['Концепция развития', null, 6, 9],
    ]);
    // A sheet of the seven older columns reads as before: every paper the file's own.
    const older = grid.map((r) => r.slice(0, 7));
    expect(parseExpertiseGrid(older).value.documents.map((d) => [d.school, d.total])).toEqual([[null, 18]]);
  });
});
