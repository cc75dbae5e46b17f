/*
 * A stand-in for the client-side `google.script` API of Apps Script HTML service pages, injected by
 * test/ui/harness.ts before any page script runs. Plain browser JavaScript (not compiled), read as text.
 *
 * Expects `window.__GAS_HARNESS_CONFIG__ = { functions: string[] }` to be defined first, and two
 * functions exposed by Playwright: `__gasHarnessCall(name, argsJson) -> Promise<envelopeJson>` and
 * `__gasHarnessEvent(eventJson)`.
 *
 * Behaviour modelled on the real google.script.run:
 * - every access of `google.script.run` gives a fresh runner; withSuccessHandler / withFailureHandler /
 *   withUserObject return a new runner carrying the settings;
 * - there is one method per server function; unknown names are undefined;
 * - calls return undefined at once and handlers always run later, as tasks of their own;
 * - success handlers get (result, userObject), failure handlers get (Error, userObject);
 *   with no failure handler the error is thrown as an uncaught error;
 * - legal arguments: primitives, null, plain objects and arrays of legal values; a <form> only as the sole
 *   argument (sent as {name: value}); Date, functions, DOM elements, Map/Set/class instances and circular
 *   references fail the call without reaching the server; undefined in arrays becomes null and undefined
 *   object fields are dropped (JSON semantics).
 */
/* global window, Node, HTMLFormElement */
(function () {
  'use strict';
  var config = window.__GAS_HARNESS_CONFIG__ || { functions: [] };
  var CALL = '__gasHarnessCall';
  var EVENT = '__gasHarnessEvent';
  var pending = 0;

  function report(event) {
    try {
      var p = window[EVENT](JSON.stringify(event));
      if (p && typeof p.catch === 'function') p.catch(function () {});
    } catch {
      /* the harness is gone (page closing) */
    }
  }

  function kindOf(value) {
    if (typeof Node !== 'undefined' && value instanceof Node) return 'DOM ' + (value.nodeName || 'node');
    var tag = Object.prototype.toString.call(value).slice(8, -1);
    if (tag !== 'Object') return tag;
    var ctor = value && value.constructor;
    return ctor && ctor.name ? ctor.name + ' instance' : 'object';
  }

  /** Returns null when legal, else { path, kind }. `stack` holds the ancestors (for cycles). */
  function findIllegal(value, path, stack) {
    if (value === null || value === undefined) return null;
    var t = typeof value;
    if (t === 'string' || t === 'number' || t === 'boolean') return null;
    if (t !== 'object') return { path: path, kind: t };
    if (stack.indexOf(value) >= 0) return { path: path, kind: 'circular reference' };
    var proto = Object.getPrototypeOf(value);
    var isArray = Array.isArray(value) && proto === Array.prototype;
    if (!isArray && proto !== Object.prototype && proto !== null) return { path: path, kind: kindOf(value) };
    stack.push(value);
    var keys = isArray
      ? value.map(function (_, i) {
          return i;
        })
      : Object.keys(value);
    for (var i = 0; i < keys.length; i++) {
      var bad = findIllegal(value[keys[i]], path + '.' + keys[i], stack);
      if (bad) return bad;
    }
    stack.pop();
    return null;
  }

  function isForm(value) {
    return typeof HTMLFormElement !== 'undefined' && value instanceof HTMLFormElement;
  }

  function serialiseForm(form) {
    var out = {};
    function add(name, value) {
      if (Object.prototype.hasOwnProperty.call(out, name)) {
        if (!Array.isArray(out[name])) out[name] = [out[name]];
        out[name].push(value);
      } else {
        out[name] = value;
      }
    }
    var elements = form.elements;
    for (var i = 0; i < elements.length; i++) {
      var el = elements[i];
      if (!el.name || el.disabled) continue;
      var tag = el.tagName;
      var type = String(el.type || '').toLowerCase();
      if (tag === 'FIELDSET' || tag === 'OBJECT' || tag === 'OUTPUT' || tag === 'BUTTON') continue;
      if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') continue;
      if ((type === 'checkbox' || type === 'radio') && !el.checked) continue;
      if (type === 'file') {
        // Real Apps Script sends Blobs; the harness sends the file names.
        add(
          el.name,
          Array.prototype.map.call(el.files || [], function (f) {
            return f.name;
          }),
        );
      } else if (tag === 'SELECT' && el.multiple) {
        for (var j = 0; j < el.options.length; j++) if (el.options[j].selected) add(el.name, el.options[j].value);
      } else {
        add(el.name, el.value);
      }
    }
    return out;
  }

  function later(fn) {
    setTimeout(function () {
      try {
        fn();
      } finally {
        pending--;
      }
    }, 0);
  }

  function settleFailure(settings, error) {
    later(function () {
      if (settings.failure) settings.failure(error, settings.userObject);
      else throw error; // uncaught, like Apps Script without a failure handler
    });
  }

  function settleSuccess(settings, value) {
    later(function () {
      if (settings.success) settings.success(value, settings.userObject);
    });
  }

  function makeError(message, name) {
    var e = new Error(message);
    if (name) e.name = name;
    return e;
  }

  function invoke(name, args, settings) {
    pending++;
    var payload;
    if (args.length === 1 && isForm(args[0])) {
      payload = [serialiseForm(args[0])];
    } else {
      for (var i = 0; i < args.length; i++) {
        var bad = isForm(args[i]) ? { path: String(i), kind: 'form element (legal only as the sole argument)' } : findIllegal(args[i], String(i), []);
        if (bad) {
          report({ type: 'rejected', name: name, path: bad.path, kind: bad.kind });
          settleFailure(settings, makeError('Failed due to illegal value in property: ' + bad.path));
          return undefined;
        }
      }
      payload = args;
    }
    var json = JSON.stringify(payload);
    window[CALL](name, json).then(
      function (envelopeJson) {
        var env = JSON.parse(envelopeJson);
        if (env.ok) settleSuccess(settings, env.undefined ? undefined : env.value);
        else settleFailure(settings, makeError(env.message, env.name));
      },
      function (err) {
        settleFailure(settings, makeError(String((err && err.message) || err)));
      },
    );
    return undefined;
  }

  function makeRunner(settings) {
    var runner = {};
    function withSetting(key) {
      return function (value) {
        if (key !== 'userObject' && typeof value !== 'function') {
          throw new TypeError('google.script.run: handler must be a function');
        }
        var next = { success: settings.success, failure: settings.failure, userObject: settings.userObject };
        next[key] = value;
        return makeRunner(next);
      };
    }
    runner.withSuccessHandler = withSetting('success');
    runner.withFailureHandler = withSetting('failure');
    runner.withUserObject = withSetting('userObject');
    config.functions.forEach(function (name) {
      runner[name] = function () {
        return invoke(name, Array.prototype.slice.call(arguments), settings);
      };
    });
    return runner;
  }

  function parseQuery() {
    var parameter = {};
    var parameters = {};
    var search = (window.location && window.location.search) || '';
    search
      .replace(/^\?/, '')
      .split('&')
      .forEach(function (pair) {
        if (!pair) return;
        var kv = pair.split('=');
        var k = decodeURIComponent(kv[0]);
        var v = decodeURIComponent((kv[1] || '').replace(/\+/g, ' '));
        if (!(k in parameter)) parameter[k] = v;
        (parameters[k] = parameters[k] || []).push(v);
      });
    return { parameter: parameter, parameters: parameters };
  }

  var script = {};
  Object.defineProperty(script, 'run', {
    enumerable: true,
    get: function () {
      return makeRunner({ success: undefined, failure: undefined, userObject: undefined });
    },
  });
  script.host = {
    origin: 'https://docs.google.com',
    close: function () {
      report({ type: 'close' });
    },
    setHeight: function (h) {
      report({ type: 'setHeight', value: h });
    },
    setWidth: function (w) {
      report({ type: 'setWidth', value: w });
    },
    editor: {
      focus: function () {
        report({ type: 'editor.focus' });
      },
    },
  };
  script.url = {
    getLocation: function (callback) {
      var q = parseQuery();
      var hash = String((window.location && window.location.hash) || '').replace(/^#/, '');
      setTimeout(function () {
        callback({ hash: hash, parameter: q.parameter, parameters: q.parameters });
      }, 0);
    },
  };
  script.history = {
    push: function (state, params, hash) {
      report({ type: 'history.push', value: [state, params, hash] });
    },
    replace: function (state, params, hash) {
      report({ type: 'history.replace', value: [state, params, hash] });
    },
    setChangeHandler: function () {},
  };

  window.google = window.google || {};
  window.google.script = script;
  Object.defineProperty(window, '__gasHarness', {
    value: {
      pending: function () {
        return pending;
      },
    },
  });
})();
