const greet = require('greet');
exports.handler = async () => ({ statusCode: 200, body: greet('layer') });
