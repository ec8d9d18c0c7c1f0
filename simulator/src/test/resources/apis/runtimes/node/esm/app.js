import { platform } from 'node:os';
export const handler = async (event) => ({ statusCode: 200, body: `esm ${typeof platform()} ${event.httpMethod}` });
