exports.named = 'n';
exports.other = 'o';
