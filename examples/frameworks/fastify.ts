// fastify 5 behind every AWS front end through @fastify/aws-lambda.
import awsLambdaFastify from '@fastify/aws-lambda';
import Fastify from 'fastify';
import { COOKIE_LINES } from './routes.js';

function app() {
  const fastify = Fastify();
  fastify.get<{ Params: { id: string }; Querystring: { q?: string } }>('/items/:id', async (req) => ({
    id: req.params.id,
    q: req.query.q ?? null,
  }));
  fastify.post('/items', async (req, reply) => reply.code(201).send(req.body));
  // fastify has no cookie helper without @fastify/cookie; these are the lines it would write.
  fastify.get('/login', async (_req, reply) =>
    reply.header('set-cookie', [...COOKIE_LINES]).send({ ok: true }),
  );
  return fastify;
}

export const handler = awsLambdaFastify(app());
// An ALB target group with multi-value headers on needs its own handler (and its own app: the adapter
// decorates the instance once): the adapter cannot tell the mode from the event, so an option sets it.
export const albMultiValueHandler = awsLambdaFastify(app(), { albMultiValueHeaders: true });
