/**
 * «Экспертиза документа…»: the sidebar over the documents of a school (its programmes, roadmaps
 * and, with a risk profile, the concept and the medium-term programme), each criterion with the
 * add-on's proposal and evidence; saving writes the sheet «Экспертиза» the add-on owns in this
 * spreadsheet, the reviewer's (a user's sheet of that name is never touched: ownedSheet gives the
 * add-on's another name).
 *
 * Which school: this spreadsheet's own documents, or a school of this spreadsheet's «Реестр школ»
 * (the schools this reviewer is paired with or curates, else all: src/app/expertise-schools.ts),
 * read through its registry link — another spreadsheet opened by id (scope spreadsheets), or a sheet
 * of this one. Its papers are saved with the «Школа» column naming it, so the summary counts them for it.
 * A school's own spreadsheet has no registry: it reads the coordinator's, named in «Настройки»
 * (src/gas/registry-source.ts); a registry link naming a sheet then names the coordinator's sheet.
 */
import {
  ExpertiseDataSchema,
  ExpertiseRequestSchema,
  SaveExpertiseResultSchema,
  SaveExpertiseSchema,
  type ExpertiseData,
  type SaveExpertise,
  type SaveExpertiseResult,
} from '../contracts/expertise';
import { checkWorkbook, type SheetToCheck } from '../app/check';
import { openFailure, reviewerView, schoolSource } from '../app/expertise-schools';
import { criteriaOf, preExpertise, scoreLabel } from '../domain/expertise';
import {
  EXPERTISE_HEADER_ROW,
  EXPERTISE_SHEET,
  expertiseRows,
  parseExpertiseGrid,
  type DocumentScores,
  type ExpertiseDocument,
} from '../domain/workbook/kinds/expertise';
import { schoolCompareKey, type RegistryEntry } from '../domain/workbook/kinds/registry';
import { foldLabel } from '../domain/workbook/sheet-cells';
import { UserError } from '../app/errors';
import { showPage } from './dialogs';
import { gasContext } from './context';
import { readGrid } from './sheet-io';
import { readRegistry, type RegistryRead } from './registry-source';
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

/** The sheets a user sees, not the add-on's: one read of each. */
function visibleSheets(ss: Spreadsheet, timeZone: string): SheetToCheck[] {
  return ss
    .getSheets()
    .filter((s) => !s.isSheetHidden() && !isGenerated(s))
    .map((s) => ({ name: s.getName(), grid: readGrid(s, timeZone) }));
}

const sameSchool = (a: string | null, b: string | null): boolean => (a === null || b === null ? a === b : schoolCompareKey(a) === schoolCompareKey(b));
const samePaper = (d: ExpertiseDocument, title: string, school: string | null) => foldLabel(d.title) === foldLabel(title) && sameSchool(d.school, school);

/** The pre-expertise of the sheets' documents (those on `onSheet`, when given), with the scores saved for `school`. */
function documentsOf(sheets: SheetToCheck[], onSheet: string | null, saved: readonly ExpertiseDocument[], school: string | null, today: string) {
  const checked = checkWorkbook(sheets, { today });
  return preExpertise(checked)
    .filter((d) => onSheet === null || d.sheet === onSheet)
    .map((d) => {
      const prior = saved.find((s) => samePaper(s, d.title, school));
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
}

interface Chosen {
  entry: RegistryEntry;
  by: 'pair' | 'curator' | 'all';
}

/** Reads another spreadsheet's documents (`onSheet` only, when given), or says why it cannot be opened. */
function readOther(open: () => Spreadsheet, onSheet: string | null, chosen: Chosen, saved: readonly ExpertiseDocument[], today: string) {
  let sheets: SheetToCheck[];
  try {
    const other = open();
    const tz = other.getSpreadsheetTimeZone();
    const one = onSheet === null ? null : other.getSheetByName(onSheet);
    sheets = one ? [{ name: one.getName(), grid: readGrid(one, tz) }] : visibleSheets(other, tz);
  } catch (e) {
    return { documents: [], local: false, error: openFailure(chosen.entry, (e as Error).message) };
  }
  return { documents: documentsOf(sheets, onSheet, saved, chosen.entry.school, today), local: false, error: null };
}

/** The documents of the chosen school: through its registry link, or why they cannot be read. */
function schoolDocuments(own: SheetToCheck[], ownId: string, registry: RegistryRead, chosen: Chosen, saved: readonly ExpertiseDocument[], today: string) {
  const school = chosen.entry.school;
  const coordinator = registry.coordinator;
  const source = schoolSource(
    chosen.entry,
    ownId,
    own.map((s) => s.name),
    coordinator ?? undefined,
  );
  if (source.kind === 'none') return { documents: [], local: true, error: source.reason };
  if (source.kind === 'this') return { documents: documentsOf(own, source.sheet, saved, school, today), local: true, error: null };
  // The coordinator's spreadsheet is open already: a school's sheet there is read alone.
  if (source.kind === 'coordinator' && coordinator) return readOther(() => coordinator.ss, source.sheet, chosen, saved, today);
  const id = source.kind === 'spreadsheet' ? source.id : '';
  return readOther(() => SpreadsheetApp.openById(id), null, chosen, saved, today);
}

export function getExpertiseData(input: unknown = { row: null }): ExpertiseData {
  const request = ExpertiseRequestSchema.parse(input ?? { row: null });
  const ctx = gasContext();
  const own = visibleSheets(ctx.ss, ctx.timeZone);
  const registry = readRegistry(ctx.ss, own);
  const entries = registry.entries;
  const view = reviewerView(entries, { id: ctx.ss.getId(), name: ctx.ss.getName() });
  const owned = ownedExpertise(ctx.ss);
  const saved = savedDocuments(owned, ctx.timeZone);
  const base = {
    sheet: owned?.getName() ?? null,
    reviewer: view.reviewer,
    schools: view.schools.map((s) => ({ row: s.entry.row, school: s.entry.school, by: s.by })),
  };
  if (request.row === null)
    return ExpertiseDataSchema.parse({ ...base, documents: documentsOf(own, null, saved, null, ctx.today), school: null, local: true, error: registry.error });
  const offered = view.schools.find((s) => s.entry.row === request.row);
  const entry = offered?.entry ?? entries.find((e) => e.row === request.row);
  if (!entry) {
    return ExpertiseDataSchema.parse({
      ...base,
      documents: [],
      school: null,
      local: true,
      error: registry.error ?? `В реестре нет школы в строке ${request.row}: обновите панель.`,
    });
  }
  const chosen = { entry, by: offered?.by ?? 'all' };
  const read = schoolDocuments(own, ctx.ss.getId(), registry, chosen, saved, ctx.today);
  return ExpertiseDataSchema.parse({ ...base, ...read, school: { row: entry.row, school: entry.school, by: chosen.by } });
}

/** A saved document back as scores to write again. */
function asScores(d: ExpertiseDocument): DocumentScores | null {
  if (d.type === null) return null;
  const items = d.items.flatMap((i) => (i.criterion ? [{ criterion: i.criterion, score: i.score, proposed: i.proposed, comment: i.comment }] : []));
  return { title: d.title, type: d.type, school: d.school, items };
}

export function saveExpertise(input: SaveExpertise): SaveExpertiseResult {
  const form = SaveExpertiseSchema.parse(input);
  const ctx = gasContext();
  return withDocumentLock(() => {
    const data = getExpertiseData({ row: form.row ?? null });
    if (data.error !== null) throw new UserError(data.error);
    const doc = data.documents.find((d) => d.title === form.title && d.type === form.type);
    if (!doc) throw new UserError(`Документ «${form.title}» не найден: обновите панель.`);
    const school = data.school?.school ?? null;
    const others = savedDocuments(ownedExpertise(ctx.ss), ctx.timeZone)
      .filter((d) => !samePaper(d, form.title, school))
      .flatMap((d) => asScores(d) ?? []);
    const items = criteriaOf(form.type).map((criterion) => {
      const s = form.scores.find((x) => x.id === criterion.id);
      const view = doc.criteria.find((c) => c.id === criterion.id);
      const proposed = view && view.proposed !== null ? `${scoreLabel(criterion.scale, view.proposed)}: ${view.reasons.join('; ')}` : '';
      return { criterion, score: s ? s.score : null, proposed, comment: s?.comment ?? '' };
    });
    const all = [...others, { title: form.title, type: form.type, school, items }];
    const sheet = ownedSheet(ctx.ss, EXPERTISE_SHEET, OWNED_KIND);
    writeBlock(sheet, { row: 1, col: 1, values: [[...EXPERTISE_HEADER_ROW], ...expertiseRows(all)] });
    sheet.setFrozenRows(1);
    const whose = school ? ` (документы школы «${school}»)` : '';
    return SaveExpertiseResultSchema.parse({ sheet: sheet.getName(), message: `Оценки сохранены на листе «${sheet.getName()}»${whose}.` });
  });
}
