'use strict';
// util.parseArgs: npm @pkgjs/parseargs (Node's own implementation, packaged). Its package exports
// only the entry point, so we validate the config with Node's validators first and rethrow its
// ERR_PARSE_ARGS_* errors (same texts) as Node's TypeErrors.

const { makeNodeError, codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const {
  validateArray, validateBoolean, validateObject, validateString, validateUnion,
} = require('internal/validators');
const { parseArgs: impl } = require('@pkgjs/parseargs');

function validateConfig(config) {
  const {
    args = [], strict = true, allowPositionals = !strict, tokens = false, options = { __proto__: null },
  } = config;
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(tokens, 'tokens');
  validateObject(options, 'options');
  for (const [longOption, optionConfig] of Object.entries(options)) {
    validateObject(optionConfig, `options.${longOption}`);
    validateUnion(optionConfig.type, `options.${longOption}.type`, ['string', 'boolean']);
    if (Object.prototype.hasOwnProperty.call(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption, 'must be a single character');
      }
    }
    if (Object.prototype.hasOwnProperty.call(optionConfig, 'multiple')) {
      validateBoolean(optionConfig.multiple, `options.${longOption}.multiple`);
    }
  }
}

function parseArgs(config = { __proto__: null }) {
  validateConfig(config);
  try {
    return impl(config);
  } catch (e) {
    if (typeof e?.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS_')) {
      throw makeNodeError(TypeError, e.code, e.message);
    }
    throw e;
  }
}

module.exports = parseArgs;
