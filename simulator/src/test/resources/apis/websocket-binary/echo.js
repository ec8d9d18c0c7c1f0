// Returns the WebSocket event it received as the body, so tests can inspect it.
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  process.stdout.write(JSON.stringify({ statusCode: 200, body: input }));
});
