import { Injectable } from '@nestjs/common';
import type { ParticipationRules } from '@open-proposals/domain';
import { ParticipationCyclesRepository } from '../proposals/participation-cycles.repository';

/**
 * A cycle's rules change a few times a year; reading them on every co-sign was a round trip per
 * request on the hot path. Kept for a few seconds per node, so an admin's change (a new blackout,
 * a threshold) applies to co-signs within TTL_MS. Concurrent misses share one read.
 */
const TTL_MS = 5_000;

/** A read shared by concurrent misses; `settled` is its value once it has one. */
interface Entry {
  readonly until: number;
  readonly rules: Promise<ParticipationRules>;
  settled?: ParticipationRules;
}

@Injectable()
export class CosignRulesCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly cycles: ParticipationCyclesRepository) {}

  /** Outside transactions only: a miss reads on a pool connection of its own. */
  of(cycleId: string): Promise<ParticipationRules> {
    const now = Date.now();
    const cached = this.entries.get(cycleId);
    if (cached !== undefined && cached.until > now) return cached.rules;
    const rules = this.cycles.byId(cycleId).then((cycle) => cycle.rules);
    const entry: Entry = { until: now + TTL_MS, rules };
    // A failed read is not kept: the next co-sign asks again.
    rules.then(
      (read) => (entry.settled = read),
      () => this.entries.delete(cycleId),
    );
    this.entries.set(cycleId, entry);
    return rules;
  }

  /** The rules if they are held and fresh, without waiting for anything (inside transactions too); else undefined. */
  settled(cycleId: string): ParticipationRules | undefined {
    const cached = this.entries.get(cycleId);
    return cached !== undefined && cached.until > Date.now() ? cached.settled : undefined;
  }
}
