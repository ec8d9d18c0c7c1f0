// A REQUEST authorizer: allows everything for the user named in the query string and hands back the event it got.
let input = '';
process.stdin.on('data', c => input += c);
process.stdin.on('end', () => {
  const event = JSON.parse(input);
  const user = event.queryStringParameters && event.queryStringParameters.user;
  if (user === 'nobody') {
    process.stdout.write(JSON.stringify({ errorMessage: 'Unauthorized' }));
    process.exit(1);
  }
  process.stdout.write(JSON.stringify({
    principalId: user,
    policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: event.methodArn }] },
    context: { event: JSON.stringify(event) }
  }));
});
