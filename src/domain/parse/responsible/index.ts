/**
 * Responsible bodies and people («Ответственный», «Исполнитель», «Ответственные/ участники»).
 *
 * A cell lists bodies (abbreviations as written: «УОиМП, ОЦПРМСО»), schools
 * («МБОУ «СШ № 21 им. Н.И. Рыленкова»»), positions and people («Левина О.А. – руководитель
 * ОЦПРМСО»). splitResponsible cuts such a cell into entries:
 * - at commas, semicolons, line breaks and colons outside quotes and parentheses;
 * - at «совместно с», «при участии»;
 * - at a sentence end between entries («…ОЦПРМСО. Петрова И.И. – методист»), never at initials
 *   inside a name («им. Н.И. Рыленкова»);
 * - at a dash between two quoted school names («МБОУ «СШ № 21» - МБОУ «Гимназия № 1»»: a pair);
 * - at « и » only between two bare abbreviations («ОЦПРМСО и МО»); «ШНОР и/или ШФНСУ» stays one.
 * «(далее – МО)» definitions are cut out and reported by parseResponsible. A position entry right
 * after a bare person name is joined back to it («Иванова И.И., директор»).
 */
export { collectDefinitions, extractDefinitions, KNOWN_BODIES, type Definition, type OrgDirectory } from './definitions';
export { abbreviationExpander, buildDirectory, expandAbbreviation, tableDirectoryOf, uniqueDefinitions } from './directory';
export { parseResponsible, splitResponsible, type ResponsibleParse } from './split';
export { looksLikeResponsible } from './looks-like';
