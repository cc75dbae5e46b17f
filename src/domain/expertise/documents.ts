/**
 * The documents of a workbook a reviewer scores, each with its pre-expertise: every anti-risk
 * programme of the roadmaps (a «Риск: …» section or a «Фактор риска» value), every roadmap table
 * without programmes (scored by the programme's criteria: it is a plan of measures too), and, with
 * a risk profile, the concept (its risks against the profile) and the medium-term programme (prose:
 * evidence only).
 */
import { foldLabel } from '../workbook/sheet-cells';
import type { SheetAnalysis } from '../roadmap/analyse';
import type { Measure } from '../roadmap/measure';
import type { Programme } from '../risk/programmes';
import type { RiskFactor } from '../workbook/kinds/risk-profile/profile';
import type { RiskProfile } from '../workbook/kinds/risk-profile/read';
import { criteriaOf, DOCUMENT_TITLES, totals, type DocumentType } from './criteria';
import { proposeForMeasures, type DocumentTask, type Evidence, type MeasuresDocument, type Proposal } from './propose';
import { sectionTasks } from './sections';

export interface PreExpertise {
  /** The sheet the document is on (a programme's roadmap sheet, the profile's for the concept). */
  sheet: string;
  type: DocumentType;
  /** «Антирисковая программа «Риск: …»», «Дорожная карта «План 2022»». */
  title: string;
  /** 1-based row where it starts, or null. */
  row: number | null;
  proposals: Proposal[];
  total: number;
  max: number;
  percent: number | null;
}

export interface ExpertiseInput {
  tables: readonly SheetAnalysis[];
  programmes: readonly Programme[];
  profiles: readonly RiskProfile[];
}

function withTotals(d: Omit<PreExpertise, 'total' | 'max' | 'percent'>): PreExpertise {
  return { ...d, ...totals(d.proposals.map((p) => ({ scale: p.criterion.scale, score: p.proposed }))) };
}

/** Tasks named in the measures' «Задача» cells, or null when none is. */
function tasksOfTable(t: SheetAnalysis): DocumentTask[] | null {
  const tasks = new Map<string, DocumentTask>();
  for (const m of t.measures) {
    const name = m.task?.trim() ?? '';
    if (name === '') continue;
    const key = foldLabel(name);
    const task = tasks.get(key) ?? { name, row: m.row, measures: 0 };
    if (m.title.trim() !== '') task.measures++;
    tasks.set(key, task);
  }
  return tasks.size > 0 ? [...tasks.values()] : null;
}

/** The tasks named, else the numbered sections standing for them, else none. */
function tasksOrSections(named: DocumentTask[] | null, measures: readonly Measure[], ownHeading?: string): Pick<MeasuresDocument, 'tasks' | 'fromSections'> {
  if (named && named.length > 0) return { tasks: named };
  const s = sectionTasks(measures, ownHeading);
  return s ? { tasks: s.tasks, fromSections: { outside: s.outside } } : { tasks: null };
}

const factorKey = (f: RiskFactor): string => f.match?.name ?? foldLabel(f.name);

function concept(profile: RiskProfile, programmes: readonly Programme[]): PreExpertise {
  const [high, medium, chosen] = criteriaOf('concept');
  const at = (f: RiskFactor, note: string): Evidence => ({ text: `«${f.name}» — ${note}`, row: f.row, sheet: profile.sheet });
  const programmeOf = (f: RiskFactor) => programmes.find((p) => p.factor === factorKey(f) && p.measures.length > 0);
  const highs = profile.factors.filter((f) => f.significance === 'Высокая');
  const covered = highs.filter((f) => programmeOf(f));
  const missing = highs.filter((f) => !programmeOf(f));
  const share = highs.length === 0 ? 1 : covered.length / highs.length;
  const highReasons =
    highs.length === 0
      ? ['в рисковом профиле нет рисков со статусом «высокий»']
      : [
          `рисков со статусом «высокий» ${highs.length}; антирисковые программы есть для ${covered.length}`,
          ...(missing.length > 0 ? [`нет программы: ${missing.map((f) => `«${f.name}»`).join(', ')}`] : []),
          'как риски представлены и проанализированы в тексте концепции, оценивает эксперт',
        ];
  const mediums = profile.factors.filter((f) => f.significance === 'Средняя');
  const proposals: Proposal[] = [
    {
      criterion: high,
      proposed: share === 1 ? 3 : share >= 2 / 3 ? 2 : share >= 1 / 3 ? 1 : 0,
      reasons: highReasons,
      evidence: highs.map((f) => at(f, programmeOf(f) ? `программа «${programmeOf(f)?.heading}»` : 'программы нет')),
    },
    {
      criterion: medium,
      proposed: null,
      reasons: [
        mediums.length === 0
          ? 'в рисковом профиле нет рисков со статусом «средний»'
          : `рисков со статусом «средний» ${mediums.length}: их анализ в концепции оценивает эксперт`,
      ],
      evidence: mediums.map((f) => at(f, programmeOf(f) ? 'есть программа' : f.comment ? `комментарий куратора: ${f.comment}` : 'программы и комментария нет')),
    },
    {
      criterion: chosen,
      proposed: null,
      reasons: ['обоснование выбора рисков — текст концепции: оценивает эксперт'],
      evidence: programmes.map((p) => ({ text: `выбран риск: «${p.factor ?? p.heading}»`, row: p.row, sheet: p.sheet })),
    },
  ];
  return withTotals({ sheet: profile.sheet, type: 'concept', title: DOCUMENT_TITLES.concept, row: null, proposals });
}

function medium(profile: RiskProfile, programmes: readonly Programme[]): PreExpertise {
  const causes: Evidence[] = profile.factors
    .filter((f) => f.significance === 'Высокая')
    .map((f) => ({
      text: `высокий риск «${f.name}»${
        f.parameters.some((p) => p.fixed)
          ? `: ${f.parameters
              .filter((p) => p.fixed)
              .map((p) => `${p.name} — ${p.value} ${p.unitText}`.trim())
              .join('; ')}`
          : ''
      }`,
      row: f.row,
      sheet: profile.sheet,
    }));
  const tasks: Evidence[] = programmes.flatMap((p) =>
    p.tasks.map((t) => ({ text: `задача «${t.name}» (мероприятий — ${t.measures})`, row: t.row, sheet: p.sheet })),
  );
  const proposals = criteriaOf('medium').map((criterion, i) => ({
    criterion,
    proposed: null,
    reasons: [i === 0 ? 'причины рисков — в рисковом профиле, задачи — в тексте программы: соотнесите их' : 'оценивает эксперт по тексту программы'],
    evidence: i === 0 ? [...causes, ...tasks] : tasks,
  }));
  return withTotals({ sheet: profile.sheet, type: 'medium', title: DOCUMENT_TITLES.medium, row: null, proposals });
}

/** The pre-expertise of every document of a checked workbook. */
export function preExpertise(input: ExpertiseInput): PreExpertise[] {
  const out: PreExpertise[] = [];
  for (const p of input.programmes) {
    const table =
      input.tables.find((t) => t.name === p.sheet && t.measures.some((m) => m.row === p.measures[0]?.row)) ?? input.tables.find((t) => t.name === p.sheet);
    if (!table) continue;
    const proposals = proposeForMeasures({
      period: table.period,
      measures: p.measures,
      columns: table.columns,
      ...tasksOrSections(p.tasks, p.measures, p.heading),
    });
    out.push(withTotals({ sheet: p.sheet, type: 'programme', title: `${DOCUMENT_TITLES.programme} «${p.heading}»`, row: p.row, proposals }));
  }
  // A roadmap table is scored as a whole, or — beside its programmes — by the measures outside them.
  const inProgrammes = new Set(input.programmes.flatMap((p) => p.measures.map((m) => `${p.sheet}\n${m.row}`)));
  for (const t of input.tables) {
    const rest = t.measures.filter((m) => !inProgrammes.has(`${t.name}\n${m.row}`));
    if (t.table.headerRow === null || rest.length === 0) continue;
    const whole = rest.length === t.measures.length;
    const proposals = proposeForMeasures({ period: t.period, measures: rest, columns: t.columns, ...tasksOrSections(whole ? tasksOfTable(t) : null, rest) });
    const title = `Дорожная карта «${t.name}»${t.tablesInSheet > 1 ? `, таблица ${t.tableIndex}` : ''}${whole ? '' : ' (меры вне антирисковых программ)'}`;
    out.push(withTotals({ sheet: t.name, type: 'programme', title, row: t.table.headerRow, proposals }));
  }
  for (const profile of input.profiles) out.push(concept(profile, input.programmes), medium(profile, input.programmes));
  return out;
}
