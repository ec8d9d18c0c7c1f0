// A TOKEN authorizer whose answer depends on the token, so tests can drive every outcome.
let input = '';
process.stdin.on('data', c => input += c);
process.stdin.on('end', () => {
  const event = JSON.parse(input);
  const token = event.authorizationToken;
  const apiArn = event.methodArn.split('/')[0];
  const policy = (effect, resource) => ({
    Version: '2012-10-17',
    Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }]
  });
  const answer = body => process.stdout.write(JSON.stringify(body));
  const fail = message => { process.stdout.write(JSON.stringify({ errorMessage: message, errorType: 'Error' })); process.exit(1); };
  switch (token) {
    case 'allow':
      return answer({ principalId: 'user-allow', policyDocument: policy('Allow', event.methodArn),
        context: { tier: 'gold', count: 3, admin: true, event: JSON.stringify(event) }, usageIdentifierKey: 'key-123' });
    case 'wildcard':
      return answer({ principalId: 'user-wild', policyDocument: policy('Allow', apiArn + '/*') });
    case 'question':
      return answer({ principalId: 'user-q', policyDocument: policy('Allow', apiArn + '/dev/GET/cached/?') });
    case 'single':
      return answer({ principalId: 'user-single', policyDocument: { Version: '2012-10-17',
        Statement: { Effect: 'Allow', Action: ['s3:GetObject', 'execute-api:*'], Resource: ['arn:aws:s3:::x', '*'] } } });
    case 'deny':
      return answer({ principalId: 'user-deny', policyDocument: { Version: '2012-10-17', Statement: [
        { Action: '*', Effect: 'Allow', Resource: '*' },
        { Action: 'execute-api:Invoke', Effect: 'Deny', Resource: event.methodArn }] } });
    case 'elsewhere':
      return answer({ principalId: 'user-elsewhere', policyDocument: policy('Allow', apiArn + '/dev/GET/other') });
    case 'unauthorized':
      return fail('Unauthorized');
    case 'crash':
      return fail('boom');
    case 'nopolicy':
      return answer({ principalId: 'user-nopolicy' });
    case 'noprincipal':
      return answer({ policyDocument: policy('Allow', '*') });
    case 'garbage':
      return process.stdout.write('not json at all');
    case 'nested':
      return answer({ principalId: 'user-nested', policyDocument: policy('Allow', '*'), context: { a: { b: 1 } } });
    default:
      return fail('Unauthorized');
  }
});
