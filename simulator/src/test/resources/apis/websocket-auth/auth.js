// token=allow → Allow (context user=alice), token=deny → Deny, token=nobody → "Unauthorized" error.
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const event = JSON.parse(input);
  const token = event.queryStringParameters.token;
  if (token === 'nobody') {
    process.stdout.write(JSON.stringify({ errorMessage: 'Unauthorized' }));
    process.exit(1);
  }
  process.stdout.write(JSON.stringify({
    principalId: 'alice',
    policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke',
      Effect: token === 'allow' ? 'Allow' : 'Deny', Resource: event.methodArn }] },
    context: { user: 'alice', methodArn: event.methodArn, type: event.type },
  }));
});
