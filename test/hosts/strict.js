// The trust's set-up for strict.html, as an external module (the page allows no inline script).
// It imports the same bundle file the page loads, so the two are one module instance: what a trust
// deploys is the bundle, and this file stands in for its storage configuration. It seeds the
// provider's in-memory store with the demo partnership (`@spp/core/demo`: demoPartnership,
// demoCycles, demoSchedule, demoReflections), which the test serves as demo-data.json, then
// connects the provider to the partnership.
import { SppProvider } from '../dist/spp-elements.bundle.js';

const status = document.getElementById('status');

async function main() {
  const provider = document.getElementById('provider');
  if (!(provider instanceof SppProvider)) throw new Error('<spp-provider> is not the bundle’s SppProvider');
  const response = await fetch('./demo-data.json', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`demo-data.json: HTTP ${response.status}`);
  const { partnership, documents } = await response.json();
  // `storage="memory"`: the provider made its own store; seed it before connecting.
  const store = provider.activeStore;
  await store.put(partnership);
  for (const doc of documents) await store.put(doc);
  provider.setAttribute('partnership-id', partnership.id);
  status.textContent = 'Partnership loaded.';
  document.documentElement.dataset.seeded = 'true';
}

main().catch((error) => {
  status.textContent = `The page could not start: ${error.message}`;
  console.error(error);
});
