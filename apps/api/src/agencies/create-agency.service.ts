import { Injectable } from '@nestjs/common';
import { ApiException } from '../common/errors/api.exception';
import { AgenciesRepository, type NewAgency } from './agencies.repository';
import type { AgencyView } from './agency-views';

/** An admin adds an agency; its code is its stable public key, so a taken code is a conflict, not an update. */
@Injectable()
export class CreateAgencyService {
  constructor(private readonly agencies: AgenciesRepository) {}

  async create(input: NewAgency): Promise<AgencyView> {
    const created = await this.agencies.create({ code: input.code, nameZhTw: input.nameZhTw.trim(), nameEn: input.nameEn.trim() });
    if (created === null) throw new ApiException('conflict');
    return created;
  }
}
