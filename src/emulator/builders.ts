/**
 * Builders for data validation, conditional format rules and embedded charts, and the conversions
 * between a validation rule object, its model and the record tests assert on.
 */
import { a1Of } from './a1';
import { counted } from './counting';
import { GasException } from './errors';
import { type DataValidationModel, SheetModel } from './model';
import type { RangeImpl } from './range';
import type { ChartRecord, ConditionalRuleRecord, RangeT, ValidationRecord } from './types';
import type { World } from './world';

export class DataValidationImpl {
  constructor(
    readonly _m: DataValidationModel,
    protected readonly _w: World,
  ) {}
  getCriteriaType(): string {
    return this._m.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._m.values];
  }
  getAllowInvalid(): boolean {
    return this._m.allowInvalid;
  }
  getHelpText(): string {
    return this._m.helpText;
  }
  copy(): unknown {
    return newValidationBuilder(this._w, { ...this._m, values: [...this._m.values] });
  }
}

class DataValidationBuilderImpl extends DataValidationImpl {
  private _set(criteria: string, values: unknown[]): this {
    this._m.criteria = criteria;
    this._m.values = values;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this._set('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireValueInRange(range: RangeT, showDropdown = true): this {
    return this._set('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this._set('CHECKBOX', checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked]);
  }
  requireDate(): this {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(d: Date): this {
    return this._set('DATE_AFTER', [d]);
  }
  requireDateBefore(d: Date): this {
    return this._set('DATE_BEFORE', [d]);
  }
  requireDateBetween(a: Date, b: Date): this {
    return this._set('DATE_BETWEEN', [a, b]);
  }
  requireNumberBetween(a: number, b: number): this {
    return this._set('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberGreaterThanOrEqualTo(a: number): this {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [a]);
  }
  requireNumberLessThanOrEqualTo(a: number): this {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [a]);
  }
  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this._m.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this._m.helpText = text;
    return this;
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (this._m.criteria === '') throw new GasException('The data validation rule has no criteria.');
    const frozen = { ...this._m, values: [...this._m.values] };
    return counted('DataValidation', new DataValidationImpl(frozen, this._w), this._w) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
}

export class EmbeddedChartBuilderImpl {
  readonly _c: ChartRecord = { type: 'BAR', ranges: [], position: { row: 1, col: 1 }, options: {} };
  setChartType(type: unknown): this {
    this._c.type = String(type);
    return this;
  }
  addRange(range: RangeT): this {
    this._c.ranges.push(range.getA1Notation());
    return this;
  }
  setPosition(row: number, col: number, _ox: number, _oy: number): this {
    this._c.position = { row, col };
    return this;
  }
  setOption(key: string, value: unknown): this {
    this._c.options[key] = value;
    return this;
  }
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    if (this._c.ranges.length === 0) throw new GasException('The chart has no data ranges.');
    return { _c: { ...this._c, ranges: [...this._c.ranges], options: { ...this._c.options } } } as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }
}

export class ConditionalFormatRuleBuilderImpl {
  readonly _r: ConditionalRuleRecord = { criteria: '', value: '', background: null, bold: null, ranges: [] };
  constructor(private readonly _w: World) {}
  whenTextEqualTo(text: string): this {
    this._r.criteria = 'TEXT_EQUAL_TO';
    this._r.value = text;
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    if (!formula.startsWith('=')) throw new GasException('Invalid formula: a custom formula must start with "="');
    this._r.criteria = 'CUSTOM_FORMULA';
    this._r.value = formula;
    return this;
  }
  setBackground(colour: string | null): this {
    this._r.background = colour;
    return this;
  }
  setBold(bold: boolean | null): this {
    this._r.bold = bold;
    return this;
  }
  setRanges(ranges: RangeT[]): this {
    this._r.ranges = ranges.map((r) => r.getA1Notation());
    return this;
  }
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    if (this._r.criteria === '') throw new GasException('The conditional format rule has no condition.');
    if (this._r.ranges.length === 0) throw new GasException('The conditional format rule has no ranges.');
    return { _r: { ...this._r, ranges: [...this._r.ranges] } } as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  }
}

export function newValidationBuilder(w: World, m?: DataValidationModel): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  const model = m ?? { criteria: '', values: [], allowInvalid: true, helpText: '' };
  return counted('DataValidationBuilder', new DataValidationBuilderImpl(model, w), w) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
}

export function validationModelOf(rule: unknown): DataValidationModel | undefined {
  if (rule === null || rule === undefined) return undefined;
  const m = (rule as { _m?: DataValidationModel })._m;
  if (!m) throw new GasException('Invalid argument: rule');
  return { ...m, values: [...m.values] };
}

export function validationRecord(m: DataValidationModel | undefined): ValidationRecord | null {
  if (!m) return null;
  const values = m.values.map((v) => {
    const inner = v as { _sheet?: SheetModel; _row?: number } | null;
    if (inner && typeof inner === 'object' && inner._sheet instanceof SheetModel) {
      const r = v as unknown as RangeImpl;
      return `${r._sheet.name}!${a1Of(r._row, r._col, r._nr, r._nc)}`;
    }
    return Array.isArray(v) ? [...v] : v;
  });
  return { criteria: m.criteria, values, allowInvalid: m.allowInvalid, helpText: m.helpText };
}
