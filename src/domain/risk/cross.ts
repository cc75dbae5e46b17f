/**
 * A school's risk profile checked against its anti-risk programmes (the roadmap's sections per
 * risk): every «Высокая» factor has a programme with at least one measure; every «Средняя» one has
 * a programme or the curator's comment; a programme for a «Низкая» factor, or for one the profile
 * does not list, is reported. Whatever the profile, a programme's task without measures is
 * reported and the progress of its «с … до …» indicators is shown.
 */
import type { Diagnostic, Grid } from '../core/types';
import type { SheetAnalysis } from '../roadmap/analyse';
import { diagnosticsOf, quoted } from '../workbook/sheet-cells';
import type { RiskFactor } from '../workbook/kinds/risk-profile/profile';
import type { RiskProfile } from '../workbook/kinds/risk-profile/read';
import { foldLabel } from '../workbook/sheet-cells';
import { PROGRAMME_CODES } from './codes';
import { progressTextRu } from './indicators';
import { findProgrammes, type Programme } from './programmes';

const diagnostic = diagnosticsOf(PROGRAMME_CODES);

export interface RiskCheck {
  programmes: Programme[];
  /** Findings about the roadmaps, parallel to the tables checked. */
  tableDiagnostics: Diagnostic[][];
  /** Findings about each profile, by its sheet. */
  profileDiagnostics: Map<string, Diagnostic[]>;
}

const factorKey = (f: RiskFactor): string => f.match?.name ?? foldLabel(f.name);
const where = (p: Programme): string => `раздел ${quoted(p.heading)} (лист «${p.sheet}», строка ${p.row})`;

function programmeFindings(p: Programme, profiles: readonly RiskProfile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (row: number) => ({ sheet: p.sheet, row, column: null });
  for (const t of p.tasks) {
    if (t.measures > 0) continue;
    out.push(diagnostic('programme-task-no-measure', at(t.row), 'task', `задача ${quoted(t.name)} программы ${quoted(p.heading)} без мероприятий.`));
  }
  for (const i of p.indicators) {
    out.push(diagnostic('programme-indicator-progress', at(i.measureRow), 'indicator', `показатель ${quoted(i.text)}: ${progressTextRu(i.progress)}.`));
  }
  if (profiles.length === 0) return out;
  const factors = profiles.flatMap((pr) => pr.factors.map((f) => ({ f, sheet: pr.sheet })));
  const found = p.factor === null ? undefined : factors.find(({ f }) => factorKey(f) === p.factor);
  if (!found) {
    const named = p.factor ? `фактора «${p.factor}» нет` : 'заголовок не называет ни одного фактора риска из перечней, и его нет';
    out.push(
      diagnostic(
        'programme-risk-not-in-profile',
        at(p.row),
        null,
        `антирисковая программа ${quoted(p.heading)}: ${named} в рисковом профиле (лист «${profiles[0].sheet}»).`,
      ),
    );
  } else if (found.f.significance === 'Низкая') {
    out.push(
      diagnostic(
        'programme-risk-low',
        at(p.row),
        null,
        `антирисковая программа по фактору «${p.factor}», у которого в рисковом профиле (лист «${found.sheet}», строка ${found.f.row}) значимость «Низкая».`,
      ),
    );
  }
  return out;
}

/** The programmes that work on a factor. */
const programmesOf = (f: RiskFactor, programmes: readonly Programme[]): Programme[] => programmes.filter((p) => p.factor !== null && p.factor === factorKey(f));

/** A «Высокая» factor is covered by a programme with at least one measure (`risk-high-no-programme` otherwise). */
const covered = (f: RiskFactor, programmes: readonly Programme[]): boolean => programmesOf(f, programmes).some((p) => p.measures.length > 0);

/** For the coordinator's summary: the profiles' «Высокая» factors (each once), and those without a programme. */
export function highRiskCoverage(profiles: readonly RiskProfile[], programmes: readonly Programme[]): { high: number; withoutProgramme: number } {
  const high = new Map<string, boolean>();
  for (const f of profiles.flatMap((p) => p.factors)) {
    if (f.significance !== 'Высокая') continue;
    const key = factorKey(f);
    high.set(key, (high.get(key) ?? false) || covered(f, programmes));
  }
  return { high: high.size, withoutProgramme: [...high.values()].filter((c) => !c).length };
}

function factorFindings(profile: RiskProfile, programmes: readonly Programme[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of profile.factors) {
    const own = programmesOf(f, programmes);
    const place = { sheet: profile.sheet, row: f.row, column: f.headers.factor };
    if (f.significance === 'Высокая' && !covered(f, programmes)) {
      const empty = own.length > 0 ? `: ${where(own[0])} — без мероприятий` : ': ни в одной дорожной карте книги нет раздела по этому риску';
      out.push(
        diagnostic(
          'risk-high-no-programme',
          place,
          'factor',
          `фактор ${quoted(f.name)} высокой значимости (требуется принятие мер) без антирисковой программы${empty}.`,
        ),
      );
    }
    if (f.significance === 'Средняя' && own.length === 0 && !f.comment) {
      out.push(
        diagnostic(
          'risk-medium-unassessed',
          { ...place, column: f.headers.comment ?? 'Комментарий куратора' },
          'comment',
          `фактор ${quoted(f.name)} средней значимости: нет ни антирисковой программы, ни комментария куратора (требуется дополнительная оценка ситуации куратором).`,
        ),
      );
    }
  }
  return out;
}

/** The table of its sheet a row belongs to: the last one whose header is above it. */
function tableOf(tables: readonly SheetAnalysis[], sheet: string, row: number): number {
  let best = -1;
  tables.forEach((t, i) => {
    if (t.name === sheet && (best < 0 || (t.table.headerRow ?? 0) <= row)) best = i;
  });
  return best;
}

/**
 * `tables` are the roadmaps checked (findings go to them); `others` the workbook's other roadmaps,
 * whose programmes count for the profile but whose findings are not reported.
 */
export function crossCheckRisks(
  profiles: readonly RiskProfile[],
  tables: readonly SheetAnalysis[],
  grids: ReadonlyMap<string, Grid>,
  others: readonly SheetAnalysis[] = [],
): RiskCheck {
  const own = findProgrammes(tables, grids);
  const programmes = [...own, ...findProgrammes(others, grids)];
  const tableDiagnostics: Diagnostic[][] = tables.map(() => []);
  for (const p of own) {
    const i = tableOf(tables, p.sheet, p.row);
    if (i >= 0) tableDiagnostics[i].push(...programmeFindings(p, profiles));
  }
  const profileDiagnostics = new Map<string, Diagnostic[]>();
  for (const pr of profiles) profileDiagnostics.set(pr.sheet, [...(profileDiagnostics.get(pr.sheet) ?? []), ...factorFindings(pr, programmes)]);
  return { programmes, tableDiagnostics, profileDiagnostics };
}
