'use strict';
// util.parseEnv: the .env format Node's dotenv parser accepts (KEY=value, `export`, comments,
// single/double/backtick quotes, multi-line double quotes with \n expansion).

function parse(content) {
  const out = {};
  const src = content.replace(/\r\n?/g, '\n');
  const re = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*('(?:\\'|[^'])*'|"(?:\\"|[^"])*"|`(?:\\`|[^`])*`|[^#\n]*)?\s*(?:#.*)?$/mg;
  let m;
  while ((m = re.exec(src)) !== null) {
    const key = m[1];
    let value = (m[2] || '').trim();
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`') && value.endsWith(q) && value.length >= 2) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, '\n');
    }
    out[key] = value;
  }
  return out;
}

module.exports = { parse };
