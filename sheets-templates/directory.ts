/**
 * «Справочник организаций»: abbreviations and the bodies they stand for, to expand responsible
 * bodies («ОЦПРМСО» → «Образовательный центр поддержки и развития…»).
 * Sample: the definitions of seed 000's orders («(далее – МО)», «(далее – УОиМП)»…), then the
 * built-in KNOWN_BODIES not defined there.
 */
import type { SheetTemplate } from '../src/domain/workbook/templates';
import { KNOWN_BODIES } from '../src/domain/parse/responsible';
import { DIRECTORY_HEADERS, DIRECTORY_TYPE_LABELS, directoryToGrid, type DirectoryEntry } from '../src/domain/workbook/kinds/directory';

/** Definitions written in seed 000's orders. */
export const SEED_DEFINITIONS: DirectoryEntry[] = [
  { abbr: 'УОиМП', full: 'Управление образования и молодежной политики Администрации города Смоленска', type: 'authority' },
  { abbr: 'МО', full: 'методический отдел МБУ ДО «ЦДО»', type: 'methodical' },
  { abbr: 'ОЦПРМСО', full: 'Образовательный центр поддержки и развития муниципальной системы образования', type: 'municipal-centre' },
  { abbr: 'ШНРО', full: 'школы с низкими результатами обучения', type: 'school' },
  { abbr: 'ОО', full: 'образовательная организация', type: 'school' },
];

function entries(): DirectoryEntry[] {
  const out: DirectoryEntry[] = [...SEED_DEFINITIONS];
  const seen = new Set(out.map((e) => e.abbr.toLowerCase()));
  for (const b of KNOWN_BODIES) {
    if (seen.has(b.abbr.toLowerCase())) continue;
    seen.add(b.abbr.toLowerCase());
    out.push({ abbr: b.abbr, full: b.full, ...(b.type ? { type: b.type } : {}) });
  }
  return out;
}

export const directory: SheetTemplate = {
  id: 'directory',
  title: 'Справочник организаций',
  description: 'Справочник организаций: сокращения и полные названия органов, центров и школ (УОиМП, ОЦПРМСО, ЦНППМ…), чтобы расшифровывать ответственных.',
  kind: 'directory',
  columns: [
    { header: DIRECTORY_HEADERS[0], field: 'abbr', width: 150, format: 'text', help: 'Сокращение, как оно пишется в плане: УОиМП, ОЦПРМСО, МБУ ДО «ЦДО».' },
    { header: DIRECTORY_HEADERS[1], field: 'full', width: 520, format: 'text', help: 'Полное название организации.' },
    { header: DIRECTORY_HEADERS[2], field: 'type', width: 240, format: 'text', list: DIRECTORY_TYPE_LABELS, help: 'Тип организации (из списка).' },
  ],
  headerRows: 1,
  frozenRows: 1,
  protectHeader: true,
  sampleRows: directoryToGrid(entries()).slice(1),
};
