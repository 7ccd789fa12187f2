setTimeout(() => { const e = new TypeError('bad'); e.code = 'E_X'; e.extra = 1; throw e; });
