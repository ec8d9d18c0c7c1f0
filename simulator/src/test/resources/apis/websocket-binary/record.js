// $disconnect: writes the event it got to <tmpdir>/apigw-ws-disconnect-<connectionId>.json, so tests can check it.
const fs = require('fs');
const os = require('os');
const path = require('path');
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const id = JSON.parse(input).requestContext.connectionId;
  fs.writeFileSync(path.join(os.tmpdir(), `apigw-ws-disconnect-${encodeURIComponent(id)}.json`), input);
  process.stdout.write(JSON.stringify({ statusCode: 200 }));
});
