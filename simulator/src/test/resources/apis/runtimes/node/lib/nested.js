module.exports.deep = { handler: async () => ({ statusCode: 200, body: 'nested' }) };
