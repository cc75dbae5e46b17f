/**
 * «Экспертиза документа…»: the sidebar over the documents of this spreadsheet (its programmes,
 * roadmaps and, with a risk profile, the concept and the medium-term programme), each criterion
 * with the add-on's proposal and evidence; saving writes the sheet «Экспертиза» the add-on owns
 * (a user's sheet of that name is never touched: ownedSheet gives the add-on's another name).
 */
import {
  ExpertiseDataSchema,
  SaveExpertiseResultSchema,
  SaveExpertiseSchema,
  type ExpertiseData,
  type SaveExpertise,
  type SaveExpertiseResult,
} from '../contracts/expertise';
import { checkWorkbook, type SheetToCheck } from '../app/check';
import { criteriaOf, preExpertise, scoreLabel } from '../domain/expertise';
import {
  EXPERTISE_HEADER_ROW,
  EXPERTISE_SHEET,
  expertiseRows,
  parseExpertiseGrid,
  type DocumentScores,
  type ExpertiseDocument,
} from '../domain/workbook/kinds/expertise';
import { foldLabel } from '../domain/workbook/sheet-cells';
import { UserError } from '../app/errors';
import { showPage } from './dialogs';
import { gasContext } from './context';
import { readGrid } from './sheet-io';
import { GENERATED_KEY, isGenerated, ownedSheet, withDocumentLock, writeBlock } from './safe-writer';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const OWNED_KIND = 'expertise';

export function showExpertiseSidebar(): void {
  showPage('expertise');
}

/** The expertise sheet the add-on wrote before, or null. */
function ownedExpertise(ss: Spreadsheet): Sheet | null {
  const found = ss.createDeveloperMetadataFinder().withKey(GENERATED_KEY).withValue(`${OWNED_KIND}:${EXPERTISE_SHEET}`).find();
  return found.length > 0 ? found[0].getLocation().getSheet() : null;
}

function savedDocuments(sheet: Sheet | null, timeZone: string): ExpertiseDocument[] {
  return sheet ? parseExpertiseGrid(readGrid(sheet, timeZone), sheet.getName()).value.documents : [];
}

export function getExpertiseData(): ExpertiseData {
  const ctx = gasContext();
  const owned = ownedExpertise(ctx.ss);
  const sheets: SheetToCheck[] = ctx.ss
    .getSheets()
    .filter((s) => !s.isSheetHidden() && !isGenerated(s))
    .map((s) => ({ name: s.getName(), grid: readGrid(s, ctx.timeZone) }));
  const checked = checkWorkbook(sheets, { today: ctx.today });
  const saved = savedDocuments(owned, ctx.timeZone);
  const documents = preExpertise(checked).map((d) => {
    const prior = saved.find((s) => foldLabel(s.title) === foldLabel(d.title));
    return {
      title: d.title,
      sheet: d.sheet,
      type: d.type,
      saved: prior !== undefined,
      criteria: d.proposals.map((p) => {
        const item = prior?.items.find((i) => i.criterion?.id === p.criterion.id);
        return {
          id: p.criterion.id,
          text: p.criterion.text,
          scale: p.criterion.scale,
          proposed: p.proposed,
          reasons: p.reasons,
          evidence: p.evidence.slice(0, 20).map((e) => ({ text: e.text, row: e.row, sheet: e.sheet ?? d.sheet })),
          score: item ? item.score : null,
          comment: item?.comment ?? '',
        };
      }),
    };
  });
  return ExpertiseDataSchema.parse({ documents, sheet: owned?.getName() ?? null });
}

/** A saved document back as scores to write again. */
function asScores(d: ExpertiseDocument): DocumentScores | null {
  if (d.type === null) return null;
  const items = d.items.flatMap((i) => (i.criterion ? [{ criterion: i.criterion, score: i.score, proposed: i.proposed, comment: i.comment }] : []));
  return { title: d.title, type: d.type, items };
}

export function saveExpertise(input: SaveExpertise): SaveExpertiseResult {
  const form = SaveExpertiseSchema.parse(input);
  const ctx = gasContext();
  return withDocumentLock(() => {
    const data = getExpertiseData();
    const doc = data.documents.find((d) => d.title === form.title && d.type === form.type);
    if (!doc) throw new UserError(`Документ «${form.title}» не найден: обновите панель.`);
    const others = savedDocuments(ownedExpertise(ctx.ss), ctx.timeZone)
      .filter((d) => foldLabel(d.title) !== foldLabel(form.title))
      .flatMap((d) => asScores(d) ?? []);
    const items = criteriaOf(form.type).map((criterion) => {
      const s = form.scores.find((x) => x.id === criterion.id);
      const view = doc.criteria.find((c) => c.id === criterion.id);
      const proposed = view && view.proposed !== null ? `${scoreLabel(criterion.scale, view.proposed)}: ${view.reasons.join('; ')}` : '';
      return { criterion, score: s ? s.score : null, proposed, comment: s?.comment ?? '' };
    });
    const all = [...others, { title: form.title, type: form.type, items }];
    const sheet = ownedSheet(ctx.ss, EXPERTISE_SHEET, OWNED_KIND);
    writeBlock(sheet, { row: 1, col: 1, values: [[...EXPERTISE_HEADER_ROW], ...expertiseRows(all)] });
    sheet.setFrozenRows(1);
    return SaveExpertiseResultSchema.parse({ sheet: sheet.getName(), message: `Оценки сохранены на листе «${sheet.getName()}».` });
  });
}
