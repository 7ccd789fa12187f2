for (let i = 0; i < 5; i++) setTimeout(() => console.log('t', i), 20);
setTimeout(() => console.log('short'), 1);
setTimeout(() => console.log('long'), 60);
setTimeout(() => console.log('mid'), 40);
