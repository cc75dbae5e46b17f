/**
 * Stands in for @jspreadsheet/formula in the playground's bundle (scripts/build-playground.mjs aliases
 * it here). The grid never evaluates a formula: the emulator holds every value and formula, and the
 * grid runs with parseFormulas off. Should jspreadsheet ask anyway, the formula stays as it is.
 */
export default function noFormula(expression: string): string {
  return `=${expression}`;
}
