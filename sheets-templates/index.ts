/**
 * Every sheet template, in the order menus and `template --list` show them.
 * Pure data and functions: bundled into Apps Script as well as the command line.
 */
import type { SheetTemplate } from '../src/domain/workbook/templates';
import { directory } from './directory';
import { expertise } from './expertise';
import { municipalRoadmap } from './municipal-roadmap';
import { registry } from './registry';
import { riskProfile } from './risk-profile';
import { schoolRoadmap } from './school-roadmap';
import { settings } from './settings';

export { directory, expertise, municipalRoadmap, registry, riskProfile, schoolRoadmap, settings };
export { RISK_FACTORS, RISK_FACTORS_2021, RISK_FACTORS_2022, riskSectionTitle, schoolRoadmapFor, periodPhrase } from './school-roadmap';
export { sampleSettings } from './settings';
export { SEED_DEFINITIONS } from './directory';

export const TEMPLATES: readonly SheetTemplate[] = [municipalRoadmap, schoolRoadmap, riskProfile, registry, directory, settings, expertise];

/** The template with this id (exact, or ignoring case and surrounding spaces), or null. */
export function templateById(id: string): SheetTemplate | null {
  const key = String(id ?? '')
    .trim()
    .toLowerCase();
  return TEMPLATES.find((t) => t.id === key) ?? null;
}
