import type { DataSource } from 'typeorm';

export interface RecordedWrite {
  readonly table: string;
  readonly op: string;
}

const SCHEMA = 'fuzz_watch';

/**
 * Records every row written to the application's tables, with a row trigger per table, so a test
 * can tell exactly what a refused request wrote (it should write nothing). Rows written by a
 * transaction that rolled back vanish from the log with it, as they should. Lives in its own
 * schema and is removed again, so the run's database keeps the migrations' shape.
 */
export class WriteWatch {
  private constructor(private readonly dataSource: DataSource) {}

  static async install(dataSource: DataSource): Promise<WriteWatch> {
    await dataSource.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await dataSource.query(`CREATE SCHEMA ${SCHEMA}`);
    await dataSource.query(`CREATE TABLE ${SCHEMA}.writes (id bigserial PRIMARY KEY, table_name text NOT NULL, op text NOT NULL)`);
    await dataSource.query(`
      CREATE FUNCTION ${SCHEMA}.record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ${SCHEMA}.writes (table_name, op) VALUES (TG_TABLE_NAME, TG_OP);
        RETURN NULL;
      END $$`);
    const tables = await dataSource.query<{ name: string }[]>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    for (const { name } of tables) {
      await dataSource.query(`CREATE TRIGGER fuzz_watch AFTER INSERT OR UPDATE OR DELETE ON public."${name}" FOR EACH ROW EXECUTE FUNCTION ${SCHEMA}.record()`);
    }
    return new WriteWatch(dataSource);
  }

  /** The position to compare with after a request. */
  async mark(): Promise<number> {
    const [row] = await this.dataSource.query<{ last: string }[]>(`SELECT coalesce(max(id), 0) AS last FROM ${SCHEMA}.writes`);
    return Number(row.last);
  }

  async since(mark: number): Promise<RecordedWrite[]> {
    return this.dataSource.query<RecordedWrite[]>(`SELECT table_name AS "table", op FROM ${SCHEMA}.writes WHERE id > $1 ORDER BY id`, [mark]);
  }

  /** Drops the triggers (through their function) and the log. */
  async uninstall(): Promise<void> {
    await this.dataSource.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  }
}
