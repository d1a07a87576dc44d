import type { SettingsRepo } from '../../db/repos/settings.js';
import type { SyntheticRepo } from '../../db/repos/synthetic.js';
import type { DefaultTarget } from './default-targets.js';

const SEEDED = 'synthetic.seeded';

/**
 * Adds the default synthetic targets once, on a new install (or the first start of a version
 * that has them). Afterwards they are the operator's to edit or delete: a restart does not
 * bring a deleted one back.
 */
export async function seedDefaultTargets(repo: SyntheticRepo, settings: SettingsRepo, defaults: DefaultTarget[]): Promise<number> {
  if (await settings.get<boolean>(SEEDED)) return 0;
  let added = 0;
  for (const t of defaults) {
    if (await repo.byName(t.name)) continue;
    await repo.insert({ name: t.name, check: t.check, external: true, enabled: true });
    added++;
  }
  await settings.set(SEEDED, true);
  return added;
}
