setTimeout(() => process.stdout.write('{"statusCode": 200}'), 5000);
