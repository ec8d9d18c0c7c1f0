// An HTTP API Lambda authorizer (payload 2.0, simple responses) steered by the Authorization header.
let input = '';
process.stdin.on('data', c => input += c);
process.stdin.on('end', () => {
  const event = JSON.parse(input);
  const token = event.identitySource[0];
  if (token === 'unauth') {
    process.stdout.write(JSON.stringify({ errorMessage: 'Unauthorized' }));
    process.exit(1);
  }
  if (token === 'boom') {
    process.stdout.write('not json');
    return;
  }
  process.stdout.write(JSON.stringify({
    isAuthorized: token === 'allow',
    context: { user: 'alice', type: event.type, version: event.version, routeArn: event.routeArn },
  }));
});
