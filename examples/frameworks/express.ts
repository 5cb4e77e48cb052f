// Express 5 behind every AWS front end through @codegenie/serverless-express.
import { configure } from '@codegenie/serverless-express';
import express from 'express';
import { COOKIES } from './routes.js';

const app = express();
app.use(express.json());

app.get('/items/:id', (req, res) => {
  res.json({ id: req.params.id, q: typeof req.query.q === 'string' ? req.query.q : null });
});
app.post('/items', (req, res) => {
  res.status(201).json(req.body);
});
app.get('/login', (_req, res) => {
  for (const cookie of COOKIES) res.cookie(cookie.name, cookie.value, { ...cookie.options });
  res.json({ ok: true });
});

/** What serverless-express 4 returns: `(event, context, callback)`, which nodejs24.x refuses at init (N-1). */
export const callbackHandler = configure({ app });

/**
 * The handler to deploy on nodejs24.x: two parameters, so the runtime loads it; serverless-express still
 * resolves its promise, and the callback it is handed is never needed (CodeGenieApp/serverless-express#707).
 */
export const handler = async (event: unknown, context: unknown) =>
  callbackHandler(event as never, context as never, () => undefined);
