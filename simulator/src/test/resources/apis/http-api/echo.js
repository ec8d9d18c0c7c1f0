// Returns the event it received as the body, so tests can inspect it.
let input = '';
process.stdin.on('data', c => input += c);
process.stdin.on('end', () => {
  console.log('a log line the runner must ignore');
  const event = JSON.parse(input);
  process.stdout.write(JSON.stringify({
    statusCode: 200,
    headers: { 'Content-Type': 'application/json', 'X-Number': 7 },
    multiValueHeaders: { 'X-Multi': ['a', 'b'], 'X-Number': ['6'] },
    body: JSON.stringify(event)
  }) + '\n');
});
