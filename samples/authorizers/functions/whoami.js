// A Lambda proxy function that answers with what the authorizer established (requestContext.authorizer).
function handler(event) {
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ authorizer: event.requestContext.authorizer, path: event.path })
  };
}

exports.handler = async event => handler(event);

if (require.main === module) {
  let input = '';
  process.stdin.on('data', chunk => input += chunk);
  process.stdin.on('end', () => process.stdout.write(JSON.stringify(handler(JSON.parse(input)))));
}
