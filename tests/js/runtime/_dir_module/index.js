module.exports = 'index of dir';
