// sendmessage: {"action": "sendmessage", "data": "..."} is broadcast to every connection through the @connections
// management API, with plain HTTP POSTs (no SDK): POST {endpoint}/@connections/{connectionId}.
// The endpoint is MANAGEMENT_ENDPOINT when set, else built from the event's domainName and stage, as on AWS.
const http = require('http');
const https = require('https');
const store = require('./store');

function endpoint(event) {
  if (process.env.MANAGEMENT_ENDPOINT) {
    return process.env.MANAGEMENT_ENDPOINT.replace(/\/$/, '');
  }
  const { domainName, stage } = event.requestContext;
  const local = /^(127\.0\.0\.1|localhost)(:\d+)?$/.test(domainName);
  return `${local ? 'http' : 'https'}://${domainName}/${stage}`;
}

function post(url, data) {
  return new Promise((resolve, reject) => {
    const client = url.startsWith('https:') ? https : http;
    const req = client.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(data);
  });
}

exports.handler = async (event) => {
  const data = JSON.parse(event.body).data;
  const base = endpoint(event);
  await Promise.all(store.all(event).map(async (id) => {
    const status = await post(`${base}/@connections/${encodeURIComponent(id)}`, String(data));
    if (status === 410) {
      store.remove(event, id); // gone: the client left without $disconnect reaching us
    }
  }));
  return { statusCode: 200 };
};

store.run(exports.handler);
