Promise.reject(new Error('chained')).then(() => console.log('never'));
