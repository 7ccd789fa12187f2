Promise.reject(null).catch((e) => console.log('caught', e));
Promise.reject(undefined).catch((e) => console.log('caught', e));
Promise.reject(0).catch((e) => console.log('caught', e));
Promise.reject('').catch((e) => console.log('caught', JSON.stringify(e)));
Promise.reject(false).catch((e) => console.log('caught', e));
