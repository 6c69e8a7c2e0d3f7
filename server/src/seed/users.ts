// Demo accounts, one per role. These are example people at example.org addresses, seeded only
// when demo users are enabled (see config.seedDemoUsers). Partner names match partners.ts.
import type { SeedUser } from './seed-data.types.js';

/**
 * Shared password for the demo accounts below. For the embedded demo only: it is published in
 * this repository, so never enable demo users on a deployment holding real data.
 */
export const DEMO_PASSWORD = 'rural-crime-2024';

export const demoUsers: SeedUser[] = [
  {
    email: 'admin@example.org',
    name: 'Alex Admin',
    role: 'ADMIN',
    partner: 'Office of the Police and Crime Commissioner for Derbyshire',
  },
  {
    email: 'lead@example.org',
    name: 'Pat Lead',
    role: 'PARTNER_LEAD',
    partner: 'Derbyshire Constabulary Rural Crime Team',
  },
  {
    email: 'editor@example.org',
    name: 'Eddie Editor',
    role: 'PARTNER_EDITOR',
    partner: 'NFU',
  },
  {
    email: 'panel@example.org',
    name: 'Penny Panel',
    role: 'PANEL_VIEWER',
    partner: 'Derbyshire Police and Crime Panel',
  },
];
