// A TOKEN Lambda authorizer, run by `apigw serve` as a local command: the event arrives on stdin and the answer is
// written to stdout. The same handler logic works on AWS Lambda (export it as `handler`).
//
// Tokens: "allow-<name>" allows every method of the API for principal <name>; "deny" denies explicitly;
// "readonly-<name>" allows GET only; anything else is "Unauthorized" (401).
function authorize(event) {
  const token = event.authorizationToken || '';
  // methodArn: arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}
  const [apiArn, stage] = event.methodArn.split('/');
  const policy = (effect, resource) => ({
    Version: '2012-10-17',
    Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }]
  });
  if (token.startsWith('allow-')) {
    const name = token.substring('allow-'.length);
    // A wildcard resource, so the cached policy also covers the API's other methods.
    return { principalId: name, policyDocument: policy('Allow', `${apiArn}/${stage}/*`),
      context: { role: 'admin', plan: 'gold', since: 2020 } };
  }
  if (token.startsWith('readonly-')) {
    const name = token.substring('readonly-'.length);
    return { principalId: name, policyDocument: policy('Allow', `${apiArn}/${stage}/GET/*`),
      context: { role: 'reader' } };
  }
  if (token === 'deny') {
    return { principalId: 'blocked', policyDocument: policy('Deny', event.methodArn) };
  }
  throw new Error('Unauthorized');
}

exports.handler = async event => authorize(event);

if (require.main === module) {
  let input = '';
  process.stdin.on('data', chunk => input += chunk);
  process.stdin.on('end', () => {
    try {
      process.stdout.write(JSON.stringify(authorize(JSON.parse(input))));
    } catch (e) {
      // What Lambda reports for a thrown error; API Gateway answers 401 when the message is "Unauthorized".
      process.stdout.write(JSON.stringify({ errorMessage: e.message, errorType: 'Error' }));
      process.exit(1);
    }
  });
}
