// errors delivered to callbacks print without frames ([Error: …]); promise rejections with frames
const fs = require('fs');
fs.readFile('/nonexistent-nc/x', (err) => {
  console.log(err);
  fs.stat('/nonexistent-nc', (err2) => {
    console.log(err2, err2.stack.split('\n').length);
    fs.mkdir('/', (err3) => {
      console.log(err3);
      require('fs/promises').readFile('/nonexistent-nc').catch((e) => console.log(e));
    });
  });
});
