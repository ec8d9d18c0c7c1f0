// Payload 2.0: answers with the event it received as a bare JSON value (no statusCode), so the gateway infers a 200.
let input = '';
process.stdin.on('data', c => input += c);
process.stdin.on('end', () => process.stdout.write(input));
