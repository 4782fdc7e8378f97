// Constant-rate (open-model) load: sends requests at fixed intended times whatever the answers, and measures each
// latency from its intended send time, so a stall counts for every request that should have been sent during it
// (no coordinated omission). Node's event loop keeps the generator light: on two cores shared with the app and its
// database, a Java generator (JDK HttpClient) doubled the measured p99 of a report at the same rate.
// Run: node src/bench/openload.mjs URL RATE SECONDS [COOKIE [JSON_BODY]]
// env WARM=3: seconds sent first at the same rate and not recorded (connections, the generator's own start).
// env CSRF_TOKEN: the login session's CSRF token, sent with a POST (X-CSRF-Token).
// Prints: rate=<sent/s> ok=<2xx> errors=<other> p50= p90= p99= p999= max= (milliseconds, exact from every sample).
import http from 'node:http';

const [url, rateArg, secondsArg, cookie = '', body = ''] = process.argv.slice(2);
const rate = Number(rateArg);
const warm = Math.round(rate * Number(process.env.WARM ?? 3));
const total = warm + Math.round(rate * Number(secondsArg));
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const target = new URL(url);
const latencies = [];
let ok = 0, errors = 0, done = 0;
const start = process.hrtime.bigint();
const interval = 1e9 / rate;

function send(i) {
  const intended = start + BigInt(Math.round(i * interval));
  const headers = cookie ? { Cookie: cookie } : {};
  if (body) {
    headers['Content-Type'] = 'application/json';
    if (process.env.CSRF_TOKEN) headers['X-CSRF-Token'] = process.env.CSRF_TOKEN; // a POST on the login session
    headers['Content-Length'] = Buffer.byteLength(body);
  }
  const finish = (status) => {
    if (i >= warm) {
      latencies.push(Number(process.hrtime.bigint() - intended) / 1e6);
      if (status >= 200 && status < 300) ok++; else errors++;
    }
    if (++done === total) report();
  };
  const req = http.request(target, { method: body ? 'POST' : 'GET', headers, agent }, (res) => {
    res.resume();
    res.on('end', () => finish(res.statusCode));
  });
  req.on('error', () => finish(0));
  if (body) req.write(body);
  req.end();
}

let next = 0;
function tick() {
  const now = process.hrtime.bigint();
  while (next < total && start + BigInt(Math.round(next * interval)) <= now) send(next++);
  if (next < total) {
    const wait = Number(start + BigInt(Math.round(next * interval)) - process.hrtime.bigint()) / 1e6;
    setTimeout(tick, Math.max(0, Math.floor(wait)));
  }
}
tick();

function report() {
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.ceil(q / 100 * latencies.length) - 1)].toFixed(1);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`rate=${(total / seconds).toFixed(1)} ok=${ok} errors=${errors} p50=${p(50)} p90=${p(90)} `
    + `p99=${p(99)} p999=${p(99.9)} max=${latencies[latencies.length - 1].toFixed(1)}`);
  agent.destroy();
}
