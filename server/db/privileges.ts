import { openPostgres } from './pg.ts';
import { APP_ROLE, type Db } from './types.ts';

export interface Logins {
  owner: string;
  login: string;
  superuser: boolean;
}

/** Who the server logs in as (DATABASE_URL's user), asked of the database itself. */
async function loginOf(url: string): Promise<{ login: string; superuser: boolean }> {
  const probe = openPostgres({ url, applicationName: 'livcr-register-probe' });
  try {
    const [row] = await probe.query<{ login: string; superuser: boolean }>(
      'SELECT session_user AS login, rolsuper AS superuser FROM pg_roles WHERE rolname = session_user',
    );
    if (!row) throw new Error('session_user is not in pg_roles');
    return row;
  } finally {
    await probe.close();
  }
}

/**
 * After the migrations, as the owner: makes the server's login role a member of the application
 * role, which holds exactly what the server needs (migration 001: no UPDATE or DELETE on the
 * audit, no ownership). The operator only creates the login role. Returns who is who, for the
 * warnings of `privilegeWarnings`.
 */
export async function grantLogin(owner: Db, serverUrl: string): Promise<Logins> {
  const [me] = await owner.query<{ owner: string }>('SELECT current_user AS owner');
  const { login, superuser } = await loginOf(serverUrl);
  if (me && login !== me.owner) {
    // Role names cannot be parameters; quote_ident quotes this one as the database would.
    const [grant] = await owner.query<{ sql: string }>('SELECT format($1, $2::text, $3::text) AS sql', [
      'GRANT %I TO %I',
      APP_ROLE,
      login,
    ]);
    if (grant) await owner.exec(grant.sql);
  }
  return { owner: me?.owner ?? '', login, superuser };
}

/** What an operator should hear at start about the server's database login. */
export function privilegeWarnings({ owner, login, superuser }: Logins): string[] {
  if (superuser) {
    return [
      `DATABASE_URL's user ${login} is a superuser: it can undo SET ROLE and disable the audit's trigger. ` +
        'Create a login role of its own for the server and run the migrations with MIGRATION_DATABASE_URL (README "Least privilege").',
    ];
  }
  if (owner === login) {
    return [
      `DATABASE_URL's user ${login} owns the tables: it can undo SET ROLE and alter the audit. ` +
        'Give the server a login role of its own and the owner to MIGRATION_DATABASE_URL (README "Least privilege").',
    ];
  }
  return [];
}
