import { validateInvalidationCriterion, type InvalidationCriterion } from '@open-proposals/domain';
import { orThrow } from '../common/errors/domain.exception';
import type { InvalidationCriterionDto } from './dto/invalidation.dto';

/** The DTO's criterion, checked by the domain (at least one part; a time range that makes sense). */
export const criterionOf = (dto: InvalidationCriterionDto): InvalidationCriterion =>
  orThrow(
    validateInvalidationCriterion({
      emailDomain: dto.emailDomain ?? null,
      ipPrefixHash: dto.ipPrefixHash ?? null,
      from: dto.from === undefined ? null : new Date(dto.from),
      to: dto.to === undefined ? null : new Date(dto.to),
    }),
  );
