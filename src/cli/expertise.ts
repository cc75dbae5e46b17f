/**
 * `expertise <file...> [--sheet NAME] [--period P] [--json]`: the automatic pre-expertise of a
 * workbook's documents. `--registry R --school S` finds school S in the registry and reads its file:
 * one of the files given that the registry matches to it (as the summary matches them), else the
 * file its link names next to the registry, else the registry's own sheet the link names. A Google
 * Sheets link cannot be read from the command line: it says so, naming the school and the row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { matchRegistry, schoolCompareKey, type RegistryEntry } from '../domain/workbook/kinds/registry';
import { readRegistry } from './summary';
import { checkWorkbook } from '../app/check';
import { preExpertise, scoreLabel, type PreExpertise } from '../domain/expertise';
import { readWorkbook } from './workbook-io';
import { pluralRu } from '../domain/core/text-ru';

export interface ExpertiseOptions {
  sheet?: string;
  period?: string;
  today: string;
}

export interface ExpertiseResult {
  file: string;
  error?: string;
  documents: PreExpertise[];
}

/** The school's file (and sheet) a registry points to, or why not, in Russian. */
export async function schoolFile(registry: string, school: string, files: readonly string[]): Promise<{ file: string; sheet?: string } | { error: string }> {
  const { info, workbook } = await readRegistry(registry);
  if (info.error !== undefined) return { error: info.error };
  const key = schoolCompareKey(school);
  const entry: RegistryEntry | undefined = info.entries.find((e) => schoolCompareKey(e.school) === key);
  if (!entry) return { error: `В реестре «${path.basename(registry)}» нет школы «${school}».` };
  const where = `школа «${entry.school}», реестр, строка ${entry.row}`;
  const given = files.find((f) => matchRegistry(info.entries, { file: f }) === entry);
  if (given) return { file: given };
  const link = entry.link?.trim() ?? '';
  if (link === '') return { error: `Не указана ссылка на таблицу школы (${where}): передайте файл школы в командной строке.` };
  if (/^https?:\/\//i.test(link))
    return {
      error: `Ссылка «${link}» (${where}) ведёт на Google Таблицу: командная строка читает только файлы — скачайте таблицу школы как .xlsx и передайте её путь.`,
    };
  const beside = path.resolve(path.dirname(registry), link);
  if (fs.existsSync(beside) && fs.statSync(beside).isFile()) return { file: beside };
  if (workbook?.sheets.some((s) => s.name === link)) return { file: registry, sheet: link };
  return { error: `Ссылка «${link}» (${where}) не называет ни файл рядом с реестром, ни лист реестра; передайте файл школы в командной строке.` };
}

export async function expertiseFiles(files: readonly string[], opts: ExpertiseOptions): Promise<ExpertiseResult[]> {
  const out: ExpertiseResult[] = [];
  for (const file of files) {
    try {
      const wb = await readWorkbook(file);
      if (opts.sheet && !wb.sheets.some((s) => s.name === opts.sheet)) {
        out.push({ file, error: `В файле «${path.basename(file)}» нет листа «${opts.sheet}».`, documents: [] });
        continue;
      }
      // The whole workbook is read (the profile and the programmes judge each other); --sheet picks the documents shown.
      const checked = checkWorkbook(
        wb.sheets.map((s) => ({ ...s, links: s.hyperlinks })),
        { today: opts.today, period: opts.period ?? null },
      );
      const documents = preExpertise(checked).filter((d) => !opts.sheet || d.sheet === opts.sheet);
      out.push({ file, documents });
    } catch (error) {
      out.push({ file, error: (error as Error).message, documents: [] });
    }
  }
  return out;
}

/** The JSON contract of `expertise --json` (see the README). */
export function expertiseJson(results: readonly ExpertiseResult[]): unknown {
  return {
    documents: results.flatMap((r) =>
      r.documents.map((d) => ({
        file: r.file,
        sheet: d.sheet,
        type: d.type,
        title: d.title,
        row: d.row,
        criteria: d.proposals.map((p) => ({
          criterion: p.criterion.text,
          scale: p.criterion.scale,
          proposed: p.proposed,
          reasons: p.reasons,
          evidence: p.evidence,
        })),
        total: d.total,
        max: d.max,
        percent: d.percent,
      })),
    ),
    errors: results.filter((r) => r.error !== undefined).map((r) => ({ file: r.file, error: r.error })),
  };
}

export function expertiseText(results: readonly ExpertiseResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`Файл: ${r.file}`);
    if (r.error !== undefined) {
      lines.push(`  Не удалось прочитать: ${r.error}`, '');
      continue;
    }
    if (r.documents.length === 0) lines.push('  Документов для экспертизы не найдено: нет ни таблицы мероприятий, ни рискового профиля.');
    for (const d of r.documents) {
      const where = `лист «${d.sheet}»${d.row !== null ? `, строка ${d.row}` : ''}`;
      const score =
        d.max > 0
          ? `предварительно ${d.total} из ${d.max} (${d.percent} %) по ${pluralRu(d.proposals.filter((p) => p.proposed !== null).length, 'критерию', 'критериям', 'критериям')}`
          : 'предложений нет';
      lines.push('', `${d.title} (${where}) — ${score}`);
      for (const p of d.proposals) {
        const label = p.proposed === null ? 'оценивает эксперт' : scoreLabel(p.criterion.scale, p.proposed);
        lines.push(`  [${label}] ${p.criterion.text}`);
        for (const reason of p.reasons) lines.push(`      · ${reason}`);
      }
    }
    lines.push('');
  }
  lines.push('Оценки предварительные: эксперт принимает или меняет каждую («Экспертиза документа» в меню дополнения).');
  return lines.join('\n');
}
