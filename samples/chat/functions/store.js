// Where the chat keeps its connection ids: one empty file per connection in a directory (DynamoDB in the AWS
// version of this sample). One file each keeps concurrent $connect/$disconnect runs from overwriting each other.
// CHAT_STORE_DIR overrides the directory; by default it is per API and stage under the system temp directory.
const fs = require('fs');
const os = require('os');
const path = require('path');

function dir(event) {
  const ctx = event.requestContext;
  const d = process.env.CHAT_STORE_DIR || path.join(os.tmpdir(), 'apigw-chat', `${ctx.apiId}-${ctx.stage}`);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

// Connection ids are base64 (they may hold '/' and '+'), so they are stored URL-encoded.
exports.add = (event, id) => fs.writeFileSync(path.join(dir(event), encodeURIComponent(id)), '');
exports.remove = (event, id) => fs.rmSync(path.join(dir(event), encodeURIComponent(id)), { force: true });
exports.all = (event) => fs.readdirSync(dir(event)).map(decodeURIComponent);

// Runs a handler the way apigw runs local functions: the event on stdin, the result as JSON on stdout.
exports.run = (handler) => {
  let input = '';
  process.stdin.on('data', (chunk) => (input += chunk));
  process.stdin.on('end', async () => {
    try {
      process.stdout.write(JSON.stringify(await handler(JSON.parse(input))));
    } catch (e) {
      process.stdout.write(JSON.stringify({ errorMessage: String(e && e.message), errorType: 'Error' }));
      process.exit(1);
    }
  });
};
