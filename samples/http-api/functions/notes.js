// One Lambda function behind every route of the notes HTTP API (payload format 2.0): it reads the event from
// stdin and writes its answer to stdout, as `apigw` runs local functions.
const NOTES = [
  { id: '1', text: 'Buy milk' },
  { id: '2', text: 'Write the API' },
];

let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const event = JSON.parse(input);
  process.stdout.write(JSON.stringify(handle(event)));
});

function handle(event) {
  switch (event.routeKey) {
    case 'GET /notes':
      // A bare JSON value: API Gateway answers 200 with it as an application/json body.
      return NOTES;
    case 'GET /notes/{id}': {
      const note = NOTES.find((n) => n.id === event.pathParameters.id);
      return note ? note : { statusCode: 404, body: JSON.stringify({ message: 'no such note' }) };
    }
    case 'POST /notes': {
      const body = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString() : event.body || '{}';
      const note = { id: String(NOTES.length + 1), text: JSON.parse(body).text };
      return {
        statusCode: 201,
        headers: { 'content-type': 'application/json', location: `/notes/${note.id}` },
        cookies: [`last-note=${note.id}; Path=/`],
        body: JSON.stringify(note),
      };
    }
    case 'DELETE /notes/{id}':
      return { statusCode: 204 };
    default:
      return {
        statusCode: 404,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: `no route for ${event.requestContext.http.method} ${event.rawPath}` }),
      };
  }
}
