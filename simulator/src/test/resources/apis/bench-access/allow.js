// Allows every method; called once, then cached for an hour.
process.stdin.resume();
process.stdin.on('end', () => process.stdout.write(JSON.stringify({
  principalId: 'bench',
  policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: '*' }] },
})));
