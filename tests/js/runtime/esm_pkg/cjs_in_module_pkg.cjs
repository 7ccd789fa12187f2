console.log('cjs file in a module package', typeof require, this === module.exports);
