// Answers with whatever the request body says the Lambda response should be (raw JSON text).
let input = '';
process.stdin.on('data', c => input += c);
process.stdin.on('end', () => {
  const event = JSON.parse(input);
  process.stdout.write(event.body);
});
