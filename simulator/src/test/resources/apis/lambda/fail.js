// Non-proxy Lambda: mode=missing fails with "item not found", mode=boom with another error, else succeeds.
let input = '';
process.stdin.on('data', c => input += c);
process.stdin.on('end', () => {
  const event = JSON.parse(input);
  if (event.mode === 'missing') {
    process.stdout.write(JSON.stringify({ errorMessage: 'item not found', errorType: 'NotFound' }));
    process.exit(1);
  }
  if (event.mode === 'boom') {
    process.stderr.write('Error: boom\n');
    process.exit(2);
  }
  process.stdout.write(JSON.stringify({ ok: true, mode: event.mode }));
});
