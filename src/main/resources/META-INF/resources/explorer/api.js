// How the explorer talks to NewsGraph: queries as GET with Automatic Persisted Query hashes (so the browser and a
// CDN can cache them), subscriptions over WebSocket in the graphql-transport-ws protocol.

const endpoint = new URL('../graphql', import.meta.url);

const hashes = new Map();

/** The SHA-256 of the query text, hex, as Apollo's persisted-query protocol wants it (WebCrypto). */
async function sha256(text) {
  if (!hashes.has(text)) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    hashes.set(text, [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join(''));
  }
  return hashes.get(text);
}

function getUrl(params) {
  const url = new URL(endpoint);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined) url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  }
  return url;
}

/**
 * Runs a query: first as a GET carrying only the query's hash; if the server does not know the hash yet
 * (PERSISTED_QUERY_NOT_FOUND), once as a POST with the query, which registers it. Answers are revalidated with
 * the server (ETag) rather than taken from the browser's cache unseen, since live updates change them.
 * Without WebCrypto (a page not served over https or from localhost) the query text goes in the GET itself.
 */
export async function query(text, variables = {}) {
  let body;
  if (globalThis.crypto?.subtle) {
    const extensions = { persistedQuery: { version: 1, sha256Hash: await sha256(text) } };
    body = await (await fetch(getUrl({ variables, extensions }), { cache: 'no-cache', headers: { Accept: 'application/json' } })).json();
    if (body.errors?.some(e => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
      body = await (await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query: text, variables, extensions }),
      })).json();
    }
  } else {
    body = await (await fetch(getUrl({ query: text, variables }), { cache: 'no-cache', headers: { Accept: 'application/json' } })).json();
  }
  if (body.errors?.length) {
    throw new Error(body.errors.map(e => e.message).join('; '));
  }
  return body.data;
}

/**
 * One graphql-transport-ws connection that keeps itself open (reconnecting after 1, 2, 4… up to 15 s) and
 * subscribes again to whatever was subscribed. onState is told 'connecting', 'live' or 'off'.
 */
export class LiveConnection {
  constructor(onState = () => {}) {
    this.onState = onState;
    this.operations = new Map(); // id -> { payload, sink }
    this.nextId = 1;
    this.backoff = 1000;
    this.open();
  }

  open() {
    const url = new URL(endpoint);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.onState('connecting');
    const socket = new WebSocket(url, 'graphql-transport-ws');
    this.socket = socket;
    this.acknowledged = false;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    socket.onmessage = event => {
      const message = JSON.parse(event.data);
      switch (message.type) {
        case 'connection_ack':
          this.acknowledged = true;
          this.backoff = 1000;
          this.onState('live');
          for (const [id, op] of this.operations) this.send(id, op.payload);
          break;
        case 'ping':
          socket.send(JSON.stringify({ type: 'pong' }));
          break;
        case 'next':
          this.operations.get(message.id)?.sink.next(message.payload);
          break;
        case 'error':
          this.operations.get(message.id)?.sink.error(message.payload);
          this.operations.delete(message.id);
          break;
        case 'complete':
          this.operations.get(message.id)?.sink.complete?.();
          this.operations.delete(message.id);
          break;
      }
    };
    socket.onclose = () => {
      if (this.closed) return;
      this.onState('off');
      setTimeout(() => this.open(), this.backoff);
      this.backoff = Math.min(15000, this.backoff * 2);
    };
  }

  send(id, payload) {
    if (this.acknowledged && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify({ id, type: 'subscribe', payload }));
    }
  }

  /** Subscribes; sink gets next(payload), error(errors), complete(). Returns a function that ends it. */
  subscribe(query, variables, sink) {
    const id = String(this.nextId++);
    const payload = { query, variables };
    this.operations.set(id, { payload, sink });
    this.send(id, payload);
    return () => {
      if (this.operations.delete(id) && this.socket.readyState === WebSocket.OPEN) {
        this.socket.send(JSON.stringify({ id, type: 'complete' }));
      }
    };
  }
}
