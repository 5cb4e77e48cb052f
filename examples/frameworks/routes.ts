// What every example app serves, written once so each app and the suite agree on it.

// A day from now, to the second: an Expires over 400 days ahead is refused by Hono (RFC 6265bis caps it).
const EXPIRES = new Date(Math.ceil(Date.now() / 1000) * 1000 + 86_400_000);

/** The two cookies `GET /login` sets: two, so a front end that can send only one Set-Cookie shows. */
export const COOKIES = [
  { name: 'session', value: 'abc123', options: { path: '/', httpOnly: true } },
  // An Expires date has a comma in it, so an adapter that splits Set-Cookie lines on commas shows too.
  { name: 'theme', value: 'dark', options: { path: '/', expires: EXPIRES } },
] as const;

/** The Set-Cookie lines a correct app sends for COOKIES (attribute order aside). */
export const COOKIE_LINES = [
  'session=abc123; Path=/; HttpOnly',
  `theme=dark; Path=/; Expires=${EXPIRES.toUTCString()}`,
] as const;
