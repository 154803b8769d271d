import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import type { CosignSignals } from '../cosigns/cosigns.repository';
import { ipFingerprint } from './cosign-fingerprint';

/** Turns a co-signer's address into what may be stored (the keyed prefix hash and a coarse mask). */
@Injectable()
export class CosignFingerprinter {
  constructor(private readonly config: AppConfig) {}

  signals(clientIp: string | undefined): CosignSignals {
    const fingerprint = ipFingerprint(clientIp, this.config.cosignFingerprintSecret);
    return { ipPrefixHash: fingerprint?.prefixHash ?? null, ipPrefixMasked: fingerprint?.masked ?? null };
  }
}
