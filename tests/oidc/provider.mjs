// A real OpenID Connect provider (oidc-provider) for Hankevahti's sign-on tests, on 127.0.0.1 only.
//
//   node tests/oidc/provider.mjs --config provider.json [--port N]
//     [--client-id ID] [--client-secret SECRET] [--redirect-uri URI ...]
//
// The port comes from --port, else the config's "port", else OIDC_PORT, else 0 (a free port).
// Once it listens it prints one line on stdout, which the tests wait for:
//   OIDC_READY http://127.0.0.1:PORT
// Everything else (oidc-provider's notices, errors) goes to stderr.
//
// Config JSON (arguments override the client's fields):
//   {
//     "port": 0,
//     "client": {
//       "client_id": "hankevahti",
//       "client_secret": "a long secret",
//       "redirect_uris": ["http://127.0.0.1:5000/signin-oidc"],
//       "post_logout_redirect_uris": ["http://127.0.0.1:5000/signout-callback-oidc"],
//       "token_endpoint_auth_method": "client_secret_post",
//       "any_loopback_port": false
//     },
//     "accounts": [
//       { "sub": "u1", "email": "a@example.fi", "email_verified": true, "name": "A", "password": "..." }
//     ]
//   }
//
// "any_loopback_port": true accepts the redirect URIs on any port of 127.0.0.1 (RFC 8252, 7.3), for an
// app that binds port 0 and so learns its own port only after it has been told the provider's address.
//
// Sign-in is a plain HTML form served here (devInteractions off); consent is granted without asking,
// as a company's own sign-on service does for its own application. A "Cancel" button under the form
// ends the sign-in with error=access_denied, as a person declining at a real provider does.

import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

import Provider, { interactionPolicy } from 'oidc-provider';

const fail = (message) => {
  process.stderr.write(`oidc provider: ${message}\n`);
  process.exit(2);
};

const readConfig = () => {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        config: { type: 'string' },
        port: { type: 'string' },
        'client-id': { type: 'string' },
        'client-secret': { type: 'string' },
        'redirect-uri': { type: 'string', multiple: true },
      },
    }).values;
  } catch (error) {
    fail(`${error.message}; expected --config FILE [--port N] [--client-id ID] [--client-secret SECRET] [--redirect-uri URI ...]`);
  }

  let config = {};
  if (parsed.config) {
    try {
      config = JSON.parse(readFileSync(parsed.config, 'utf8'));
    } catch (error) {
      fail(`cannot read the config ${parsed.config}: ${error.message}`);
    }
  }

  const client = { ...(config.client ?? {}) };
  if (parsed['client-id']) client.client_id = parsed['client-id'];
  if (parsed['client-secret']) client.client_secret = parsed['client-secret'];
  if (parsed['redirect-uri']) client.redirect_uris = parsed['redirect-uri'];

  const portText = parsed.port ?? config.port ?? process.env.OIDC_PORT ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`the port must be a number from 0 to 65535, not "${portText}"`);
  }
  if (typeof client.client_id !== 'string' || !client.client_id) fail('the client needs a client_id (config "client.client_id" or --client-id)');
  if (typeof client.client_secret !== 'string' || !client.client_secret) fail('the client needs a client_secret (config "client.client_secret" or --client-secret)');
  if (!Array.isArray(client.redirect_uris) || client.redirect_uris.length === 0) fail('the client needs at least one redirect URI (config "client.redirect_uris" or --redirect-uri)');

  const accounts = config.accounts ?? [];
  if (!Array.isArray(accounts)) fail('"accounts" must be a list of { sub, email, email_verified, name, password }');
  for (const account of accounts) {
    for (const field of ['sub', 'email', 'password']) {
      if (typeof account[field] !== 'string' || !account[field]) fail(`every account needs a "${field}" string: ${JSON.stringify({ ...account, password: undefined })}`);
    }
  }
  return { port, client, accounts };
};

const { port, client, accounts } = readConfig();

// Accounts by sub (what tokens name) and by e-mail (what the form asks), e-mail case-insensitively as people type it.
const bySub = new Map(accounts.map((a) => [a.sub, a]));
const byEmail = new Map(accounts.map((a) => [a.email.toLowerCase(), a]));

const clientMetadata = () => {
  const { any_loopback_port: anyLoopbackPort, ...metadata } = client;
  return {
    token_endpoint_auth_method: 'client_secret_post',
    ...metadata,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    // oidc-provider ignores the port of a loopback redirect URI only for native clients (RFC 8252);
    // a web client's URIs must match exactly.
    application_type: anyLoopbackPort ? 'native' : 'web',
  };
};

// A fresh RS256 key each start: tokens are only read by the app under test, which fetches the JWKS.
const signingKey = () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
};

// Consent is part of signing in here: a native client would otherwise always be asked.
const policy = () => {
  const prompts = interactionPolicy.base();
  prompts.get('consent').checks.remove('native_client_prompt');
  return prompts;
};

// Grants every scope and claim the client asked for, so no consent screen is needed.
const loadExistingGrant = async (ctx) => {
  const { oidc } = ctx;
  const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(oidc.client.clientId);
  const grant = (grantId && await oidc.provider.Grant.find(grantId))
    || new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
  grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(' '));
  if (oidc.requestParamClaims.size) grant.addOIDCClaims([...oidc.requestParamClaims]);
  await grant.save();
  return grant;
};

const findAccount = async (_ctx, sub) => {
  const account = bySub.get(sub);
  if (!account) return undefined;
  return {
    accountId: sub,
    async claims() {
      return {
        sub,
        email: account.email,
        email_verified: account.email_verified ?? true,
        name: account.name ?? account.email,
      };
    },
  };
};

const configuration = () => ({
  clients: [clientMetadata()],
  findAccount,
  loadExistingGrant,
  interactions: { policy: policy(), url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  scopes: ['openid', 'email', 'profile'],
  // The app reads who signed in from the ID token (ASP.NET Core's handler does not call userinfo by default).
  conformIdTokenClaims: false,
  // Authorization code with PKCE only: what the app's handler uses, and nothing it does not.
  responseTypes: ['code'],
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  // Fixed, as nothing outlives the process; with keys the cookies are signed.
  cookies: { keys: ['hankevahti-test-oidc-cookies'] },
  jwks: { keys: [signingKey()] },
  // The app redeems codes server to server; no browser calls the provider with CORS.
  clientBasedCORS: () => false,
  ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
  renderError: async (ctx, out) => {
    ctx.type = 'html';
    ctx.body = page('Sign-in failed', `<h1>Sign-in failed</h1><p>${escape(out.error)}: ${escape(out.error_description ?? '')}</p>`);
  },
});

const escape = (value) => String(value)
  .replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
  .replaceAll('"', '&quot;').replaceAll("'", '&#39;');

const page = (title, body) => `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>
<body><main>${body}</main></body>
</html>`;

const loginPage = (uid, { email = '', error } = {}) => page('Sign in', `
<h1>Sign in</h1>
${error ? `<p role="alert" id="error">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
  <p><label for="email">E-mail</label><br><input id="email" name="email" type="email" autocomplete="username" required value="${escape(email)}"></p>
  <p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
  <p><button type="submit">Sign in</button></p>
</form>
<form method="post" action="/interaction/${escape(uid)}/cancel">
  <p><button type="submit" id="cancel">Cancel</button></p>
</form>`);

const send = (res, status, html) => {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
};

const readForm = async (req) => {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 64 * 1024) throw new Error('form too large');
  }
  return new URLSearchParams(body);
};

// GET /interaction/UID shows the form; POST /interaction/UID/login checks it; POST /interaction/UID/cancel
// sends the browser back to the client with error=access_denied.
const interaction = async (provider, req, res, uid, action) => {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) {
    send(res, 400, page('Sign in', '<h1>Sign in</h1><p>This sign-in has expired; start again from the application.</p>'));
    return;
  }
  if (details.prompt.name !== 'login') {
    // Consent: the grant loadExistingGrant makes already holds what was asked.
    await provider.interactionFinished(req, res, { consent: {} }, { mergeWithLastSubmission: true });
    return;
  }
  if (req.method === 'GET' && action === undefined) {
    send(res, 200, loginPage(uid));
    return;
  }
  if (req.method === 'POST' && action === 'login') {
    const form = await readForm(req);
    const email = form.get('email') ?? '';
    const account = byEmail.get(email.trim().toLowerCase());
    if (!account || account.password !== (form.get('password') ?? '')) {
      send(res, 200, loginPage(uid, { email, error: 'Wrong e-mail or password' }));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
    return;
  }
  if (req.method === 'POST' && action === 'cancel') {
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The person cancelled the sign-in' }, { mergeWithLastSubmission: false });
    return;
  }
  send(res, 405, page('Sign in', '<h1>Sign in</h1><p>Not here.</p>'));
};

let provider;
let handle;

const server = createServer(async (req, res) => {
  const match = /^\/interaction\/([^/?]+)(?:\/([^/?]+))?(?:\?.*)?$/.exec(req.url);
  if (!match) {
    handle(req, res);
    return;
  }
  try {
    await interaction(provider, req, res, decodeURIComponent(match[1]), match[2]);
  } catch (error) {
    // SessionNotFound and the like: the cookie is gone or the sign-in expired.
    process.stderr.write(`oidc provider: interaction ${req.method} ${req.url}: ${error.message}\n`);
    if (!res.headersSent) send(res, 400, page('Sign in', `<h1>Sign in</h1><p>${escape(error.message)}</p>`));
  }
});

server.on('error', (error) => fail(`cannot listen on 127.0.0.1:${port}: ${error.message}`));

server.listen(port, '127.0.0.1', async () => {
  // The issuer carries the port, which port 0 only fixes once the socket is bound.
  const issuer = `http://127.0.0.1:${server.address().port}`;
  try {
    provider = new Provider(issuer, configuration());
    // oidc-provider checks a client's metadata when it is first looked up: a bad redirect URI must stop
    // the start, not turn the first sign-in into an error page.
    await provider.Client.find(client.client_id);
  } catch (error) {
    fail(`oidc-provider refused the configuration: ${error.message}${error.error_description ? ` (${error.error_description})` : ''}`);
  }
  for (const event of ['server_error', 'authorization.error', 'grant.error', 'end_session.error', 'userinfo.error']) {
    provider.on(event, (_ctx, error) => process.stderr.write(`oidc provider: ${event}: ${error.message} ${error.error_description ?? ''}\n`));
  }
  handle = provider.callback();
  process.stdout.write(`OIDC_READY ${issuer}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => { server.close(() => process.exit(0)); server.closeAllConnections(); });
}
