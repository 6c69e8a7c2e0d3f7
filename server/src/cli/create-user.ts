// npm run user:create -- --email a@b.org --name "A Person" --role ADMIN --partner "Partner name"
// Reads the password from the USER_PASSWORD environment variable, or asks for it on the terminal.
// The first admin of a PostgreSQL deployment is made this way; later ones can be too.
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { hashPassword } from '../auth/auth.service.js';
import { loadConfig } from '../common/config.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { Role } from '../generated/prisma/enums.js';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    partner: { type: 'string' },
  },
});
const roles = Object.values(Role) as string[];
if (!values.email || !values.name || !values.partner || !values.role || !roles.includes(values.role)) {
  console.error(
    `usage: npm run user:create -- --email EMAIL --name NAME --role ${roles.join('|')} --partner "PARTNER NAME"`,
  );
  process.exit(2);
}
let password = process.env.USER_PASSWORD ?? '';
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question('Password (at least 12 characters): ');
  rl.close();
}
if (password.length < 12) {
  console.error('The password must be at least 12 characters.');
  process.exit(2);
}

const prisma = new PrismaService(loadConfig());
try {
  await prisma.onModuleInit();
  const partner = await prisma.partner.findUnique({ where: { name: values.partner } });
  if (!partner) {
    console.error(
      `No partner called "${values.partner}". Partners: ${(await prisma.partner.findMany()).map((p) => p.name).join('; ')}`,
    );
    process.exitCode = 1;
  } else {
    const email = values.email.trim().toLowerCase();
    const data = {
      name: values.name,
      role: values.role as Role,
      partnerId: partner.id,
      passwordHash: await hashPassword(password),
      active: true,
    };
    const user = await prisma.user.upsert({ where: { email }, create: { email, ...data }, update: data });
    console.log(`${user.email} can now sign in as ${user.role} for ${partner.name}.`);
  }
} finally {
  await prisma.onModuleDestroy();
}
