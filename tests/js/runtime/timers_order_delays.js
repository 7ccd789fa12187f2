// Delays far apart: node takes each timer's start time afresh, so a process paused between two
// setTimeout calls under load shifts the later ones (with 1 vs 20 ms, 'short' ran after 't 1').
for (let i = 0; i < 5; i++) setTimeout(() => console.log('t', i), 150);
setTimeout(() => console.log('short'), 1);
setTimeout(() => console.log('long'), 450);
setTimeout(() => console.log('mid'), 300);
