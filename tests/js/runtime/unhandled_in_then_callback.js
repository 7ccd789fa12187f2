Promise.resolve(1).then(() => { throw new TypeError('from then'); });
