let calls = 0;
exports.handler = async () => ({ statusCode: 200, body: JSON.stringify({ calls: ++calls, pid: process.pid }) });
