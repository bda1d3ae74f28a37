// An in-memory stand-in for Workers KV, for running the Discreet Worker in
// workerd offline (scripts/test-worker). workerd turns the Worker's
// env.POLICY.get/put into HTTP requests to this service: GET /<key> answers
// the value or 404 (null), PUT /<key> stores the body, DELETE removes it.
// The map lives as long as the workerd process.
const store = new Map();

export default {
  async fetch(request) {
    const url = new URL(request.url);
    const key = decodeURIComponent(url.pathname.slice(1));
    switch (request.method) {
      case "GET": {
        if (!store.has(key)) return new Response(null, { status: 404 });
        return new Response(store.get(key));
      }
      case "PUT":
        store.set(key, await request.text());
        return new Response(null, { status: 200 });
      case "DELETE":
        store.delete(key);
        return new Response(null, { status: 200 });
      default:
        return new Response(null, { status: 405 });
    }
  },
};
