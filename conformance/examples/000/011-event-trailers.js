stream.on('trailers', (headers, flags) => {
console.log(headers);
});
