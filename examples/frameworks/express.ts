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

export const handler = configure({ app });
