// Closed-loop HTTP load generator: N connections, each sending GET requests back to back for D seconds.
//   node bench/loadgen.mjs URL CONNECTIONS SECONDS [PATH...]
// Loopback only. Prints requests/s, latency p50/p99 and errors (non-2xx or socket errors).
// Copyright (C) the Veille authors. GPL-3.0-or-later.
import http from 'node:http';

const [base, connArg = '200', secArg = '30', ...paths] = process.argv.slice(2);
const url = new URL(base);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
  console.error('loadgen: loopback only');
  process.exit(2);
}
const conns = Number(connArg), seconds = Math.min(Number(secArg), 300);
const targets = paths.length ? paths : ['/api/events'];
const agent = new http.Agent({ keepAlive: true, maxSockets: conns });
const latencies = [];
let errors = 0, done = 0, i = 0;
const end = Date.now() + seconds * 1000;

function one() {
  return new Promise(resolve => {
    const t0 = process.hrtime.bigint();
    const req = http.get({ host: url.hostname, port: url.port, path: targets[i++ % targets.length], agent }, res => {
      res.resume();
      res.on('end', () => {
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (res.statusCode < 200 || res.statusCode >= 300) errors++;
        done++;
        resolve();
      });
    });
    req.setTimeout(30000, () => req.destroy(new Error('timeout')));
    req.on('error', () => { errors++; done++; resolve(); });
  });
}

async function worker() {
  while (Date.now() < end) await one();
}

const start = Date.now();
await Promise.all(Array.from({ length: conns }, worker));
const elapsed = (Date.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const pct = p => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] : NaN;
agent.destroy();
console.log(JSON.stringify({ connections: conns, seconds: +elapsed.toFixed(1), requests: done,
  requests_per_s: +(done / elapsed).toFixed(1), p50_ms: +pct(0.5).toFixed(1), p99_ms: +pct(0.99).toFixed(1), errors }));
console.log(`requests/s ${(done / elapsed).toFixed(1)}  p50 ${pct(0.5).toFixed(1)} ms  p99 ${pct(0.99).toFixed(1)} ms  `
  + `errors ${errors} of ${done}`);
