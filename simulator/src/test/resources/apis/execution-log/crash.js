// A function that crashes: it reads its event, then throws.
let input = '';
process.stdin.on('data', c => input += c);
process.stdin.on('end', () => {
  process.stderr.write('TypeError: Cannot read properties of undefined (reading \'id\')\n');
  process.exit(1);
});
