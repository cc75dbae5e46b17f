/**
 * The fake's state controls for tests (not counted): the auth mode, the open event, another execution
 * holding a lock or interleaving with this one, and loading a sheet with raw values.
 */
import { AuthMode } from './enums';
import { SheetModel } from './model';
import type { FakeGas, LockKind } from './types';
import type { World } from './world';

/** The FakeGas members that change the world's state from outside the services. */
export type StateControl = Pick<
  FakeGas,
  'authMode' | 'setAuthMode' | 'openEvent' | 'simulateOtherExecutionHoldingLock' | 'interleave' | 'interleaved' | 'lockState' | 'loadSheet'
>;

export function stateControl(w: World): StateControl {
  return {
    authMode: () => w.auth,
    setAuthMode: (m) => {
      w.auth = m;
    },
    openEvent: () =>
      w.auth === 'NONE' ? { authMode: AuthMode[w.auth] } : { authMode: AuthMode[w.auth], source: w.spreadsheetProxy, user: { getEmail: () => w.email } },
    simulateOtherExecutionHoldingLock: (held, kind) => {
      const kinds: LockKind[] = kind ? [kind] : ['document', 'script', 'user'];
      for (const k of kinds) w.otherHolds[k] = held;
    },
    interleave: (atCall, other) => {
      w.interleaving = { at: Math.max(1, atCall), calls: 0, run: other, deferred: false, outcome: 'pending' };
    },
    interleaved: () => w.interleaving?.outcome ?? 'pending',
    lockState: () => {
      const state = (k: LockKind) => (w.locks[k] === 'self' ? 'self' : w.otherHolds[k] ? 'other' : null);
      return { document: state('document'), script: state('script'), user: state('user') };
    },
    loadSheet: (name, values) => {
      let s = w.sheetByName(name);
      if (!s) {
        s = new SheetModel(w.newSheetId(), name);
        w.sheets.push(s);
      }
      s.load(values);
    },
  };
}
