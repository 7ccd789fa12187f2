'use strict';
// Event, EventTarget, CustomEvent, DOMException as Node provides them (WHATWG semantics with
// Node's error routing: a throwing listener becomes an uncaught exception on the next tick).

const kStop = Symbol('stop');
const kTarget = Symbol('target');
const kDefaultPrevented = Symbol('defaultPrevented');

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #timeStamp;
  constructor(type, options = undefined) {
    if (arguments.length === 0) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS('type');
    }
    this.#type = `${type}`;
    this.#bubbles = !!(options && options.bubbles);
    this.#cancelable = !!(options && options.cancelable);
    this.#composed = !!(options && options.composed);
    this.#timeStamp = globalThis.performance ? globalThis.performance.now() : 0;
    this[kDefaultPrevented] = false;
    this[kStop] = false;
    this[kTarget] = null;
  }
  get type() { return this.#type; }
  get bubbles() { return this.#bubbles; }
  get cancelable() { return this.#cancelable; }
  get composed() { return this.#composed; }
  get timeStamp() { return this.#timeStamp; }
  get target() { return this[kTarget]; }
  get currentTarget() { return this[kTarget]; }
  get srcElement() { return this[kTarget]; }
  get eventPhase() { return this[kTarget] ? 2 : 0; }
  get defaultPrevented() { return this.#cancelable && this[kDefaultPrevented]; }
  get returnValue() { return !this.defaultPrevented; }
  get isTrusted() { return false; }
  get cancelBubble() { return this[kStop]; }
  set cancelBubble(v) { if (v) this[kStop] = true; }
  composedPath() { return this[kTarget] ? [this[kTarget]] : []; }
  preventDefault() { this[kDefaultPrevented] = true; }
  stopPropagation() { this[kStop] = true; }
  stopImmediatePropagation() { this[kStop] = true; }
  get [Symbol.toStringTag]() { return 'Event'; }
}
Object.assign(Event, { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 });

class CustomEvent extends Event {
  #detail;
  constructor(type, options = {}) {
    super(type, options);
    this.#detail = options && options.detail !== undefined ? options.detail : null;
  }
  get detail() { return this.#detail; }
  get [Symbol.toStringTag]() { return 'CustomEvent'; }
}

const kListeners = Symbol('kEvents');

class EventTarget {
  constructor() {
    Object.defineProperty(this, kListeners, { value: new Map(), enumerable: false });
  }

  addEventListener(type, listener, options = undefined) {
    if (listener === null || listener === undefined) return;
    const opts = typeof options === 'boolean' ? { capture: options } : (options || {});
    const { once = false, capture = false, passive = false, signal } = opts;
    if (signal && signal.aborted) return;
    let list = this[kListeners].get(type);
    if (!list) {
      list = [];
      this[kListeners].set(type, list);
    }
    if (list.some((l) => l.listener === listener && l.capture === !!capture)) return;
    const entry = { listener, once: !!once, capture: !!capture, passive: !!passive, removed: false };
    list.push(entry);
    if (signal) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    const list = this[kListeners].get(type);
    if (!list) return;
    const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i !== -1) {
      list[i].removed = true;
      list.splice(i, 1);
    }
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    }
    event[kTarget] = this;
    const list = this[kListeners].get(event.type);
    if (list) {
      for (const entry of list.slice()) {
        if (entry.removed) continue;
        if (entry.once) this.removeEventListener(event.type, entry.listener, entry);
        try {
          const l = entry.listener;
          const result = typeof l === 'function' ? l.call(this, event) : l.handleEvent(event);
          if (result && typeof result.then === 'function') {
            result.then(undefined, (err) => process.nextTick(() => { throw err; }));
          }
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
        if (event[kStop] && event.cancelBubble) break;
      }
    }
    return !event.defaultPrevented;
  }

  get [Symbol.toStringTag]() { return 'EventTarget'; }
}

const DOM_CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

class DOMException extends Error {
  #name;
  constructor(message = '', options = 'Error') {
    super(`${message}`);
    if (options !== null && typeof options === 'object') {
      this.#name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, configurable: true, writable: true, enumerable: false });
      }
    } else {
      this.#name = `${options}`;
    }
  }
  get name() { return this.#name; }
  get code() { return DOM_CODES[this.#name] || 0; }
  get [Symbol.toStringTag]() { return 'DOMException'; }
}
for (const [name, code] of Object.entries(DOM_CODES)) {
  const key = name.replace(/Error$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() + '_ERR';
  Object.defineProperty(DOMException, key, { value: code, enumerable: true });
}

module.exports = {
  Event, CustomEvent, EventTarget, DOMException, kListeners,
  get TextEncoder() { return require('internal/util/encoding').OwnTextEncoder; },
  get TextDecoder() { return require('internal/util/encoding').OwnTextDecoder; },
};
