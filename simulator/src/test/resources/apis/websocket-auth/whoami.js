// Answers with the authorizer context API Gateway put in requestContext.
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const event = JSON.parse(input);
  process.stdout.write(JSON.stringify({ statusCode: 200, body: JSON.stringify(event.requestContext.authorizer) }));
});
