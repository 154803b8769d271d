import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppConfig } from './app-config';

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Builds the typed configuration from an environment. Empty strings count as unset, so that
 * `FOO=` in a compose file falls back to the default instead of failing obscurely later.
 */
export const parseConfig = (env: Env): AppConfig => {
  const known = Object.keys(new AppConfig()).concat(['DATABASE_URL', 'REDIS_URL', 'WEB_DIST_DIR', 'FIRST_ADMIN_EMAIL', 'COSIGN_FINGERPRINT_SECRET']);
  const raw: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value.trim();
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => {
        const shown = e.property.endsWith('_URL') || e.property.endsWith('_SECRET') ? '(hidden)' : JSON.stringify(e.value);
        const why = Object.values(e.constraints ?? {}).join('; ');
        return e.value === undefined ? `${e.property} is required (${why})` : `${e.property}=${shown} is invalid: ${why}`;
      }),
    );
  }
  return config;
};

/** The only place in the application that reads process.env. */
export const loadConfig = (): AppConfig => parseConfig(process.env);
