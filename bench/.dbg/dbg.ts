import { benchServices, startBenchPlatform } from '../lib/bench-platform';
import { createCitizens, createCycle, createProposals } from '../lib/seed';

const main = async () => {
  const p = await startBenchPlatform(process.argv[2] ?? process.cwd(), benchServices(), '/tmp/dbg-platform.log');
  try {
    const users = await createCitizens(p.pool, 1, 100);
    const cycle = await createCycle(p.pool, 5000);
    const [prop] = await createProposals(p.pool, cycle, users[0]!.id, 1);
    for (let i = 1; i < 12; i++) {
      let t0 = performance.now();
      const r = await fetch(`${p.baseUrl}/api/v1/proposals/${prop}/cosigns`, { method: 'POST', headers: { ...users[i]!.headers, 'content-type': 'application/json' }, body: '{}' });
      await r.text();
      const a = performance.now() - t0; t0 = performance.now();
      const g = await fetch(`${p.baseUrl}/api/v1/proposals/${prop}`); await g.text();
      const b = performance.now() - t0; t0 = performance.now();
      const h = await fetch(`${p.baseUrl}/api/v1/me/cosigns`, { headers: users[i]!.headers }); await h.text();
      const c = performance.now() - t0; t0 = performance.now();
      await p.pool.query('SELECT 1');
      console.log(`cosign ${r.status} ${a.toFixed(0)} ms; get ${g.status} ${b.toFixed(0)} ms; me ${h.status} ${c.toFixed(0)} ms; db ${(performance.now() - t0).toFixed(1)} ms`);
    }
  } finally {
    await p.stop();
  }
};
void main();
