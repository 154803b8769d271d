import type { DataSource } from 'typeorm';

/**
 * Empties proposals and everything that refers to them (co-signs, comments, routing, commitments …),
 * for suites that count rows across the whole table. Only ever run on the run's throwaway database.
 */
export const removeAllProposals = async (dataSource: DataSource): Promise<void> => {
  await dataSource.query('TRUNCATE proposals CASCADE');
};
