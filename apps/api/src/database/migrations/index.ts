import { InitialSchema1795910400000 } from './1795910400000-initial-schema';
import { Accounts1795910500000 } from './1795910500000-accounts';
import { Proposals1795910600000 } from './1795910600000-proposals';
import { Comments1795910700000 } from './1795910700000-comments';
import { Routing1795911000000 } from './1795911000000-routing';
import { Deadlines1795911100000 } from './1795911100000-deadlines';
import { Agencies1795911200000 } from './1795911200000-agencies';
import { TaskforceCommitments1795911300000 } from './1795911300000-taskforce-commitments';
import { CommitmentCodes1795911400000 } from './1795911400000-commitment-codes';
import { OpenData1795911500000 } from './1795911500000-open-data';
import { FollowsAndEmailDigests1795911600000 } from './1795911600000-follows-and-email-digests';
import { CommitmentTrackingClosure1795911650000 } from './1795911650000-commitment-tracking-closure';
import { CosignCounterShards1795911700000 } from './1795911700000-cosign-counter-shards';
import { CosignFraudSignals1795911701950 } from './1795911701950-cosign-fraud-signals';
import { AccountErasure1795911900000 } from './1795911900000-account-erasure';
import { PublicListIndexes1795912100000 } from './1795912100000-public-list-indexes';
import { SessionsExpiryIndex1795912200000 } from './1795912200000-sessions-expiry-index';
import { CosignSignalsRetentionIndex1795912300000 } from './1795912300000-cosign-signals-retention-index';
import { CosignPhoneKeys1795912400000 } from './1795912400000-cosign-phone-keys';
import { CosignsWithoutPhoneKeyIndex1795912500000 } from './1795912500000-cosigns-without-phone-key-index';
import { RetentionSweepIndexes1795912700000 } from './1795912700000-retention-sweep-indexes';
import { CosignAlertDismissal1795912600000 } from './1795912600000-cosign-alert-dismissal';

/** Every migration, oldest first. Never edit one that has been committed: add a new one. */
export const MIGRATIONS = [
  InitialSchema1795910400000,
  Accounts1795910500000,
  Proposals1795910600000,
  Comments1795910700000,
  Routing1795911000000,
  Deadlines1795911100000,
  Agencies1795911200000,
  TaskforceCommitments1795911300000,
  CommitmentCodes1795911400000,
  OpenData1795911500000,
  FollowsAndEmailDigests1795911600000,
  CommitmentTrackingClosure1795911650000,
  CosignCounterShards1795911700000,
  CosignFraudSignals1795911701950,
  AccountErasure1795911900000,
  PublicListIndexes1795912100000,
  SessionsExpiryIndex1795912200000,
  CosignSignalsRetentionIndex1795912300000,
  CosignPhoneKeys1795912400000,
  CosignsWithoutPhoneKeyIndex1795912500000,
  CosignAlertDismissal1795912600000,
  RetentionSweepIndexes1795912700000,
];
