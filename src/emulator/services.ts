/**
 * The other services: PropertiesService, CacheService, LockService, Session, Utilities, ScriptApp
 * (triggers) and Logger.
 */
import { randomUUID } from 'crypto';
import { counted } from './counting';
import { formatDate } from './dates';
import { AuthMode, AuthorizationStatus, EventType, TriggerSource } from './enums';
import { GasException } from './errors';
import type { LockKind, PropertyScope, TriggerRecord } from './types';
import type { World } from './world';

const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;

class PropertiesImpl {
  constructor(private readonly _map: Map<string, string>) {}
  getProperty(key: string): string | null {
    return this._map.has(key) ? (this._map.get(key) as string) : null;
  }
  setProperty(key: string, value: string): this {
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > MAX_PROPERTY_VALUE_BYTES) throw new GasException('Argument too large: value');
    this._map.set(String(key), v);
    return this;
  }
  deleteProperty(key: string): this {
    this._map.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._map);
  }
  getKeys(): string[] {
    return [...this._map.keys()];
  }
  setProperties(props: Record<string, unknown>, deleteAllOthers = false): this {
    for (const v of Object.values(props)) {
      if (Buffer.byteLength(String(v), 'utf8') > MAX_PROPERTY_VALUE_BYTES) throw new GasException('Argument too large: value');
    }
    if (deleteAllOthers) this._map.clear();
    for (const [k, v] of Object.entries(props)) this._map.set(k, String(v));
    return this;
  }
  deleteAllProperties(): this {
    this._map.clear();
    return this;
  }
}

export class PropertiesServiceImpl {
  constructor(private readonly _w: World) {}
  private _get(scope: PropertyScope, method: string): GoogleAppsScript.Properties.Properties {
    this._w.requireData(`PropertiesService.${method}`);
    return counted('Properties', new PropertiesImpl(this._w.props[scope]), this._w, (m) =>
      this._w.requireData(m),
    ) as unknown as GoogleAppsScript.Properties.Properties;
  }
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return this._get('document', 'getDocumentProperties');
  }
  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return this._get('user', 'getUserProperties');
  }
  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return this._get('script', 'getScriptProperties');
  }
}

class CacheImpl {
  constructor(private readonly _map: Map<string, string>) {}
  get(key: string): string | null {
    return this._map.get(key) ?? null;
  }
  put(key: string, value: string, _ttl?: number): void {
    if (Buffer.byteLength(String(value), 'utf8') > 100 * 1024) throw new GasException('Argument too large: value');
    this._map.set(key, String(value));
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) if (this._map.has(k)) out[k] = this._map.get(k) as string;
    return out;
  }
  putAll(values: Record<string, string>, _ttl?: number): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v);
  }
  remove(key: string): void {
    this._map.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this._map.delete(k);
  }
}

export class CacheServiceImpl {
  constructor(private readonly _w: World) {}
  getDocumentCache(): GoogleAppsScript.Cache.Cache {
    return counted('Cache', new CacheImpl(this._w.caches.document), this._w) as unknown as GoogleAppsScript.Cache.Cache;
  }
  getUserCache(): GoogleAppsScript.Cache.Cache {
    return counted('Cache', new CacheImpl(this._w.caches.user), this._w) as unknown as GoogleAppsScript.Cache.Cache;
  }
  getScriptCache(): GoogleAppsScript.Cache.Cache {
    return counted('Cache', new CacheImpl(this._w.caches.script), this._w) as unknown as GoogleAppsScript.Cache.Cache;
  }
}

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

class LockImpl {
  constructor(
    private readonly _w: World,
    private readonly _kind: LockKind,
  ) {}
  tryLock(_timeoutMs: number): boolean {
    if (this._w.locks[this._kind] === 'self') return true;
    if (this._w.otherHolds[this._kind]) return false;
    this._w.locks[this._kind] = 'self';
    return true;
  }
  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs)) throw new GasException(LOCK_TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    return this._w.locks[this._kind] === 'self';
  }
  releaseLock(): void {
    if (this._w.locks[this._kind] !== 'self') return;
    this._w.locks[this._kind] = null;
    this._w.afterRelease();
  }
}

export class LockServiceImpl {
  constructor(private readonly _w: World) {}
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return counted('Lock', new LockImpl(this._w, 'document'), this._w) as unknown as GoogleAppsScript.Lock.Lock;
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return counted('Lock', new LockImpl(this._w, 'script'), this._w) as unknown as GoogleAppsScript.Lock.Lock;
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return counted('Lock', new LockImpl(this._w, 'user'), this._w) as unknown as GoogleAppsScript.Lock.Lock;
  }
}

export class SessionImpl {
  constructor(private readonly _w: World) {}
  private _user(): GoogleAppsScript.Base.User {
    const email = this._w.auth === 'NONE' ? '' : this._w.email;
    return counted('User', { getEmail: () => email, getUserLoginId: () => email }, this._w) as unknown as GoogleAppsScript.Base.User;
  }
  getActiveUser(): GoogleAppsScript.Base.User {
    return this._user();
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this._user();
  }
  getScriptTimeZone(): string {
    return this._w.scriptTz;
  }
  getActiveUserLocale(): string {
    return this._w.locale.split('_')[0];
  }
  getTemporaryActiveUserKey(): string {
    return 'fake-temporary-user-key';
  }
}

export class UtilitiesImpl {
  constructor(private readonly _w: World) {}
  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }
  sleep(ms: number): void {
    this._w.slept += ms;
  }
  getUuid(): string {
    return randomUUID();
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%[sdif%]/g, (t) => (t === '%%' ? '%' : String(args[i++])));
  }
  base64Encode(data: string): string {
    return Buffer.from(data, 'utf8').toString('base64');
  }
  base64Decode(data: string): number[] {
    return [...Buffer.from(data, 'base64')].map((b) => (b > 127 ? b - 256 : b));
  }
}

class TriggerBuilderImpl {
  private _rec: TriggerRecord;
  constructor(
    private readonly _w: World,
    handler: string,
  ) {
    this._rec = { id: randomUUID(), handler, kind: 'CLOCK', details: {} };
  }
  timeBased(): this {
    this._rec.kind = 'CLOCK';
    return this;
  }
  forSpreadsheet(_ss: unknown): this {
    return this;
  }
  onOpen(): this {
    this._rec.kind = 'ON_OPEN';
    return this;
  }
  onEdit(): this {
    this._rec.kind = 'ON_EDIT';
    return this;
  }
  onChange(): this {
    this._rec.kind = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): this {
    this._rec.kind = 'ON_FORM_SUBMIT';
    return this;
  }
  after(ms: number): this {
    this._rec.details.after = ms;
    return this;
  }
  at(d: Date): this {
    this._rec.details.at = d;
    return this;
  }
  everyMinutes(n: number): this {
    this._rec.details.everyMinutes = n;
    return this;
  }
  everyHours(n: number): this {
    this._rec.details.everyHours = n;
    return this;
  }
  everyDays(n: number): this {
    this._rec.details.everyDays = n;
    return this;
  }
  atHour(h: number): this {
    this._rec.details.atHour = h;
    return this;
  }
  nearMinute(m: number): this {
    this._rec.details.nearMinute = m;
    return this;
  }
  inTimezone(tz: string): this {
    this._rec.details.timezone = tz;
    return this;
  }
  create(): GoogleAppsScript.Script.Trigger {
    if (this._w.triggers.length >= 20)
      throw new GasException('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    const rec = { ...this._rec, details: { ...this._rec.details } };
    this._w.triggers.push(rec);
    return triggerProxy(this._w, rec);
  }
}

function triggerProxy(w: World, rec: TriggerRecord): GoogleAppsScript.Script.Trigger {
  return counted(
    'Trigger',
    {
      getUniqueId: () => rec.id,
      getHandlerFunction: () => rec.handler,
      getEventType: () => rec.kind,
      getTriggerSource: () => (rec.kind === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS'),
      _rec: rec,
    },
    w,
  ) as unknown as GoogleAppsScript.Script.Trigger;
}

export class ScriptAppImpl {
  AuthMode = AuthMode;
  AuthorizationStatus = AuthorizationStatus;
  TriggerSource = TriggerSource;
  EventType = EventType;
  constructor(private readonly _w: World) {}
  getScriptId(): string {
    return 'fake-script-id';
  }
  getOAuthToken(): string {
    return 'fake-oauth-token';
  }
  newTrigger(handler: string): GoogleAppsScript.Script.TriggerBuilder {
    return counted('TriggerBuilder', new TriggerBuilderImpl(this._w, handler), this._w) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this._w.triggers.map((t) => triggerProxy(this._w, t));
  }
  getUserTriggers(_doc: unknown): GoogleAppsScript.Script.Trigger[] {
    return this.getProjectTriggers();
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id = trigger.getUniqueId();
    this._w.triggers = this._w.triggers.filter((t) => t.id !== id);
  }
  getAuthorizationInfo(_mode: unknown): unknown {
    return counted(
      'AuthorizationInfo',
      {
        getAuthorizationStatus: () => 'NOT_REQUIRED',
        getAuthorizationUrl: () => null,
        getAuthorizedScopes: () => [],
      },
      this._w,
    );
  }
}

export class LoggerImpl {
  constructor(private readonly _w: World) {}
  log(format: unknown, ...values: unknown[]): this {
    let i = 0;
    const msg =
      typeof format === 'string' && values.length > 0
        ? format.replace(/%s|%d/g, () => String(values[i++]))
        : typeof format === 'string'
          ? format
          : JSON.stringify(format);
    this._w.logs.push(msg);
    return this;
  }
  getLog(): string {
    return this._w.logs.join('\n');
  }
  clear(): void {
    this._w.logs.length = 0;
  }
}
